// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;

class EventBoardBuilderTest {
  private static final LocalDate DAY = LocalDate.of(2026, 4, 15);

  /** Border talks between two states, mediated by a third, recalling an earlier round that agreed a swap. */
  private static Scenario borderTalks() {
    return new Scenario("border", DAY, "Caspian Wire",
        "The foreign ministers of Armenia and Azerbaijan failed to agree on a border plan on Tuesday at talks in Almaty hosted by Kazakhstan.",
        "Armenian Foreign Minister Ararat Mirzoyan said Yerevan wanted Azerbaijani troops to leave six border villages.",
        "His Azerbaijani counterpart Jeyhun Bayramov dismissed the demand, saying the troops stood on Azerbaijani land.",
        "Kazakh President Kassym-Jomart Tokayev, who mediated the meeting, urged both sides to respect the ceasefire.",
        "At the second round of talks in Washington last month, the two sides agreed to swap detainees.",
        "Baku said it remained open to a meeting of the two leaders.",
        "Azerbaijani forces shelled a border post overnight, Armenian media reported.")
        .state("act-1", "Armenia", "ARM", "GOV")
        .state("act-2", "Azerbaijan", "AZE", "GOV")
        .state("act-3", "Kazakhstan", "KAZ", "GOV")
        .person("act-4", "Ararat Mirzoyan", "ARM", "Minister of Foreign Affairs")
        .person("act-5", "Jeyhun Bayramov", "AZE", "Minister of Foreign Affairs")
        .person("act-6", "Kassym-Jomart Tokayev", "KAZ", "President")
        .state("act-7", "Azerbaijani military", "AZE", "MIL")
        .actor(new Actor("act-8", "Armenian media", "ARMMED", "ARM", "MED", null, null, List.of()))
        .talks("046", "act-4", "act-5", "2026-04-14", "Almaty", "failed to agree on a border plan", "talks in Almaty")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of("territory"), "2026-04-14", "failed to agree on a border plan")
        .mediation("act-3", null, "2026-04-14", "hosted by Kazakhstan", "who mediated the meeting")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-4", "act-2", List.of("withdrawal"), null, "wanted Azerbaijani troops")
        .stance(EventType.REJECT, Stance.REJECT, "act-5", "act-1", List.of("withdrawal"), null, "dismissed the demand")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-6", null, List.of("ceasefire"), "2026-04-14", "urged both sides")
        .talks("046", "act-1", "act-2", "2026-03", "Washington", "second round of talks", "talks in Washington")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("prisoner_exchange"), "2026-03", "agreed to swap detainees")
        .event(EventType.CONSULT, "043", Polarity.POSITIVE, Modality.INTENDED, "act-2", null, Stance.OPEN,
            List.of("leaders_meeting"), null, null, null, "open to a meeting")
        .event(EventType.ASSAULT, "190", Polarity.POSITIVE, Modality.REPORTED, "act-7", "act-1", null, List.of(),
            null, null, null, "shelled a border post");
  }

  @Test
  void listsTheStatesAsPartiesAndTheHostAsMediatorNeverTheEnvoys() {
    List<NegotiationBoard> boards = borderTalks().boards();

    assertThat(boards).hasSize(1);
    assertThat(boards.get(0).parties()).containsExactly("act-1", "act-2");
    assertThat(boards.get(0).mediators()).containsExactly("act-3");
  }

  @Test
  void recallsTheEarlierRoundWithItsPartialAgreementBeforeTheFailedOne() {
    List<Round> rounds = borderTalks().boards().get(0).rounds();

    assertThat(rounds).extracting(Round::date, r -> r.location().name(), Round::outcome, Round::name, Round::level)
        .containsExactly(
            tuple("2026-03", "Washington", Outcome.PARTIAL, "second round", null),
            tuple("2026-04-14", "Almaty", Outcome.NO_AGREEMENT, null, "foreign ministers"));
  }

  @Test
  void collectsEachSidesStanceOnEachIssueUnderTheStateActor() {
    NegotiationBoard board = borderTalks().boards().get(0);

    assertThat(board.issues()).extracting(IssuePositions::issue)
        .containsExactly("withdrawal", "ceasefire", "prisoner_exchange", "leaders_meeting");
    assertThat(board.issues().get(0).positions()).extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-1", Stance.DEMAND), tuple("act-2", Stance.REJECT));
    assertThat(board.issues().get(1).positions()).extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-3", Stance.DEMAND));
    assertThat(board.issues().get(2).positions()).extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-1", Stance.AGREED), tuple("act-2", Stance.AGREED));
    assertThat(board.issues().get(3).positions()).extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-2", Stance.OPEN));
  }

  @Test
  void failedAgreementGivesNoPositionOnItsIssue() {
    NegotiationBoard board = borderTalks().boards().get(0);

    assertThat(board.issues()).extracting(IssuePositions::issue).doesNotContain("territory");
  }

  @Test
  void agreementWithNothingElseOpenIsAFullAgreement() {
    Scenario s = new Scenario("deal", DAY, null,
        "Serbia and Kosovo signed a deal on vehicle licence plates in Brussels on Monday.")
        .state("act-1", "Serbia", "SRB", "GOV")
        .state("act-2", "Kosovo", "XKX", "GOV")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("trade"), "2026-04-13", "signed a deal");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.rounds()).extracting(Round::date, Round::outcome)
        .containsExactly(tuple("2026-04-13", Outcome.AGREEMENT));
  }

  @Test
  void envoyStandsForTheSideWhenTheArticleNamesNoStateActor() {
    Scenario s = new Scenario("envoys", DAY, null,
        "Negotiators for Sudan's army and the Rapid Support Forces met in Jeddah on Saturday.",
        "The army's envoy rejected a proposal for international monitors.")
        .person("act-1", "Omar Saddiq", "SDN", "Head of the army delegation")
        .actor(new Actor("act-2", "Rapid Support Forces", "SDNREB", "SDN", "REB", "RSF", null, List.of()))
        .talks("046", "act-1", "act-2", "2026-04-11", "Jeddah", "met in Jeddah", "met")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", "act-2", List.of("ceasefire_monitoring"), null, "rejected a proposal");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.parties()).containsExactly("act-1", "act-2");
    assertThat(board.rounds()).extracting(Round::level, Round::outcome)
        .containsExactly(tuple("delegations", Outcome.UNKNOWN));
    assertThat(board.issues().get(0).positions()).extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-1", Stance.REJECT));
  }

  @Test
  void negatedAcceptanceIsARejectionAndConditionalAcceptanceIsOpenness() {
    Scenario s = new Scenario("moods", DAY, null,
        "Ethiopia and Eritrea held talks in Nairobi on Friday.",
        "Ethiopia did not accept the proposed buffer zone.",
        "Eritrea would accept international monitors if the troops left first.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-10", "Nairobi", "held talks", "talks")
        .event(EventType.CONCEDE, "08", Polarity.NEGATED, Modality.ASSERTED, "act-1", "act-2", Stance.ACCEPT,
            List.of("demilitarization"), null, null, null, "did not accept")
        .event(EventType.CONCEDE, "08", Polarity.POSITIVE, Modality.HYPOTHETICAL, "act-2", "act-1", Stance.ACCEPT,
            List.of("ceasefire"), null, null, null, "would accept");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.issues()).extracting(ip -> ip.issue(), ip -> ip.positions().get(0).stance())
        .containsExactly(tuple("demilitarization", Stance.REJECT), tuple("ceasefire", Stance.OPEN));
  }

  @Test
  void separateTalksMakeSeparateBoardsAndEachStanceGoesToItsCounterpart() {
    Scenario s = new Scenario("two-tracks", DAY, null,
        "Russia and Ukraine held talks on prisoner swaps in Istanbul on Monday.",
        "Separately, Russian and US envoys met in Riyadh on Tuesday.",
        "Moscow demanded that Washington lift sanctions on its banks.",
        "Kyiv demanded the return of all prisoners.")
        .state("act-1", "Russia", "RUS", "GOV")
        .state("act-2", "Ukraine", "UKR", "GOV")
        .state("act-3", "United States", "USA", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-13", "Istanbul", "held talks on prisoner swaps", "talks")
        .talks("043", "act-1", "act-3", "2026-04-14", "Riyadh", "envoys met in Riyadh", "met")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-3", List.of("sanctions"), null, "lift sanctions")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-2", "act-1", List.of("prisoner_exchange"), null, "return of all prisoners");

    List<NegotiationBoard> boards = s.boards();

    assertThat(boards).extracting(NegotiationBoard::parties)
        .containsExactly(List.of("act-1", "act-2"), List.of("act-1", "act-3"));
    assertThat(boards.get(0).issues()).extracting(IssuePositions::issue).containsExactly("prisoner_exchange");
    assertThat(boards.get(1).issues()).extracting(IssuePositions::issue).containsExactly("sanctions");
  }

  @Test
  void withoutReportedTalksTheSidesOfDemandsAndRejectionsMakeTheBoard() {
    Scenario s = new Scenario("no-talks", DAY, null,
        "Israel demanded that Hamas release all hostages before any truce.",
        "Hamas rejected the demand and called for a full withdrawal.")
        .state("act-1", "Israel", "ISR", "GOV")
        .actor(new Actor("act-2", "Hamas", "PSEREB", "PSE", "REB", "Hamas", null, List.of()))
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("prisoner_exchange"), null, "release all hostages")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-1", List.of("prisoner_exchange"), null, "rejected the demand");

    List<NegotiationBoard> boards = s.boards();

    assertThat(boards).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-1", "act-2");
      assertThat(b.rounds()).isEmpty();
      assertThat(b.issues().get(0).positions()).extracting(Position::stance)
          .containsExactly(Stance.DEMAND, Stance.REJECT);
    });
  }

  @Test
  void aPrivatePersonOrABodyOfItsOwnIsNoSideOfItsState() {
    // the rule private-party-is-no-side: a relative or a rights group with a country does not speak for that state
    Scenario s = new Scenario("private", DAY, null,
        "The detainee's brother demanded that Norway release him.",
        "A Kenyan rights association rejected the verdict against Norway.")
        .actor(new Actor("act-1", "brother of the detainee", "KEN", "KEN", null, null, null, List.of()))
        .state("act-2", "Norway", "NOR", "GOV")
        .actor(new Actor("act-3", "Kenyan Rights Association", "KEN", "KEN", null, "Kenyan Rights Association",
            null, List.of()))
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("prisoner_exchange"), null,
            "demanded that Norway release him")
        .stance(EventType.REJECT, Stance.REJECT, "act-3", "act-2", List.of(), null, "rejected the verdict");

    assertThat(Sides.key(s.actors().get(0))).isNull();
    assertThat(Sides.key(s.actors().get(2))).isEqualTo("Kenyan Rights Association");
    assertThat(s.boards()).allSatisfy(b -> assertThat(b.parties()).doesNotContain("act-1"));
  }

  @Test
  void articleWithoutNegotiationHasNoBoard() {
    Scenario s = new Scenario("strike", DAY, null, "Russian forces struck a power plant near Kharkiv on Sunday.")
        .state("act-1", "Russian military", "RUS", "MIL")
        .event(EventType.ASSAULT, "190", Polarity.POSITIVE, Modality.ASSERTED, "act-1", null, null, List.of(),
            "2026-04-12", null, null, "struck a power plant");

    assertThat(s.boards()).isEmpty();
  }

  @Test
  void undatedRecalledAgreementIsItsOwnRoundNotTheFailedOnesOutcome() {
    Scenario s = new Scenario("recall", DAY, null,
        "Colombia and the ELN failed to reach a deal in Caracas on Tuesday.",
        "An earlier round had ended with both sides agreeing to a holiday truce.")
        .state("act-1", "Colombia", "COL", "GOV")
        .actor(new Actor("act-2", "ELN", "COLREB", "COL", "REB", "ELN", null, List.of()))
        .talks("046", "act-1", "act-2", "2026-04-14", "Caracas", "failed to reach a deal", "deal")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of(), "2026-04-14", "failed to reach a deal")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("ceasefire"), null, "holiday truce");

    assertThat(s.boards().get(0).rounds()).extracting(Round::date, Round::outcome)
        .containsExactly(tuple("2026-04-14", Outcome.NO_AGREEMENT), tuple(null, Outcome.AGREEMENT));
  }

  @Test
  void offerCodedAsAgreeAndWillingnessToMeetAreStancesNotRoundsOrOutcomes() {
    Scenario s = new Scenario("offer", DAY, null,
        "Israeli and Lebanese officials held talks in Naqoura on Monday without reaching an agreement.",
        "Lebanon offered guarantees for the border strip during the talks.",
        "Israel said it was open to a meeting of the two leaders.")
        .state("act-1", "Israel", "ISR", "GOV")
        .state("act-2", "Lebanon", "LBN", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-13", "Naqoura", "held talks", "talks")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of(), "2026-04-13", "without reaching")
        .event(EventType.AGREE, "031", Polarity.POSITIVE, Modality.ASSERTED, "act-2", "act-1", Stance.OFFER,
            List.of("security_guarantees"), "2026-04-13", null, null, "offered guarantees")
        .event(EventType.CONSULT, "043", Polarity.POSITIVE, Modality.INTENDED, "act-1", "act-2", Stance.OPEN,
            List.of("leaders_meeting"), "2026-04-20", null, null, "open to a meeting");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.rounds()).extracting(Round::date, Round::outcome)
        .containsExactly(tuple("2026-04-13", Outcome.NO_AGREEMENT));
    assertThat(board.issues()).extracting(ip -> ip.issue(), ip -> ip.positions().get(0).stance())
        .containsExactly(tuple("security_guarantees", Stance.OFFER), tuple("leaders_meeting", Stance.OPEN));
  }

  @Test
  void anArticleNamingOneSideGivesThatSidesPositionsOnAOnePartyBoard() {
    Scenario s = new Scenario("one-side", DAY, "Cedar Post",
        "Lebanon rejected any buffer zone at the Naqoura talks on Monday, a government spokesman said.",
        "The spokesman said the army would stay on the border.")
        .state("act-1", "Lebanon", "LBN", "GOV")
        .person("act-2", "spokesman", "LBN", "Government spokesman")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", null, List.of("territory"), "2026-04-13",
            "rejected any buffer zone");

    List<NegotiationBoard> boards = s.boards();

    assertThat(boards).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-1");
      assertThat(b.issues()).extracting(ip -> ip.issue(), ip -> ip.positions().get(0).stance())
          .containsExactly(tuple("territory", Stance.REJECT));
    });
  }

  @Test
  void twoSidesOpposedOnOneIssueWithoutTalksMakeOneBoardNotTwoOnePartyBoards() {
    Scenario s = new Scenario("two-sides", DAY, null,
        "Lebanon rejected any buffer zone.", "Israel demanded a buffer zone.")
        .state("act-1", "Lebanon", "LBN", "GOV")
        .state("act-2", "Israel", "ISR", "GOV")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", null, List.of("territory"), null, "rejected any buffer")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-2", null, List.of("territory"), null, "demanded a buffer");

    // One rejects what the other demands: they are the two sides of the dispute over the strip.
    assertThat(s.boards()).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactlyInAnyOrder("act-1", "act-2");
      assertThat(b.issues().get(0).positions()).extracting(Position::actorId, Position::stance)
          .containsExactlyInAnyOrder(tuple("act-1", Stance.REJECT), tuple("act-2", Stance.DEMAND));
    });
  }

  private static Scenario truceSigned(Stance left) {
    return new Scenario("truce", DAY, null,
        "Israel and Lebanon signed a truce in Naqoura on Monday.",
        "Under the deal, Israel will pull its troops back from the border strip.")
        .state("act-1", "Israel", "ISR", "GOV")
        .state("act-2", "Lebanon", "LBN", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-13", "Naqoura", "signed a truce", "signed")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("ceasefire"), "2026-04-13", "signed a truce")
        .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.INTENDED, "act-1", null, left,
            List.of("withdrawal"), null, null, null, "will pull its troops back");
  }

  @Test
  void anAgreementWithOnlyOffersLeftOnOtherIssuesIsAnAgreement() {
    assertThat(truceSigned(Stance.OFFER).boards().get(0).rounds()).extracting(Round::outcome)
        .containsExactly(Outcome.AGREEMENT);
  }

  @Test
  void anAgreementWhileAPartyStillOnlyConsidersAnotherIssueIsPartial() {
    assertThat(truceSigned(Stance.OPEN).boards().get(0).rounds()).extracting(Round::outcome)
        .containsExactly(Outcome.PARTIAL);
  }

  // ---- the main dyad, named through officials and armies ----

  /** Two states that trade warnings, accusations and a demand through their officials and army, no talks. */
  private static Scenario standoff() {
    return new Scenario("standoff", DAY, null,
        "Serbian President Milan Petrovic warned Pristina against sending special police to the north.",
        "Kosovo's prime minister accused Belgrade of stirring unrest in the border towns.",
        "The Serbian army put two brigades on alert near the boundary line.",
        "Belgrade demanded the withdrawal of the special police units from the north.",
        "Albania's foreign minister urged calm.")
        .state("act-1", "Serbia", "SRB", "GOV")
        .state("act-2", "Kosovo", "XKX", "GOV")
        .person("act-3", "Milan Petrovic", "SRB", "President")
        .person("act-4", "Lirim Gashi", "XKX", "Prime Minister")
        .state("act-5", "Serbian military", "SRB", "MIL")
        .person("act-6", "Edi Hoxha", "ALB", "Minister of Foreign Affairs")
        .stance(EventType.THREATEN, null, "act-3", "act-2", List.of(), null, "warned Pristina")
        .stance(EventType.ACCUSE, null, "act-4", "act-1", List.of(), null, "accused Belgrade")
        .stance(EventType.MOBILIZE, null, "act-5", "act-2", List.of(), null, "put two brigades on alert")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("withdrawal"), null, "demanded the withdrawal")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-6", null, List.of(), null, "urged calm");
  }

  @Test
  void withoutTalksTheStatesThatAddressEachOtherThroughOfficialsAndArmyAreTheParties() {
    List<NegotiationBoard> boards = standoff().boards();

    assertThat(boards).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-1", "act-2");
      assertThat(b.rounds()).isEmpty();
      assertThat(b.issues()).extracting(IssuePositions::issue).containsExactly("withdrawal");
      assertThat(b.issues().get(0).positions()).extracting(Position::actorId, Position::stance)
          .containsExactly(tuple("act-1", Stance.DEMAND));
    });
  }

  @Test
  void oneRemarkBetweenTwoStatesIsNoNegotiation() {
    Scenario s = new Scenario("remark", DAY, null,
        "The Chilean foreign minister criticised Peru's new fishing rules on Monday.")
        .state("act-1", "Chile", "CHL", "GOV")
        .state("act-2", "Peru", "PER", "GOV")
        .stance(EventType.ACCUSE, null, "act-1", "act-2", List.of(), "2026-04-13", "criticised");

    assertThat(s.boards()).isEmpty();
  }

  @Test
  void theMainDyadIsThePairThatDealsMostNotTheFirstNamed() {
    Scenario s = new Scenario("dyad", DAY, null,
        "Bolivia said it backed Paraguay's call for calm.",
        "Paraguay accused Brazil of letting smugglers cross the river.",
        "Brazil rejected the charge and demanded that Paraguay reopen the bridge.",
        "Paraguay refused to reopen the bridge until patrols resumed.")
        .state("act-1", "Bolivia", "BOL", "GOV")
        .state("act-2", "Paraguay", "PRY", "GOV")
        .state("act-3", "Brazil", "BRA", "GOV")
        .stance(EventType.SUPPORT, Stance.SUPPORT, "act-1", "act-2", List.of(), null, "backed Paraguay")
        .stance(EventType.ACCUSE, null, "act-2", "act-3", List.of(), null, "accused Brazil")
        .stance(EventType.REJECT, Stance.REJECT, "act-3", "act-2", List.of(), null, "rejected the charge")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", "act-2", List.of("trade"), null, "demanded that Paraguay")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-3", List.of("trade"), null, "refused to reopen");

    assertThat(s.boards()).singleElement().satisfies(b ->
        assertThat(b.parties()).containsExactlyInAnyOrder("act-2", "act-3"));
  }

  @Test
  void aLoneAgreementWithAnAllyDoesNotHideTheMainDyad() {
    Scenario s = new Scenario("ally", DAY, null,
        "Paraguay and Uruguay agreed to share customs data.",
        "Paraguay accused Brazil of letting smugglers cross the river.",
        "Brazil demanded that Paraguay reopen the bridge.",
        "Paraguay refused to reopen the bridge until patrols resumed.")
        .state("act-1", "Uruguay", "URY", "GOV")
        .state("act-2", "Paraguay", "PRY", "GOV")
        .state("act-3", "Brazil", "BRA", "GOV")
        .agreement(Polarity.POSITIVE, "act-2", "act-1", List.of("trade"), null, "agreed to share customs data")
        .stance(EventType.ACCUSE, null, "act-2", "act-3", List.of(), null, "accused Brazil")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", "act-2", List.of("trade"), null, "demanded that Paraguay")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-3", List.of("trade"), null, "refused to reopen");

    assertThat(s.boards()).extracting(b -> Set.copyOf(b.parties()))
        .containsExactly(Set.of("act-2", "act-3"), Set.of("act-1", "act-2"));
  }

  @Test
  void aThirdStateAddressingAPartyOnAnIssueHasItsPositionOnTheBoard() {
    Scenario s = new Scenario("third", DAY, null,
        "Israeli and Hamas negotiators held talks in Cairo on Tuesday.",
        "Jordan urged Israel to accept a truce before the holiday.")
        .state("act-1", "Israel", "ISR", "GOV")
        .actor(new Actor("act-2", "Hamas", "PSEREB", "PSE", "REB", "Hamas", null, List.of()))
        .state("act-3", "Jordan", "JOR", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-14", "Cairo", "held talks in Cairo", "talks")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", "act-1", List.of("ceasefire"), null, "urged Israel");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.parties()).containsExactly("act-1", "act-2");
    assertThat(board.mediators()).isEmpty();
    assertThat(board.issues()).singleElement().satisfies(ip -> assertThat(ip.positions())
        .extracting(Position::actorId, Position::stance).containsExactly(tuple("act-3", Stance.DEMAND)));
  }

  // ---- mediators and hosts ----

  @Test
  void aStateHoldingTalksWithEachOfTwoFeudingSidesMediatesBetweenThem() {
    Scenario s = new Scenario("shuttle", DAY, null,
        "The US envoy met the Israeli prime minister in Jerusalem on Monday.",
        "On Tuesday she met the Palestinian president in Ramallah.",
        "The Israeli leader accused the Palestinian Authority of inciting violence.",
        "The Palestinian president demanded a freeze on settlement building.")
        .state("act-1", "Israel", "ISR", "GOV")
        .state("act-2", "Palestine", "PSE", "GOV")
        .state("act-3", "United States", "USA", "GOV")
        .person("act-4", "Anna Reid", "USA", "Special Envoy")
        .talks("040", "act-4", "act-1", "2026-04-13", "Jerusalem", "met the Israeli prime minister", "met")
        .talks("040", "act-4", "act-2", "2026-04-14", "Ramallah", "she met the Palestinian president", "she met")
        .stance(EventType.ACCUSE, null, "act-1", "act-2", List.of(), null, "accused the Palestinian Authority")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-2", "act-1", List.of("territory"), null, "demanded a freeze");

    assertThat(s.boards()).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-1", "act-2");
      assertThat(b.mediators()).containsExactly("act-3");
      assertThat(b.rounds()).extracting(Round::date, r -> r.location().name(), Round::status)
          .containsExactly(tuple("2026-04-13", "Jerusalem", RoundStatus.HELD),
              tuple("2026-04-14", "Ramallah", RoundStatus.HELD));
    });
  }

  @Test
  void aSideBothLeadersMeetSeparatelyBeforeUnnamedTalksMediatesBetweenThem() {
    Scenario s = new Scenario("separately", DAY, null,
        "The army chief says wide gaps remain before next week's talks in Geneva.",
        "He and the rebel commander meet separately on Friday with the Norwegian envoy.")
        .state("act-1", "Arcadia", "ARC", "GOV")
        .actor(new Actor("act-2", "Free Hills Front", "ARCREB", "ARC", "REB", "FHF", null, List.of()))
        .state("act-3", "Norway", "NOR", "GOV")
        .event(EventType.CONSULT, "046", Polarity.POSITIVE, Modality.REPORTED, null, null, null, List.of(),
            "2026-04-20", "Geneva", "talks", "next week's talks in Geneva")
        .talks("040", "act-1", "act-3", "2026-04-17", null, "He and the rebel commander meet separately", "meet")
        .talks("040", "act-2", "act-3", "2026-04-17", null, "He and the rebel commander meet separately", "meet");

    assertThat(s.boards()).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactlyInAnyOrder("act-1", "act-2");
      assertThat(b.mediators()).containsExactly("act-3");
      assertThat(b.rounds()).extracting(r -> r.location() == null ? null : r.location().name(), Round::status)
          .contains(tuple("Geneva", RoundStatus.SCHEDULED));
    });
  }

  @Test
  void twoSidesMeetingOneThirdSideWithoutTalksInPlayMakeNoMediator() {
    Scenario s = new Scenario("visits", DAY, null,
        "The trade ministers of Arcadia and Borduria met separately on Friday with the Norwegian envoy.")
        .state("act-1", "Arcadia", "ARC", "GOV")
        .state("act-2", "Borduria", "BOR", "GOV")
        .state("act-3", "Norway", "NOR", "GOV")
        .talks("040", "act-1", "act-3", "2026-04-10", null, "met separately", "met")
        .talks("040", "act-2", "act-3", "2026-04-10", null, "met separately", "met");

    assertThat(s.boards()).allSatisfy(b -> assertThat(b.mediators()).isEmpty());
  }

  @Test
  void aStateThatHostsTheTalksIsTheirMediatorNotAParty() {
    Scenario s = new Scenario("host", DAY, null,
        "Kenya hosted talks between the Sudanese army and the Rapid Support Forces on Monday .",
        "The army delegation rejected a truce proposal.")
        .state("act-1", "Kenya", "KEN", "GOV")
        .state("act-2", "Sudanese military", "SDN", "MIL")
        .actor(new Actor("act-3", "Rapid Support Forces", "SDNREB", "SDN", "REB", "RSF", null, List.of()))
        .event(EventType.CONSULT, "043", Polarity.POSITIVE, Modality.ASSERTED, "act-1", "act-2", null, List.of(),
            "2026-04-13", null, "hosted", "Kenya hosted talks")
        .talks("046", "act-2", "act-3", "2026-04-13", null, "Kenya hosted talks", "talks")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-3", List.of("ceasefire"), null, "rejected a truce")
        .parse("Kenya hosted talks",
            "Kenya/NNP/1/nsubj hosted|host/VBD/-1/root talks|talk/NNS/1/obj between/IN/6/case the/DT/6/det "
                + "Sudanese|Sudanese/JJ/6/amod army/NN/2/nmod and/CC/11/cc the/DT/11/det Rapid/NNP/11/compound "
                + "Support/NNP/11/compound Forces/NNPS/6/conj on/IN/13/case Monday/NNP/1/obl ././1/punct");

    assertThat(s.boards()).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-2", "act-3");
      assertThat(b.mediators()).containsExactly("act-1");
      assertThat(b.rounds()).extracting(Round::date, Round::outcome)
          .containsExactly(tuple("2026-04-13", Outcome.UNKNOWN));
    });
  }

  // ---- talks about an issue, scheduled and held rounds ----

  @Test
  void agreeingToResumeTalksOnAnIssueIsOpennessAndAScheduledRoundNotAnAgreement() {
    Scenario s = new Scenario("resume", DAY, null,
        "Armenia and Azerbaijan agreed on Monday to resume talks on the border .")
        .state("act-1", "Armenia", "ARM", "GOV")
        .state("act-2", "Azerbaijan", "AZE", "GOV")
        .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.ASSERTED, "act-1", "act-2", Stance.AGREED,
            List.of("territory"), "2026-04-13", null, "agreed", "agreed on Monday")
        .parse("agreed on Monday",
            "Armenia/NNP/3/nsubj and/CC/2/cc Azerbaijan/NNP/0/conj agreed|agree/VBD/-1/root on/IN/5/case "
                + "Monday/NNP/3/obl to/TO/7/mark resume/VB/3/xcomp talks|talk/NNS/7/obj on/IN/11/case the/DT/11/det "
                + "border/NN/8/nmod ././3/punct");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.issues()).singleElement().satisfies(ip -> {
      assertThat(ip.issue()).isEqualTo("territory");
      assertThat(ip.positions()).extracting(Position::actorId, Position::stance)
          .containsExactly(tuple("act-1", Stance.OPEN), tuple("act-2", Stance.OPEN));
    });
    assertThat(board.rounds()).extracting(Round::status, Round::outcome, Round::date)
        .containsExactly(tuple(RoundStatus.SCHEDULED, Outcome.UNKNOWN, null));
  }

  @Test
  void talksSetForAComingDayAreAScheduledRoundWithItsDateAndPlace() {
    Scenario s = new Scenario("set", DAY, null,
        "Ethiopia and Eritrea held talks in Djibouti on Monday without a deal.",
        "The two delegations will meet in Nairobi on Friday to discuss the disputed border.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-13", "Djibouti", "held talks in Djibouti", "talks")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of(), "2026-04-13", "without a deal")
        .event(EventType.AGREE, "036", Polarity.POSITIVE, Modality.INTENDED, "act-1", "act-2", Stance.OFFER,
            List.of("territory"), "2026-04-17", "Nairobi", "will meet", "will meet in Nairobi");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.rounds()).extracting(Round::date, r -> r.location().name(), Round::status, Round::outcome)
        .containsExactly(tuple("2026-04-13", "Djibouti", RoundStatus.HELD, Outcome.NO_AGREEMENT),
            tuple("2026-04-17", "Nairobi", RoundStatus.SCHEDULED, Outcome.UNKNOWN));
    assertThat(board.issues()).singleElement().satisfies(ip -> assertThat(ip.positions())
        .extracting(Position::stance).containsOnly(Stance.OPEN));
  }

  @Test
  void talksTheArticleNamesNoSideForAreARoundOfItsOnlyNegotiation() {
    Scenario s = new Scenario("unnamed", DAY, null,
        "The Georgian prime minister met Abkhaz leaders in Sukhumi on Monday.",
        "Wide gaps remain ahead of next week's talks in Geneva, officials said.")
        .state("act-1", "Georgia", "GEO", "GOV")
        .actor(new Actor("act-2", "Abkhaz leaders", "GEOREB", "GEO", "REB", "Abkhaz authorities", null, List.of()))
        .talks("040", "act-1", "act-2", "2026-04-13", "Sukhumi", "met Abkhaz leaders", "met")
        .talks("046", null, null, "2026-04-20", "Geneva", "next week's talks in Geneva", "talks in Geneva");

    assertThat(s.boards().get(0).rounds()).extracting(Round::date, r -> r.location().name(), Round::status)
        .containsExactly(tuple("2026-04-13", "Sukhumi", RoundStatus.HELD),
            tuple("2026-04-20", "Geneva", RoundStatus.SCHEDULED));
  }

  @Test
  void talksCutShortByAnAttackAreAHeldRoundOfTheirOwn() {
    Scenario s = new Scenario("interrupted", DAY, null,
        "The Malian and Algerian ministers finished on Tuesday the talks that a mortar attack had cut short in March.",
        "They were meeting when the shells hit the compound.")
        .state("act-1", "Mali", "MLI", "GOV")
        .state("act-2", "Algeria", "DZA", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-14", null, "finished on Tuesday the talks", "talks")
        .talks("040", "act-1", "act-2", "2026-03", null, "They were meeting", "meeting");

    assertThat(s.boards().get(0).rounds()).extracting(Round::date, Round::status, Round::outcome)
        .containsExactly(tuple("2026-03", RoundStatus.HELD, Outcome.UNKNOWN),
            tuple("2026-04-14", RoundStatus.HELD, Outcome.UNKNOWN));
  }

  @Test
  void separateMeetingsWithAMediatorBeforeTalksSetForNextWeekMakeTheScheduledRound() {
    Scenario s = new Scenario("proximity", DAY, null,
        "Wide gaps remain between the Armenian and Azerbaijani positions before next week's talks in Paris.",
        "The two leaders meet separately on Monday with the French foreign minister.",
        "Armenia might give ground on the transit road, but it expects the same effort from Baku, its premier said.",
        "The French minister urged Azerbaijan to keep the truce.")
        .state("act-1", "Armenia", "ARM", "GOV")
        .state("act-2", "Azerbaijan", "AZE", "GOV")
        .state("act-3", "France", "FRA", "GOV")
        .person("act-4", "Claire Morel", "FRA", "Minister of Foreign Affairs")
        .talks("046", null, null, "2026-04-20", "Paris", "next week's talks in Paris", "talks in Paris")
        .talks("040", "act-1", "act-4", "2026-04-20", null, "meet separately on Monday", "meet")
        .talks("040", "act-2", "act-4", "2026-04-20", null, "meet separately on Monday", "meet")
        .event(EventType.CONCEDE, "08", Polarity.POSITIVE, Modality.HYPOTHETICAL, "act-1", "act-2", Stance.ACCEPT,
            List.of("territory"), null, null, null, "might give ground")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("territory"), null, "expects the same effort")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-4", "act-2", List.of("ceasefire"), null, "urged Azerbaijan");

    assertThat(s.boards()).singleElement().satisfies(b -> {
      assertThat(b.parties()).containsExactly("act-1", "act-2");
      assertThat(b.mediators()).containsExactly("act-3");
      assertThat(b.rounds()).extracting(Round::date, r -> r.location().name(), Round::status, Round::outcome)
          .containsExactly(tuple("2026-04-20", "Paris", RoundStatus.SCHEDULED, Outcome.UNKNOWN));
      assertThat(b.issues()).extracting(IssuePositions::issue).containsExactly("territory", "ceasefire");
      assertThat(b.issues().get(0).positions()).extracting(Position::actorId, Position::stance)
          .containsExactly(tuple("act-1", Stance.OPEN), tuple("act-1", Stance.DEMAND));
      assertThat(b.issues().get(1).positions()).extracting(Position::actorId, Position::stance)
          .containsExactly(tuple("act-3", Stance.DEMAND));
    });
  }

  @Test
  void refusingToNegotiateAnIssueStaysARejectionOfIt() {
    Scenario s = new Scenario("reluctant", DAY, null,
        "Ethiopia and Eritrea held talks in Nairobi on Friday.",
        "Eritrea is reluctant to negotiate a truce .")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .talks("046", "act-1", "act-2", "2026-04-10", "Nairobi", "held talks", "talks")
        .event(EventType.REJECT, "125", Polarity.POSITIVE, Modality.ASSERTED, "act-2", null, Stance.REJECT,
            List.of("ceasefire"), null, null, "reluctant", "reluctant to negotiate")
        .parse("reluctant to negotiate",
            "Eritrea/NNP/2/nsubj is|be/VBZ/2/cop reluctant/JJ/-1/root to/TO/4/mark negotiate/VB/2/xcomp a/DT/6/det "
                + "truce/NN/4/obj ././2/punct");

    NegotiationBoard board = s.boards().get(0);

    assertThat(board.issues()).singleElement().satisfies(ip -> assertThat(ip.positions())
        .extracting(Position::actorId, Position::stance).containsExactly(tuple("act-2", Stance.REJECT)));
    assertThat(board.rounds()).extracting(Round::status).containsExactly(RoundStatus.HELD);
  }
}
