// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;

/** Event coding over the real parser, on sentences the team wrote in news style. */
class EventCodingIT {

  private static Analysis analyze(String text) {
    return SharedParley.get().analyze(new Article("it", null, LocalDate.of(2023, 5, 4), null, null, text, "test"));
  }

  private static List<Event> events(String text) {
    return analyze(text).events();
  }

  private static Optional<String> actorName(Analysis a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).map(Actor::name).findFirst();
  }

  private static Optional<String> actorCountry(Analysis a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).map(Actor::country).findFirst();
  }

  @Test
  void failedTalksAreANegatedAgreementNeverAPositiveOne() {
    List<Event> ev = events("Foreign Minister Anna Berg failed to reach an agreement with her counterpart on the "
        + "exchange of prisoners.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.AGREE)
        .isNotEmpty()
        .allMatch(e -> e.polarity() == Polarity.NEGATED);
  }

  @Test
  void passiveShellingNamesTheAgentAsSource() {
    Analysis a = analyze("The market was shelled by the Northern Brigade on Tuesday.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement()
        .satisfies(e -> assertThat(actorName(a, e.source())).contains("Northern Brigade"));
  }

  @Test
  void denialKeepsTheAttackAsANegatedClaimOfTheSpeaker() {
    Analysis a = analyze("General Tomas Varga said his troops did not attack the village.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(e.modality()).isEqualTo(Modality.REPORTED);
      assertThat(actorName(a, e.attributedTo())).contains("Tomas Varga");
    });
  }

  @Test
  void callingReportsFabricatedIsAnAccusationBySpeakerAgainstTheFabricator() {
    Analysis a = analyze("Spokesman Ivan Sorel said the reports were fabricated by Channel Nine.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement().satisfies(e -> {
      assertThat(actorName(a, e.source())).contains("Ivan Sorel");
      assertThat(actorName(a, e.target())).hasValueSatisfying(n -> assertThat(n).contains("Channel Nine"));
    });
  }

  @Test
  void demandForTruceAndCorridorCarriesBothIssues() {
    List<Event> ev = events("The mayor demanded a ceasefire and the opening of a humanitarian corridor for "
        + "civilians trapped in the city.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.REQUEST).singleElement().satisfies(e -> {
      assertThat(e.stance()).isEqualTo(Stance.DEMAND);
      assertThat(e.issues()).contains("ceasefire", "humanitarian_corridor");
    });
  }

  @Test
  void willingnessToMeetIsAnIntendedOpenAgree() {
    List<Event> ev = events("The government is open to a meeting with the rebel leaders next month.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
      assertThat(e.stance()).isEqualTo(Stance.OPEN);
    });
    assertThat(ev).noneMatch(e -> e.type() == EventType.CONSULT && e.modality() == Modality.ASSERTED);
  }

  @Test
  void refusalToNegotiateIsOneRejection() {
    List<Event> ev = events("The rebel commanders refused to negotiate with the provincial governor.");

    assertThat(ev).extracting(Event::type).containsExactly(EventType.REJECT);
  }

  @Test
  void threatToStrikeIsAThreatNotAnAttack() {
    List<Event> ev = events("The militia threatened to attack the airport if the army entered the valley.");

    assertThat(ev).extracting(Event::type).contains(EventType.THREATEN).doesNotContain(EventType.ASSAULT);
  }

  @Test
  void talksRetoldLaterAreOneEventWithTwoEvidenceSpans() {
    List<Event> ev = events("Negotiators from the Southern Alliance held talks in Geneva on Monday.\n"
        + "The talks lasted six hours.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.CONSULT).singleElement()
        .satisfies(e -> assertThat(e.evidence()).hasSize(2));
  }

  @Test
  void aDemandSetAsAConditionIsDatedWhenTheConditionWasSet() {
    List<Event> ev = events("The rebel commander announced on Monday that his fighters will leave the town only if "
        + "the army withdraws from the valley.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.REQUEST).singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo("2023-05-01"));
  }

  @Test
  void goingToGreatLengthsIsEffortNotIntent() {
    List<Event> ev = events("Kenya was going to great lengths to build a big naval force along its coast.");

    assertThat(ev).extracting(Event::type).contains(EventType.MOBILIZE).doesNotContain(EventType.THREATEN);
  }

  @Test
  void theIssueOfARequestIsReadInWhatItAsksFor() {
    List<Event> ev = events("The regional bloc called on Chad's ruling council to hold fresh elections next year.");

    assertThat(ev).filteredOn(e -> e.type() == EventType.REQUEST).singleElement()
        .satisfies(e -> assertThat(e.issues()).contains("elections"));
  }

  @Test
  void anEventNounInAWithPhraseIsDoneByTheSubject() {
    Analysis a = analyze("Kenya's ruling party marked the anniversary with rallies across the capital.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
        .satisfies(e -> assertThat(actorName(a, e.source())).hasValueSatisfying(n -> assertThat(n).contains("Kenya")));
  }

  @Test
  void anOfficialFlyingToAForeignCapitalVisitsItsState() {
    Analysis a = analyze("The Kenyan foreign minister flew to Cairo on Sunday.");
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.CONSULT);
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(actorCountry(a, e.source())).contains("KEN"); // the minister in office on the article's date
      assertThat(actorCountry(a, e.target())).contains("EGY");
    });

    for (String noVisit : List.of("A rescue team from Turkey travelled to Damascus.",
        "Thousands of tourists travelled to Paris.", "The French president flew to Paris after the vote.",
        "Troops flew to Kabul on Monday.")) {
      assertThat(events(noVisit)).as(noVisit).extracting(Event::type).doesNotContain(EventType.CONSULT);
    }
  }

  @Test
  void aNewsConferenceWithAForeignMinisterIsAMeetingOfTheSpeakerAndHim() {
    Analysis a = analyze("At a news conference with the Egyptian foreign minister in Amman, the Jordanian prime "
        + "minister said trade would grow.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.CONSULT).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("040");
      assertThat(actorCountry(a, e.source())).contains("JOR");
      assertThat(actorCountry(a, e.target())).contains("EGY");
    });

    for (String noMeeting : List.of(
        "The Jordanian prime minister told a news conference in Amman that trade would grow.",
        "At a news conference with reporters in Cairo, the Egyptian president said trade would grow.")) {
      assertThat(events(noMeeting)).as(noMeeting).extracting(Event::type).doesNotContain(EventType.CONSULT);
    }
  }

  @Test
  void aProtestParticipleDescribingAPartyIsItsProtest() {
    Analysis a = analyze("The appeal was read out to several thousand rallying Kenyan students on Tuesday.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
        .satisfies(e -> assertThat(actorName(a, e.source())).hasValueSatisfying(n -> assertThat(n).contains("Kenya")));
  }

  @Test
  void alliedForcesOfOneNounAreNotEachOthersTarget() {
    Analysis a = analyze("Thousands of French, Belgian and Dutch troops arrived in Mali to protect the capital.");

    assertThat(a.events()).filteredOn(e -> e.type() == EventType.AID).isNotEmpty().allSatisfy(e ->
        assertThat(actorName(a, e.target()).orElse("")).doesNotContain("Belgian", "Dutch", "French"));
  }

  @Test
  void twoStatesNamedAsNounsStayEachOthersCounterpart() {
    Analysis a = analyze("Kenya and Uganda violated the border accord they signed in March, the monitors said.");

    assertThat(a.events()).filteredOn(e -> e.target() != null && e.source() != null).isNotEmpty()
        .anySatisfy(e -> assertThat(actorName(a, e.target())).contains("Uganda"));
  }

  /**
   * A verb's object or complement decides whether it reports an event at all: rallying voters gathers support and
   * is no protest, easing mistrust concedes nothing, fighting to keep a house is no attack, and blocking shipments
   * is a blockade where blocking a road is an obstruction (predicates.tsv rows with frames).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Hundreds of students rallied outside the ministry on Friday.|PROTEST|",
      "The opposition leader rallied voters in the northern provinces on Sunday.||PROTEST",
      "Several Gulf states rallied behind the embattled president.|SUPPORT|PROTEST",
      "The coast guard blocked fuel shipments to the rebel-held island.|COERCE|PROTEST",
      "Farmers blocked the motorway to the capital with tractors.|PROTEST|COERCE",
      "Security forces questioned four men over the bombing of the bus station.|ACCUSE|",
      "The interior ministry eased the curfew in the capital on Thursday.|CONCEDE|",
      "The two envoys hoped the visit would ease the distrust between the camps.||CONCEDE",
      "The widow has fought to keep the family farm since the ruling.||ASSAULT",
      "A police spokesman declined to name the officers involved in the raid.||REJECT",
      "The junta declined to release the jailed reporters.|REJECT|",
      "The embattled regime is trying to woo back regional support.|REQUEST|SUPPORT",
      "The interior ministry offered few details about the raid on the camp.||THREATEN",
      "Thousands of dock workers stopped work at the port on Monday over unpaid wages.|PROTEST|"})
  void objectOrComplementDecidesTheEvent(String sentence, EventType expected, EventType absent) {
    List<Event> ev = events(sentence);

    if (expected != null) {
      assertThat(ev).extracting(Event::type).contains(expected);
    }
    if (absent != null) {
      assertThat(ev).extracting(Event::type).doesNotContain(absent);
    }
  }

  /**
   * A noun of deciding or planning with an infinitive codes the infinitive's act as the verb form does, done by whose
   * the noun is (rule owner-of-the-decision-acts): a decision or vote as "decided to", a plan as "plans to", a
   * proposal as "proposed to"; force a named owner decided is reported under the verb naming the decision.
   */
  @Test
  void theActOfADecisionOrPlanNounIsCodedAsTheVerbFormCodesIt() {
    Analysis decided = analyze("The Cuban government's decision to expel two American diplomats was announced on "
        + "Thursday.");
    assertThat(decided.events()).filteredOn(e -> e.type() == EventType.SANCTION).singleElement().satisfies(e -> {
      assertThat(actorName(decided, e.source())).contains("Cuba");
      assertThat(actorName(decided, e.target())).contains("United States");
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    });

    Analysis condemned = analyze("Havana condemned Washington's decision to expel two Cuban diplomats.");
    assertThat(condemned.events()).extracting(Event::type).contains(EventType.ACCUSE);
    assertThat(condemned.events()).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
        .satisfies(e -> assertThat(actorName(condemned, e.source())).contains("United States"));

    Analysis voted = analyze("The Security Council's vote to impose sanctions on Iran came after a long debate.");
    assertThat(voted.events()).filteredOn(e -> e.type() == EventType.SANCTION).singleElement().satisfies(e -> {
      assertThat(actorName(voted, e.source())).hasValueSatisfying(n -> assertThat(n).contains("Security Council"));
      assertThat(actorName(voted, e.target())).contains("Iran");
    });

    Analysis planned = analyze("Moscow's plan to suspend gas deliveries to Ukraine alarmed European capitals.");
    assertThat(planned.events()).extracting(Event::type).doesNotContain(EventType.SANCTION);
    assertThat(planned.events()).filteredOn(e -> e.type() == EventType.THREATEN).singleElement().satisfies(e -> {
      assertThat(actorName(planned, e.source())).contains("Russia");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });

    Analysis proposed = analyze("Russia's proposal to hold talks with Ukraine in Istanbul was welcomed by Turkey.");
    assertThat(proposed.events()).extracting(Event::type).doesNotContain(EventType.CONSULT);
    assertThat(proposed.events()).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(actorName(proposed, e.source())).contains("Russia");
      assertThat(actorName(proposed, e.target())).contains("Ukraine");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void theObjectDrivenIntoAnActDoesItAsAnAimOnly() {
    Analysis provoked = analyze("Moscow provoked Kyiv into attacking the bridge.");
    assertThat(provoked.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(actorName(provoked, e.source())).contains("Ukraine");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });

    Analysis goaded = analyze("Kyiv was goaded into an offensive by Moscow.");
    assertThat(goaded.events()).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement()
        .satisfies(e -> assertThat(actorName(goaded, e.source())).contains("Ukraine"));

    Analysis forced = analyze("Mounting losses forced the Chadian government into talks with the rebels.");
    assertThat(forced.events()).filteredOn(e -> e.type() == EventType.CONSULT).singleElement().satisfies(e -> {
      assertThat(actorCountry(forced, e.source())).contains("TCD");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void aGappedSecondConjunctIsASecondActByItsOwnSubject() {
    Analysis withdrew = analyze("Syria withdrew its troops from Lebanon and Israel from Gaza.");
    assertThat(withdrew.events()).filteredOn(e -> e.type() == EventType.RETREAT)
        .extracting(e -> actorName(withdrew, e.source()).orElse(null)).containsExactlyInAnyOrder("Syria", "Israel");

    Analysis sent = analyze("Egypt sent 500 troops and Morocco 300 troops to the region.");
    assertThat(sent.events()).filteredOn(e -> e.type() == EventType.MOBILIZE)
        .extracting(e -> actorCountry(sent, e.source()).orElse(null)).containsExactlyInAnyOrder("EGY", "MAR");
    assertThat(sent.events()).noneMatch(e -> actorName(sent, e.target()).orElse("").startsWith("Morocc"));

    Analysis demanded = analyze("Egypt demanded that Israel withdraw from the Golan Heights and Syria from Lebanon.");
    assertThat(demanded.events()).filteredOn(e -> e.type() == EventType.REQUEST)
        .extracting(e -> actorName(demanded, e.target()).orElse(null)).containsExactlyInAnyOrder("Israel", "Syria");

    Analysis condition = analyze("Belgrade said it will pull its troops out of the enclave only if Albania "
        + "withdraws from the valley and Greece from the border zone.");
    assertThat(condition.events()).filteredOn(e -> e.type() == EventType.REQUEST)
        .extracting(e -> actorName(condition, e.target()).orElse(null)).containsExactlyInAnyOrder("Albania", "Greece");

    // the second doer's act is no answer to a document the first doer's act named
    Analysis recognised = analyze("France recognised the new government in Kabul, and Germany the rebel council.");
    assertThat(recognised.events()).filteredOn(e -> e.type() == EventType.SUPPORT)
        .extracting(e -> actorName(recognised, e.source()).orElse(null) + ">" + e.target())
        .containsExactlyInAnyOrder("France>null", "Germany>null");

    // a date after the second place is no remnant: Syria left both
    Analysis joined = analyze("Syria withdrew from Lebanon and Jordan in May.");
    assertThat(joined.events()).extracting(e -> actorName(joined, e.source()).orElse(null)).containsOnly("Syria");
  }
}
