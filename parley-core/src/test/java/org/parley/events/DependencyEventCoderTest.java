// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.places.Place;

class DependencyEventCoderTest {

  @Test
  void codesFailureToReachAgreementAsNegatedAgree() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "failed/fail/VBD/O>-1:root",
        "to/to/TO/O>4:mark", "reach/reach/VB/O>2:xcomp", "an/a/DT/O>6:det", "agreement/agreement/NN/O>4:obj",
        "with/with/IN/O>9:case", "the/the/DT/O>9:det", "rebels/rebel/NNS/O>6:nmod", "./././O>2:punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.AGREE);
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.NEGATED);
    assertThat(events.get(0).stance()).isNull();
  }

  @Test
  void aimsAMediationEffortAtThePartiesBetweenWhichItIsMade() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "launched/launch/VBD/O>-1:root", "a/a/DT/O>4:det",
        "mediation/mediation/NN/O>4:compound", "effort/effort/NN/O>1:obj", "on/on/IN/O>6:case",
        "Monday/Monday/NNP/O>1:obl", "between/between/IN/O>8:case", "Uganda/Uganda/NNP/LOCATION>1:obl",
        "and/and/CC/O>10:cc", "Rwanda/Rwanda/NNP/LOCATION>8:conj", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Uganda", "UGA", 8, 8)
        .state("act-3", "Rwanda", "RWA", 10, 10)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.CONSULT).findFirst().orElseThrow();
    assertThat(e.cameo()).isEqualTo("045");
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void aimsAProtestWithNoOneNamedAtTheProtestersOwnGovernment() {
    List<Event> events = new Parsed().sentence(
        "Zambian/Zambian/JJ/O>1:amod", "teachers/teacher/NNS/O>2:nsubj", "rallied/rally/VBD/O>-1:root",
        "in/in/IN/O>4:case", "Lusaka/Lusaka/NNP/LOCATION>2:obl", "./././O>2:punct")
        .actor("act-1", "Zambian education", 0, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "EDU")
        .state("act-2", "Zambia", "ZMB", 4, 4)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.PROTEST).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void readsBeingCommittedToAnActAsTheSubjectsOwnAct() {
    List<Event> events = new Parsed().sentence(
        "Zambia/Zambia/NNP/LOCATION>2:nsubj:pass", "is/be/VBZ/O>2:aux:pass", "committed/commit/VBN/O>-1:root",
        "to/to/IN/O>4:case", "cooperating/cooperate/VBG/O>2:advcl", "with/with/IN/O>6:case",
        "Malawi/Malawi/NNP/LOCATION>4:obl", "./././O>2:punct")
        .state("act-1", "Zambia", "ZMB", 0, 0).state("act-2", "Malawi", "MWI", 6, 6)
        .code();

    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.target()).isNotEqualTo("act-1"));
    assertThat(events).anySatisfy(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void findsTheObjectTheParserHangsOffADayName() {
    List<Event> events = new Parsed().sentence(
        "Zambia/Zambia/NNP/LOCATION>1:nsubj", "rejected/reject/VBD/O>-1:root", "Monday/Monday/NNP/O>1:obl:tmod",
        "a/a/DT/O>5:det", "Malawian/Malawian/JJ/O>5:amod", "offer/offer/NN/O>2:dep", "./././O>1:punct")
        .state("act-1", "Zambia", "ZMB", 0, 0).state("act-2", "Malawi", "MWI", 4, 4)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void aimsAnActOnItsOwnPledgeAtWhomThePledgeWasMadeTo() {
    List<Event> events = new Parsed().sentence(
        "Zambia/Zambia/NNP/LOCATION>1:nsubj", "reneged/renege/VBD/O>-1:root", "on/on/IN/O>4:case",
        "its/its/PRP$/O>4:nmod:poss", "pledge/pledge/NN/O>1:obl", "to/to/IN/O>6:case",
        "Malawi/Malawi/NNP/LOCATION>4:nmod", "./././O>1:punct")
        .state("act-1", "Zambia", "ZMB", 0, 0)
        .actor("act-1", "Zambia", 3, 3, org.parley.actors.MentionKind.PRONOUN, "ZMB", "GOV")
        .state("act-2", "Malawi", "MWI", 6, 6)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void codesPassiveAttackWithAgentAsSource() {
    Parsed p = new Parsed().sentence(
        "The/the/DT/O>1:det", "clinic/clinic/NN/O>3:nsubj:pass", "was/be/VBD/O>3:aux:pass",
        "shelled/shell/VBN/O>-1:root", "by/by/IN/O>6:case", "government/government/NN/O>6:compound",
        "troops/troops/NNS/O>3:obl", "./././O>3:punct")
        .actor("act-1", "government troops", 5, 6);

    List<Event> events = p.code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.cameo()).startsWith("19");
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(e.evidence().get(0).of(p.text())).contains("shelled by government troops");
  }

  @Test
  void controlledComplementIsTheAgreementsContentNotASecondEvent() {
    List<Event> events = new Parsed().sentence(
        "Armenia/Armenia/NNP/LOCATION>3:nsubj", "and/and/CC/O>2:cc", "Azerbaijan/Azerbaijan/NNP/LOCATION>0:conj",
        "agreed/agree/VBD/O>-1:root", "to/to/TO/O>5:mark", "open/open/VB/O>3:xcomp",
        "humanitarian/humanitarian/JJ/O>7:amod", "corridors/corridor/NNS/O>5:obj", "./././O>3:punct")
        .actor("act-1", "Armenia", 0, 0).actor("act-2", "Azerbaijan", 2, 2)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.AGREE);
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
    assertThat(e.stance()).isEqualTo(Stance.AGREED);
    assertThat(e.issues()).containsExactly("humanitarian_corridor");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void opennessToAMeetingIsAnIntendedOfferToMeet() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "Kremlin/Kremlin/NNP/ORGANIZATION>3:nsubj", "is/be/VBZ/O>3:cop",
        "open/open/JJ/O>-1:root", "to/to/IN/O>6:case", "a/a/DT/O>6:det", "meeting/meeting/NN/O>3:obl",
        "between/between/IN/O>10:case", "the/the/DT/O>10:det", "two/two/CD/O>10:nummod",
        "presidents/president/NNS/O>6:nmod", "./././O>3:punct")
        .actor("act-1", "Russia", 1, 1)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.AGREE);
    assertThat(e.cameo()).isEqualTo("036");
    assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    assertThat(e.stance()).isEqualTo(Stance.OPEN);
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.issues()).contains("leaders_meeting");
  }

  @Test
  void callingReportsFakeIsTheSpeakersAccusation() {
    List<Event> events = new Parsed().sentence(
        "Peskov/Peskov/NNP/PERSON>1:nsubj", "said/say/VBD/O>-1:root", "the/the/DT/O>3:det",
        "videos/video/NNS/O>5:nsubj", "were/be/VBD/O>5:cop", "fake/fake/JJ/O>1:ccomp", "./././O>1:punct")
        .actor("act-1", "Dmitry Peskov", 0, 0)
        .code();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.ACCUSE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void deniedAttackStaysAnEventButNegatedAndAttributed() {
    List<Event> events = new Parsed().sentence(
        "Peskov/Peskov/NNP/PERSON>1:nsubj", "said/say/VBD/O>-1:root", "they/they/PRP/O>5:nsubj",
        "did/do/VBD/O>5:aux", "not/not/RB/O>5:advmod", "attack/attack/VB/O>1:ccomp", "the/the/DT/O>7:det",
        "village/village/NN/O>5:obj", "./././O>1:punct")
        .actor("act-1", "Dmitry Peskov", 0, 0)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
    assertThat(e.modality()).isEqualTo(Modality.REPORTED);
    assertThat(e.attributedTo()).isEqualTo("act-1");
  }

  @Test
  void talksHeldByTwoSidesMakeThemSourceAndTarget() {
    List<Event> events = new Parsed().sentence(
        "Serbia/Serbia/NNP/LOCATION>3:nsubj", "and/and/CC/O>2:cc", "Kosovo/Kosovo/NNP/LOCATION>0:conj",
        "held/hold/VBD/O>-1:root", "talks/talk/NNS/O>3:obj", "in/in/IN/O>6:case",
        "Brussels/Brussels/NNP/LOCATION>4:nmod", "./././O>3:punct")
        .actor("act-1", "Serbia", 0, 0).actor("act-2", "Kosovo", 2, 2)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.CONSULT);
    assertThat(e.cameo()).isEqualTo("046");
    assertThat(List.of(e.source(), e.target())).containsExactly("act-1", "act-2");
  }

  @Test
  void demandForATruceCarriesTheCeasefireIssue() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "minister/minister/NN/O>2:nsubj", "demanded/demand/VBD/O>-1:root",
        "a/a/DT/O>4:det", "truce/truce/NN/O>2:obj", "./././O>2:punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).stance()).isEqualTo(Stance.DEMAND);
    assertThat(events.get(0).issues()).containsExactly("ceasefire");
  }

  @Test
  void refusalToNegotiateIsOneRejectionOfTalks() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>2:nsubj", "refused/refuse/VBD/O>-1:root",
        "to/to/TO/O>4:mark", "negotiate/negotiate/VB/O>2:xcomp", "with/with/IN/O>7:case", "the/the/DT/O>7:det",
        "governor/governor/NN/O>4:obl", "./././O>2:punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
    assertThat(events.get(0).cameo()).isEqualTo("125");
    assertThat(events.get(0).stance()).isEqualTo(Stance.REJECT);
  }

  @Test
  void announcedRefusalToWithdrawIsARejectionNotANegatedRetreat() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>4:nsubj", "will/will/MD/O>4:aux",
        "not/not/RB/O>4:advmod", "withdraw/withdraw/VB/O>-1:root", "from/from/IN/O>7:case", "the/the/DT/O>7:det",
        "city/city/NN/O>4:obl", "./././O>4:punct").code();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.REJECT);
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void conditionIsNotReportedAsAnAttack() {
    List<Event> events = new Parsed().sentence(
        "If/if/IN/O>3:mark", "the/the/DT/O>2:det", "rebels/rebel/NNS/O>3:nsubj",
        "attack/attack/VBP/O>10:advcl", "the/the/DT/O>5:det", "city/city/NN/O>3:obj", ",/,/,/O>10:punct",
        "the/the/DT/O>8:det", "army/army/NN/O>10:nsubj", "will/will/MD/O>10:aux", "respond/respond/VB/O>-1:root",
        "./././O>10:punct").code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void mustInReportedSpeechIsTheSpeakersDemand() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "militia/militia/NN/O>6:nsubj", "must/must/MD/O>6:aux", "release/release/VB/O>2:ccomp",
        "the/the/DT/O>8:det", "hostages/hostage/NNS/O>6:obj", "./././O>2:punct")
        .actor("act-1", "Ministry", 1, 1).actor("act-2", "the militia", 3, 4)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.REQUEST);
    assertThat(e.cameo()).isEqualTo("105");
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
    assertThat(e.issues()).contains("prisoner_exchange");
  }

  @Test
  void aPassiveWhoseSubjectIsNoPartyIsAimedAtThePartyItsPhraseNames() {
    // "Two suspects were handed over to Kenya."
    List<Event> events = new Parsed().sentence(
        "Two/two/CD/O>1:nummod", "suspects/suspect/NNS/O>3:nsubj:pass", "were/be/VBD/O>3:aux:pass",
        "handed/hand/VBN/O>-1:root", "over/over/RP/O>3:compound:prt", "to/to/IN/O>6:case",
        "Kenya/Kenya/NNP/LOCATION>3:obl", "./././O>3:punct")
        .actor("act-1", "Kenya", 6, 6)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.COOPERATE);
      assertThat(e.source()).isNull();
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void whoReceivesArmsIsTheTargetAndWhoTheyComeFromTheSource() {
    // "Kenya received a shipment of rifles from Uganda."
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "received/receive/VBD/O>-1:root", "a/a/DT/O>3:det",
        "shipment/shipment/NN/O>1:obj", "of/of/IN/O>5:case", "rifles/rifle/NNS/O>3:nmod", "from/from/IN/O>7:case",
        "Uganda/Uganda/NNP/LOCATION>3:nmod", "./././O>1:punct")
        .actor("act-1", "Kenya", 0, 0).actor("act-2", "Uganda", 7, 7)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.AID);
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void aFrameWordMatchesAPluralTheLemmatiserKeptWhole() {
    // "Chad sent 300 troops to the border." — CoreNLP gives "troops" as its own lemma
    List<Event> events = new Parsed().sentence(
        "Chad/Chad/NNP/LOCATION>1:nsubj", "sent/send/VBD/O>-1:root", "300/300/CD/O>3:nummod",
        "troops/troops/NNS/O>1:obj", "to/to/IN/O>6:case", "the/the/DT/O>6:det", "border/border/NN/O>1:obl",
        "./././O>1:punct")
        .actor("act-1", "Chad", 0, 0)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MOBILIZE);
      assertThat(e.source()).isEqualTo("act-1");
    });
  }

  @Test
  void aVowToRetaliateIsAThreat() {
    // "The militia vowed to retaliate."
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "militia/militia/NN/O>2:nsubj", "vowed/vow/VBD/O>-1:root", "to/to/TO/O>4:mark",
        "retaliate/retaliate/VB/O>2:xcomp", "./././O>2:punct")
        .actor("act-1", "the militia", 0, 1)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.THREATEN);
      assertThat(e.source()).isEqualTo("act-1");
    });
  }

  @Test
  void tearGasOnMarchersIsForceAndTheirProtestIsNewsOfItsOwn() {
    // "Police used tear gas on marchers protesting the vote."
    List<Event> events = new Parsed().sentence(
        "Police/police/NNS/O>1:nsubj", "used/use/VBD/O>-1:root", "tear/tear/NN/O>3:compound", "gas/gas/NN/O>1:obj",
        "on/on/IN/O>5:case", "marchers/marcher/NNS/O>1:obl", "protesting/protest/VBG/O>5:acl", "the/the/DT/O>8:det",
        "vote/vote/NN/O>6:obj", "./././O>1:punct")
        .actor("act-1", "Police", 0, 0)
        .actor("act-2", "marchers", 5, 5)
        .code();

    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(e.source()).isEqualTo("act-1");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.PROTEST);
      assertThat(e.source()).isEqualTo("act-2");
    });
  }

  @Test
  void closingABorderRestrictsMovement() {
    // "Chad closed its border with Sudan."
    List<Event> events = new Parsed().sentence(
        "Chad/Chad/NNP/LOCATION>1:nsubj", "closed/close/VBD/O>-1:root", "its/its/PRP$/O>3:nmod:poss",
        "border/border/NN/O>1:obj", "with/with/IN/O>5:case", "Sudan/Sudan/NNP/LOCATION>3:nmod", "./././O>1:punct")
        .actor("act-1", "Chad", 0, 0)
        .actor("act-2", "Sudan", 5, 5)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.COERCE);
      assertThat(e.cameo()).isEqualTo("191");
      assertThat(e.source()).isEqualTo("act-1");
    });
  }

  @Test
  void twoStatesJoiningAnAllianceJoinTheAllianceNotEachOther() {
    // "Finland and Sweden will join NATO."
    List<Event> events = new Parsed().sentence(
        "Finland/Finland/NNP/LOCATION>4:nsubj", "and/and/CC/O>2:cc", "Sweden/Sweden/NNP/LOCATION>0:conj",
        "will/will/MD/O>4:aux", "join/join/VB/O>-1:root", "NATO/NATO/NNP/ORGANIZATION>4:obj", "./././O>4:punct")
        .actor("act-1", "Finland", 0, 0)
        .actor("act-2", "Sweden", 2, 2)
        .actor("act-3", "NATO", 5, 5)
        .code();

    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.AGREE);
      assertThat(e.target()).isEqualTo("act-3");
    });
  }

  @Test
  void aPlannedStrikeIsNoStrikeYet() {
    // "Ukraine condemned the planned strikes by Russia."
    List<Event> events = new Parsed().sentence(
        "Ukraine/Ukraine/NNP/LOCATION>1:nsubj", "condemned/condemn/VBD/O>-1:root", "the/the/DT/O>4:det",
        "planned/plan/VBN/O>4:amod", "strikes/strike/NNS/O>1:obj", "by/by/IN/O>6:case",
        "Russia/Russia/NNP/LOCATION>4:nmod", "./././O>1:punct")
        .actor("act-1", "Ukraine", 0, 0)
        .actor("act-2", "Russia", 6, 6)
        .code();

    assertThat(events).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ACCUSE));
    assertThat(events).noneSatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void layingTheBlameOnAPartyAccusesIt() {
    // "The minister laid the blame on the rebels."
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "minister/minister/NN/O>2:nsubj", "laid/lay/VBD/O>-1:root", "the/the/DT/O>4:det",
        "blame/blame/NN/O>2:obj", "on/on/IN/O>7:case", "the/the/DT/O>7:det", "rebels/rebel/NNS/O>2:obl",
        "./././O>2:punct")
        .actor("act-1", "the minister", 0, 1)
        .actor("act-2", "the rebels", 6, 7)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCUSE);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void aConditionSetOnAnotherPartyIsADemand() {
    // "Israel will not withdraw unless Hezbollah disarms."
    List<Event> events = new Parsed().sentence(
        "Israel/Israel/NNP/LOCATION>3:nsubj", "will/will/MD/O>3:aux", "not/not/RB/O>3:advmod",
        "withdraw/withdraw/VB/O>-1:root", "unless/unless/IN/O>6:mark", "Hezbollah/Hezbollah/NNP/ORGANIZATION>6:nsubj",
        "disarms/disarm/VBZ/O>3:advcl", "./././O>3:punct")
        .actor("act-1", "Israel", 0, 0)
        .actor("act-2", "Hezbollah", 5, 5)
        .code();

    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void aThreatCarriesItsConditionAndAPlainConditionDemandsNothing() {
    // "Iran threatened to attack unless Iraq accepted the terms."
    List<Event> threat = new Parsed().sentence(
        "Iran/Iran/NNP/LOCATION>1:nsubj", "threatened/threaten/VBD/O>-1:root", "to/to/TO/O>3:mark",
        "attack/attack/VB/O>1:xcomp", "unless/unless/IN/O>6:mark", "Iraq/Iraq/NNP/LOCATION>6:nsubj",
        "accepted/accept/VBD/O>3:advcl", "the/the/DT/O>8:det", "terms/term/NNS/O>6:obj", "./././O>1:punct")
        .actor("act-1", "Iran", 0, 0)
        .actor("act-2", "Iraq", 5, 5)
        .code();
    // "The army will retaliate if the rebels attack."
    List<Event> plain = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>3:nsubj", "will/will/MD/O>3:aux", "retaliate/retaliate/VB/O>-1:root",
        "if/if/IN/O>7:mark", "the/the/DT/O>6:det", "rebels/rebel/NNS/O>7:nsubj", "attack/attack/VBP/O>3:advcl",
        "./././O>3:punct")
        .actor("act-1", "The army", 0, 1)
        .actor("act-2", "the rebels", 5, 6)
        .code();

    assertThat(threat).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
    assertThat(threat).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
    assertThat(plain).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.REQUEST));
  }

  @Test
  void aWarningThatForeseesADangerThreatensNoOne() {
    // "The UN warned that thousands face hunger."
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "UN/UN/NNP/ORGANIZATION>2:nsubj", "warned/warn/VBD/O>-1:root", "that/that/IN/O>5:mark",
        "thousands/thousand/NNS/O>5:nsubj", "face/face/VBP/O>2:ccomp", "hunger/hunger/NN/O>5:obj",
        "./././O>2:punct")
        .actor("act-1", "the UN", 0, 1)
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void aWarningAddressedToAPartyStaysAThreat() {
    // "The army warned the rebels that it would strike."
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "warned/warn/VBD/O>-1:root", "the/the/DT/O>4:det",
        "rebels/rebel/NNS/O>2:obj", "that/that/IN/O>8:mark", "it/it/PRP/O>8:nsubj", "would/would/MD/O>8:aux",
        "strike/strike/VB/O>2:ccomp", "./././O>2:punct")
        .actor("act-1", "the army", 0, 1)
        .actor("act-2", "the rebels", 3, 4)
        .code();

    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.THREATEN);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void noLongerSeekingIsAConcession() {
    List<Event> events = new Parsed().sentence(
        "Petrov/Petrov/NNP/PERSON>4:nsubj", "is/be/VBZ/O>4:aux", "no/no/RB/O>3:advmod",
        "longer/long/RBR/O>4:advmod", "seeking/seek/VBG/O>-1:root", "membership/membership/NN/O>4:obj",
        "of/of/IN/O>8:case", "the/the/DT/O>8:det", "alliance/alliance/NN/O>5:nmod", "./././O>4:punct")
        .actor("act-1", "Petrov", 0, 0)
        .code();

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.CONCEDE);
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.issues()).contains("neutrality");
  }

  @Test
  void laterMentionOfTheTalksIsMergedIntoOneEventWithTwoEvidenceSpans() {
    Parsed p = new Parsed()
        .sentence("Talks/talk/NNS/O>5:nsubj", "between/between/IN/O>2:case", "Serbia/Serbia/NNP/LOCATION>0:nmod",
            "and/and/CC/O>4:cc", "Kosovo/Kosovo/NNP/LOCATION>2:conj", "resumed/resume/VBD/O>-1:root",
            "on/on/IN/O>7:case", "Monday/Monday/NNP/O>5:obl", "./././O>5:punct")
        .actor("act-1", "Serbia", 2, 2).actor("act-2", "Kosovo", 4, 4)
        .sentence("The/the/DT/O>1:det", "talks/talk/NNS/O>2:nsubj", "ended/end/VBD/O>-1:root",
            "without/without/IN/O>5:case", "a/a/DT/O>5:det", "deal/deal/NN/O>2:obl", "./././O>2:punct");

    List<Event> events = p.code();

    List<Event> consults = events.stream().filter(e -> e.type() == EventType.CONSULT).toList();
    assertThat(consults).hasSize(1);
    assertThat(consults.get(0).evidence()).hasSize(2);
    assertThat(consults.get(0).id()).isEqualTo("ev-1");
    assertThat(List.of(consults.get(0).source(), consults.get(0).target())).containsExactly("act-1", "act-2");
    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE)
        .allMatch(e -> e.polarity() == Polarity.NEGATED);
  }

  @Test
  void prefersTheStateAnActIsAimedAtOverAStatelessObject() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "extradited/extradite/VBD/O>-1:root", "a/a/DT/O>4:det",
        "suspected/suspect/VBN/O>4:amod", "militant/militant/NN/O>1:obj", "to/to/IN/O>6:case",
        "Britain/Britain/NNP/LOCATION>1:obl", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).actor("act-2", "militant", 4, 4)
        .state("act-3", "United Kingdom", "GBR", 6, 6).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.COOPERATE);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-3");
    });
  }

  @Test
  void dropsAnUnattributedKillingInARelativeClauseThatOnlySetsTheScene() {
    List<Event> events = new Parsed().sentence(
        "Protesters/protester/NNS/O>1:nsubj", "rallied/rally/VBD/O>-1:root", "in/in/IN/O>4:case",
        "the/the/DT/O>4:det", "capital/capital/NN/O>1:obl", ",/,/,/O>4:punct", "where/where/WRB/O>10:advmod",
        "three/three/CD/O>8:nummod", "people/people/NNS/O>10:nsubj:pass", "were/be/VBD/O>10:aux:pass",
        "killed/kill/VBN/O>4:acl:relcl", "last/last/JJ/O>12:amod", "month/month/NN/O>10:obl:tmod",
        "./././O>1:punct")
        .actor("act-1", "protesters", 0, 0).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST);
  }

  @Test
  void keepsAnAttackInARelativeClauseWhenItNamesTheAttacker() {
    List<Event> events = new Parsed().sentence(
        "Protesters/protester/NNS/O>1:nsubj", "rallied/rally/VBD/O>-1:root", "in/in/IN/O>4:case",
        "the/the/DT/O>4:det", "capital/capital/NN/O>1:obl", ",/,/,/O>4:punct", "where/where/WRB/O>8:advmod",
        "troops/troops/NNS/O>8:nsubj", "killed/kill/VBD/O>4:acl:relcl", "three/three/CD/O>10:nummod",
        "people/people/NNS/O>8:obj", "./././O>1:punct")
        .actor("act-1", "protesters", 0, 0).actor("act-2", "troops", 7, 7).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST, EventType.ASSAULT);
  }

  @Test
  void anAttackWithNoNamedTargetFallsOnTheStateWhereItHappens() {
    Parsed p = new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "shelled/shell/VBD/O>-1:root", "the/the/DT/O>4:det",
        "northern/northern/JJ/O>4:amod", "town/town/NN/O>1:obj", "of/of/IN/O>6:case", "Gulu/Gulu/NNP/LOCATION>4:nmod",
        "in/in/IN/O>8:case", "Uganda/Uganda/NNP/LOCATION>1:obl", "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0).state("act-2", "Uganda", "UGA", 8, 8);

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void anAttackWhereTheStateIsUnnamedFallsOnItsPeople() {
    Parsed p = new Parsed().sentence(
        "Soldiers/soldier/NNS/O>1:nsubj", "raided/raid/VBD/O>-1:root", "a/a/DT/O>3:det", "market/market/NN/O>1:obj",
        "in/in/IN/O>5:case", "Gulu/Gulu/NNP/LOCATION>3:nmod", "crowded/crowd/VBN/O>1:advcl", "with/with/IN/O>9:case",
        "Ugandan/Ugandan/JJ/O>9:amod", "traders/trader/NNS/O>6:obl", "./././O>1:punct")
        .actor("act-1", "soldiers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "MIL")
        .actor("act-2", "Ugandan traders", 8, 9, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "BUS");

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).filteredOn(e -> e.type() == EventType.ASSAULT)
        .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void aCurfewAStateImposesAtHomeFallsOnThePeopleOfThePlace() {
    Parsed p = new Parsed().sentence(
        "Uganda/Uganda/NNP/LOCATION>1:nsubj", "imposed/impose/VBD/O>-1:root", "a/a/DT/O>3:det",
        "curfew/curfew/NN/O>1:obj", "in/in/IN/O>5:case", "Gulu/Gulu/NNP/LOCATION>1:obl", "./././O>1:punct")
        .state("act-1", "Uganda", "UGA", 0, 0);
    DependencyEventCoder coder = new DependencyEventCoder((s, t, x, pl) -> java.util.Optional.empty(),
        (s, t, x) -> java.util.Optional.of(new Place("Gulu", "UGA", null, null)));

    EventCoder.Coded coded = coder.codeWithActors(p.article(), p.actors(), List.of());

    Event e = coded.events().stream().filter(x -> x.type() == EventType.COERCE).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    org.parley.actors.Actor people = coded.actors().actor(e.target()).orElseThrow();
    assertThat(people.code()).isEqualTo("UGACVL");
    assertThat(people.id()).isEqualTo("act-2");
    assertThat(people.mentions()).singleElement().satisfies(m -> assertThat(m.of(p.text())).isEqualTo("Gulu"));
  }

  @Test
  void insistingOnADemandThatAStateActAimsTheDemandAtThatState() {
    List<Event> events = new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "insisted/insist/VBD/O>-1:root", "on/on/IN/O>4:case",
        "their/their/PRP$/O>4:nmod:poss", "demand/demand/NN/O>1:obl", "that/that/IN/O>7:mark",
        "Zambia/Zambia/NNP/LOCATION>7:nsubj", "resign/resign/VB/O>4:ccomp", "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0)
        .actor("act-1", "rebels", 3, 3, org.parley.actors.MentionKind.PRONOUN, null, "REB")
        .state("act-2", "Zambia", "ZMB", 6, 6)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST)
        .anySatisfy(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void liftingAStateOfEmergencyInAProvinceNoGazetteerKnowsFallsOnThePeopleThere() {
    Parsed p = new Parsed().sentence(
        "Zambia/Zambia/NNP/LOCATION>1:nsubj", "lifted/lift/VBD/O>-1:root", "the/the/DT/O>3:det",
        "state/state/NN/O>1:obj", "of/of/IN/O>5:case", "emergency/emergency/NN/O>3:nmod", "in/in/IN/O>8:case",
        "Lundazi/Lundazi/NNP/LOCATION>8:compound", "Province/Province/NNP/O>3:nmod", "./././O>1:punct")
        .state("act-1", "Zambia", "ZMB", 0, 0);
    DependencyEventCoder coder = new DependencyEventCoder((s, t, x, pl) -> java.util.Optional.empty(),
        (s, t, x) -> java.util.Optional.empty());

    EventCoder.Coded coded = coder.codeWithActors(p.article(), p.actors(), List.of());

    Event e = coded.events().stream().filter(x -> x.type() == EventType.CONCEDE).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    org.parley.actors.Actor people = coded.actors().actor(e.target()).orElseThrow();
    assertThat(people.code()).isEqualTo("ZMBCVL");
    assertThat(people.mentions()).singleElement()
        .satisfies(m -> assertThat(m.of(p.text())).isEqualTo("Lundazi Province"));
  }

  @Test
  void martialLawWithNoOneNamedFallsOnAGroupOfTheStatesOwnPeople() {
    List<Event> events = new Parsed().sentence(
        "Mali/Mali/NNP/LOCATION>1:nsubj", "imposed/impose/VBD/O>-1:root", "martial/martial/JJ/O>3:amod",
        "law/law/NN/O>1:obj", "as/as/IN/O>7:mark", "Malian/Malian/JJ/O>6:amod", "rebels/rebel/NNS/O>7:nsubj",
        "advanced/advance/VBD/O>1:advcl", "./././O>1:punct")
        .state("act-1", "Mali", "MLI", 0, 0)
        .actor("act-2", "Malian rebels", 5, 6, org.parley.actors.MentionKind.DESCRIPTION, "MLI", "REB")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.COERCE)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void anOfficialRefusingToResignDefiesTheirOwnState() {
    List<Event> events = new Parsed().sentence(
        "Tembo/Tembo/NNP/PERSON>1:nsubj", "refused/refuse/VBD/O>-1:root", "to/to/TO/O>3:mark",
        "resign/resign/VB/O>1:xcomp", "after/after/IN/O>6:case", "the/the/DT/O>6:det", "scandal/scandal/NN/O>1:obl",
        "in/in/IN/O>8:case", "Zambia/Zambia/NNP/LOCATION>6:nmod", "./././O>1:punct")
        .actor("act-1", "Tembo", 0, 0, org.parley.actors.MentionKind.NAME, "ZMB", null)
        .state("act-2", "Zambia", "ZMB", 8, 8)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REJECT)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void aMarchInDefianceOfTheArmyIsAimedAtTheArmy() {
    List<Event> events = new Parsed().sentence(
        "Students/student/NNS/O>1:nsubj", "marched/march/VBD/O>-1:root", "in/in/IN/O>3:case",
        "defiance/defiance/NN/O>1:obl", "of/of/IN/O>7:case", "the/the/DT/O>7:det", "Zambian/Zambian/JJ/O>7:amod",
        "army/army/NN/O>3:nmod", "./././O>1:punct")
        .actor("act-1", "students", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, null, "EDU")
        .actor("act-2", "Zambian military", 6, 7, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "MIL")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void demandingThatAStatesPartnersInAUnionActAimsTheDemandAtTheUnion() {
    List<Event> events = new Parsed().sentence(
        "Zambia/Zambia/NNP/LOCATION>1:nsubj", "demanded/demand/VBD/O>-1:root", "that/that/IN/O>7:mark",
        "its/its/PRP$/O>6:nmod:poss", "African/African/NNP/ORGANIZATION>5:compound",
        "Union/Union/NNP/ORGANIZATION>6:compound", "partners/partner/NNS/O>7:nsubj", "lift/lift/VB/O>1:ccomp",
        "the/the/DT/O>9:det", "tariffs/tariff/NNS/O>7:obj", "./././O>1:punct")
        .state("act-1", "Zambia", "ZMB", 0, 0)
        .actor("act-1", "Zambia", 3, 3, org.parley.actors.MentionKind.PRONOUN, "ZMB", "GOV")
        .actor("act-2", "African Union", 4, 5, org.parley.actors.MentionKind.NAME, null, "IGO")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void anOppositionThatAgreesWithNoCounterpartNamedYieldsToItsOwnGovernment() {
    List<Event> events = new Parsed()
        .sentence("Zambia/Zambia/NNP/LOCATION>1:nsubj", "votes/vote/VBZ/O>-1:root", "soon/soon/RB/O>1:advmod",
            "./././O>1:punct")
        .state("act-2", "Zambia", "ZMB", 0, 0)
        .sentence(
        "The/the/DT/O>2:det", "Zambian/Zambian/JJ/O>2:amod", "opposition/opposition/NN/O>3:nsubj",
        "agreed/agree/VBD/O>-1:root", "to/to/TO/O>5:mark", "postpone/postpone/VB/O>3:xcomp", "the/the/DT/O>7:det",
        "rally/rally/NN/O>5:obj", "./././O>3:punct")
        .actor("act-1", "Zambian opposition", 1, 2, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "OPP")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void protestingAbusesCommittedByAGroupIsAimedAtThatGroup() {
    List<Event> events = new Parsed().sentence(
        "Farmers/farmer/NNS/O>1:nsubj", "protested/protest/VBD/O>-1:root", "the/the/DT/O>3:det",
        "abuses/abuse/NNS/O>1:obj", "committed/commit/VBN/O>3:acl", "by/by/IN/O>7:case", "Ugandan/Ugandan/JJ/O>7:amod",
        "guards/guard/NNS/O>4:obl", "./././O>1:punct")
        .actor("act-1", "farmers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "AGR")
        .actor("act-2", "Ugandan police", 6, 7, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "COP")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void aDoerTheParserHangsOnAnActiveProtestIsItsTarget() {
    List<Event> events = new Parsed().sentence(
        "Farmers/farmer/NNS/O>1:nsubj", "protested/protest/VBD/O>-1:root", "the/the/DT/O>3:det",
        "abuses/abuse/NNS/O>1:obj", "by/by/IN/O>6:case", "Ugandan/Ugandan/JJ/O>6:amod",
        "guards/guard/NNS/O>1:obl", "./././O>1:punct")
        .actor("act-1", "farmers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "AGR")
        .actor("act-2", "Ugandan police", 5, 6, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "COP")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void anInquiryIntoAbusesCommittedByAForceIsAimedAtThatForce() {
    List<Event> events = new Parsed().sentence(
        "Police/police/NNS/O>1:nsubj", "opened/open/VBD/O>-1:root", "an/a/DT/O>3:det", "inquiry/inquiry/NN/O>1:obj",
        "into/into/IN/O>5:case", "abuses/abuse/NNS/O>3:nmod", "committed/commit/VBN/O>5:acl", "by/by/IN/O>9:case",
        "Ugandan/Ugandan/JJ/O>9:amod", "troops/troop/NNS/O>6:obl", "./././O>1:punct")
        .actor("act-1", "Kenyan police", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "COP")
        .actor("act-2", "Ugandan military", 8, 9, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "MIL")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void aBlockadeOnlyThreatenedStillFallsOnTheStateItBlockades() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>2:nsubj", "will/will/MD/O>2:aux", "tighten/tighten/VB/O>-1:root",
        "the/the/DT/O>4:det", "blockade/blockade/NN/O>2:obj", "of/of/IN/O>6:case", "Somalia/Somalia/NNP/LOCATION>4:nmod",
        "with/with/IN/O>10:case", "Ethiopia/Ethiopia/NNP/LOCATION>10:nmod:poss", "'s/'s/POS/O>8:case",
        "help/help/NN/O>2:obl", "./././O>2:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Somalia", "SOM", 6, 6)
        .state("act-3", "Ethiopia", "ETH", 8, 8)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void whoDiedOfTortureSufferedIt() {
    List<Event> events = new Parsed().sentence(
        "A/a/DT/O>2:det", "Kenyan/Kenyan/JJ/O>2:amod", "detainee/detainee/NN/O>3:nsubj", "died/die/VBD/O>-1:root",
        "of/of/IN/O>5:case", "torture/torture/NN/O>3:obl", "in/in/IN/O>8:case", "a/a/DT/O>8:det",
        "prison/prison/NN/O>3:obl", "./././O>3:punct")
        .actor("act-1", "Kenyan civilians", 1, 2, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "CVL")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isNull();
          assertThat(e.target()).isEqualTo("act-1");
        });
  }

  @Test
  void easingACurfewImposedInAStateFallsOnThatState() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "president/president/NN/O>2:nsubj", "eased/ease/VBD/O>-1:root", "the/the/DT/O>4:det",
        "curfew/curfew/NN/O>2:obj", "imposed/impose/VBN/O>4:acl", "in/in/IN/O>7:case",
        "Zambia/Zambia/NNP/LOCATION>5:obl", "./././O>2:punct")
        .actor("act-1", "president", 1, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "GOV")
        .state("act-2", "Zambia", "ZMB", 7, 7)
        .code();

    assertThat(events).filteredOn(e -> e.source() != null && e.source().equals("act-1"))
        .anySatisfy(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void aDayTheParserTakesForASubjectIsNoSubject() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "sent/send/VBD/O>-1:root", "monitors/monitor/NNS/O>1:obj",
        "on/on/IN/O>6:mark", "Monday/Monday/NNP/O>6:nsubj", "to/to/TO/O>6:mark", "investigate/investigate/VB/O>1:advcl",
        "the/the/DT/O>8:det", "killings/killing/NNS/O>6:obj", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE)
        .singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void civiliansActingDuringAProtestAreItsProtesters() {
    List<Event> events = new Parsed().sentence(
        "Zambian/Zambian/JJ/O>1:amod", "students/student/NNS/O>2:nsubj", "threw/throw/VBD/O>-1:root",
        "stones/stone/NNS/O>2:obj", "during/during/IN/O>5:case", "demonstrations/demonstration/NNS/O>2:obl",
        "./././O>2:punct")
        .actor("act-1", "Zambian students", 0, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "EDU")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aMainVerbLeftWithoutASubjectTakesTheActorJustBeforeIt() {
    List<Event> events = new Parsed().sentence(
        "After/after/IN/O>1:case", "talks/talk/NNS/O>5:obl", ",/,/PUNCT/O>1:punct", "Zambia/Zambia/NNP/LOCATION>1:appos",
        "has/have/VBZ/O>5:aux", "agreed/agree/VBN/O>-1:root", "to/to/TO/O>7:mark", "withdraw/withdraw/VB/O>5:xcomp",
        "./././O>5:punct")
        .state("act-1", "Zambia", "ZMB", 3, 3)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE || e.type() == EventType.RETREAT)
        .isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aVisitIsPaidToItsHostState() {
    Parsed p = new Parsed().sentence(
        "Uganda/Uganda/NNP/LOCATION>1:nsubj", "reopened/reopen/VBD/O>-1:root", "its/its/PRP$/O>3:nmod:poss",
        "embassy/embassy/NN/O>1:obj", "./././O>1:punct")
        .state("act-2", "Uganda", "UGA", 0, 0)
        .sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "arrived/arrive/VBD/O>-1:root", "in/in/IN/O>4:case",
        "Gulu/Gulu/NNP/LOCATION>2:obl", "on/on/IN/O>7:case", "a/a/DT/O>7:det", "visit/visit/NN/O>2:obl",
        "./././O>2:punct")
        .actor("act-1", "envoy", 1, 1);

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).filteredOn(e -> e.type() == EventType.CONSULT)
        .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void whatAProtestIsBegunToDemandIsNoSeparateDemand() {
    List<Event> events = new Parsed().sentence(
        "Students/student/NNS/O>1:nsubj", "began/begin/VBD/O>-1:root", "a/a/DT/O>4:det", "hunger/hunger/NN/O>4:compound",
        "strike/strike/NN/O>1:obj", "to/to/TO/O>6:mark", "demand/demand/VB/O>1:xcomp", "the/the/DT/O>8:det",
        "release/release/NN/O>6:obj", "of/of/IN/O>10:case", "detainees/detainee/NNS/O>8:nmod", "./././O>1:punct")
        .actor("act-1", "students", 0, 0).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST);
  }

  @Test
  void whatProtestersSayWhileRallyingIsTheRallysMessage() {
    List<Event> events = new Parsed().sentence(
        "Workers/worker/NNS/O>1:nsubj", "rallied/rally/VBD/O>-1:root", "outside/outside/IN/O>4:case",
        "the/the/DT/O>4:det", "ministry/ministry/NN/O>1:obl", ",/,/,/O>1:punct", "saying/say/VBG/O>1:dep",
        "the/the/DT/O>8:det", "minister/minister/NN/O>10:nsubj", "must/must/MD/O>10:aux", "resign/resign/VB/O>6:ccomp",
        "./././O>1:punct")
        .actor("act-1", "workers", 0, 0).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST);
  }

  @Test
  void goingOnStrikeIsAStrikeNotAPlan() {
    List<Event> events = new Parsed().sentence(
        "Nurses/nurse/NNS/O>1:nsubj", "went/go/VBD/O>-1:root", "on/on/IN/O>5:case", "a/a/DT/O>5:det",
        "hunger/hunger/NN/O>5:compound", "strike/strike/NN/O>1:obl", "to/to/TO/O>7:mark", "win/win/VB/O>1:xcomp",
        "back/back/RB/O>7:advmod", "pay/pay/NN/O>7:obj", "./././O>1:punct")
        .actor("act-1", "nurses", 0, 0).code();

    assertThat(events).extracting(Event::type, Event::modality)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.PROTEST, Modality.ASSERTED));
  }

  @Test
  void whoIsOpposedToAPlanIsTheOneRejectingIt() {
    List<Event> events = new Parsed().sentence(
        "Ghana/Ghana/NNP/LOCATION>2:nsubj:pass", "is/be/VBZ/O>2:aux:pass", "opposed/oppose/VBN/O>-1:root",
        "to/to/IN/O>5:case", "the/the/DT/O>5:det", "plan/plan/NN/O>2:obl", "./././O>2:punct")
        .state("act-1", "Ghana", "GHA", 0, 0).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REJECT);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isNull();
    });
  }

  @Test
  void whoIsPutUnderInvestigationIsItsTarget() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "mayor/mayor/NN/O>3:nsubj:pass", "was/be/VBD/O>3:aux:pass", "put/put/VBN/O>-1:root",
        "under/under/IN/O>5:case", "investigation/investigation/NN/O>3:obl", "./././O>3:punct")
        .actor("act-1", "mayor", 1, 1).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCUSE);
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void anInquiryOpenedIsAnInvestigation() {
    List<Event> events = new Parsed().sentence(
        "Auditors/auditor/NNS/O>1:nsubj", "opened/open/VBD/O>-1:root", "an/a/DT/O>3:det", "inquiry/inquiry/NN/O>1:obj",
        "into/into/IN/O>6:case", "the/the/DT/O>6:det", "contracts/contract/NNS/O>3:nmod", "./././O>1:punct")
        .actor("act-1", "auditors", 0, 0).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCUSE);
      assertThat(e.source()).isEqualTo("act-1");
    });
  }

  @Test
  void liftingAStateOfEmergencyIsAConcession() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "governor/governor/NN/O>2:nsubj", "lifted/lift/VBD/O>-1:root", "the/the/DT/O>4:det",
        "state/state/NN/O>2:obj", "of/of/IN/O>6:case", "emergency/emergency/NN/O>4:nmod", "./././O>2:punct")
        .actor("act-1", "governor", 1, 1).code();

    assertThat(events).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.CONCEDE));
  }

  @Test
  void talksDoNotTakeTheirVenueAsAParty() {
    Parsed p = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "met/meet/VBD/O>-1:root", "in/in/IN/O>4:case",
        "Uganda/Uganda/NNP/LOCATION>2:obl", "./././O>2:punct")
        .actor("act-1", "envoy", 1, 1).state("act-2", "Uganda", "UGA", 4, 4);

    assertThat(p.codeAt(new Place("Uganda", "UGA", null, null))).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void anActAnnouncedUnlessAnotherPartyCompliesIsAnIntendedThreat() {
    List<Event> events = new Parsed().sentence(
        "Ghana/Ghana/NNP/LOCATION>2:nsubj", "will/will/MD/O>2:aux", "recall/recall/VB/O>-1:root",
        "its/its/PRP$/O>4:nmod:poss", "ambassador/ambassador/NN/O>2:obj", "unless/unless/IN/O>8:mark",
        "the/the/DT/O>7:det", "junta/junta/NN/O>8:nsubj", "frees/free/VBZ/O>2:advcl",
        "the/the/DT/O>10:det", "detainees/detainee/NNS/O>8:obj", "./././O>2:punct")
        .state("act-1", "Ghana", "GHA", 0, 0).actor("act-2", "junta", 7, 7).code();

    assertThat(events).filteredOn(e -> e.source() != null && e.source().equals("act-1")).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.THREATEN);
          assertThat(e.modality()).isEqualTo(Modality.INTENDED);
        });
  }

  private static Parsed rejectionReportedBy(String speakerWord, boolean state) {
    Parsed p = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "rejected/reject/VBD/O>-1:root", "the/the/DT/O>3:det",
        "request/request/NN/O>1:obj", ",/,/,/O>1:punct", speakerWord + ">7:nsubj", "also/also/RB/O>7:advmod",
        "said/say/VBD/O>1:parataxis", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0);
    return state ? p.state("act-2", "Uganda", "UGA", 5, 5) : p.actor("act-2", "officials", 5, 5);
  }

  @Test
  void aRejectionReportedByAnotherStateIsAlsoItsAccusation() {
    assertThat(rejectionReportedBy("Uganda/Uganda/NNP/LOCATION", true).code()).extracting(Event::type)
        .contains(EventType.REJECT, EventType.ACCUSE);
  }

  @Test
  void aRejectionReportedByUnplacedOfficialsIsNoAccusation() {
    assertThat(rejectionReportedBy("officials/official/NNS/O", false).code()).extracting(Event::type)
        .containsExactly(EventType.REJECT);
  }

  @Test
  void aPurposeClauseTakesTheSubjectOfTheClauseItServes() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "sent/send/VBD/O>-1:root", "envoys/envoy/NNS/O>1:obj",
        "to/to/TO/O>4:mark", "investigate/investigate/VB/O>1:advcl", "the/the/DT/O>6:det",
        "shooting/shooting/NN/O>4:obj", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aReducedRelativeClauseWithoutItsActorOnlyDescribesTheObject() {
    List<Event> events = new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "returned/return/VBD/O>-1:root", "weapons/weapon/NNS/O>1:obj",
        "seized/seize/VBN/O>2:acl", "last/last/JJ/O>5:amod", "year/year/NN/O>3:obl:tmod", "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.RETREAT);
  }

  @Test
  void aThreatIsAimedAtWhoeverMustMeetItsCondition() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "threatened/threaten/VBD/O>-1:root", "to/to/TO/O>3:mark",
        "close/close/VB/O>1:xcomp", "the/the/DT/O>5:det", "border/border/NN/O>3:obj", "if/if/IN/O>8:mark",
        "Uganda/Uganda/NNP/LOCATION>8:nsubj", "raises/raise/VBZ/O>3:advcl", "tariffs/tariff/NNS/O>8:obj",
        "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Uganda", "UGA", 7, 7).code();

    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN).singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void theTargetMayBeNamedInsideTheObject() {
    List<Event> events = new Parsed().sentence(
        "Kenya/Kenya/NNP/LOCATION>1:nsubj", "lifted/lift/VBD/O>-1:root", "sanctions/sanction/NNS/O>1:obj",
        "on/on/IN/O>4:case", "Uganda/Uganda/NNP/LOCATION>2:nmod", "./././O>1:punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Uganda", "UGA", 4, 4).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void anEventNounNamingAKindOfThingIsNoEvent() {
    Parsed p = new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "shot/shoot/VBD/O>-1:root", "down/down/RP/O>1:compound:prt",
        "two/two/CD/O>5:nummod", "attack/attack/NN/O>5:compound", "helicopters/helicopter/NNS/O>1:obj",
        "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0);

    assertThat(p.code()).singleElement().satisfies(e -> assertThat(e.trigger().of(p.text())).startsWith("shot"));
  }

  @Test
  void anActAwaitedBeforeAnObligationIsMetIsNoEvent() {
    List<Event> events = new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "said/say/VBD/O>-1:root", "Kenya/Kenya/NNP/LOCATION>4:nsubj",
        "must/must/MD/O>4:aux", "negotiate/negotiate/VB/O>1:ccomp", "before/before/IN/O>7:mark",
        "they/they/PRP/O>7:nsubj", "disarm/disarm/VB/O>4:advcl", "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0).state("act-2", "Kenya", "KEN", 2, 2).actor("act-1", "rebels", 6, 6).code();

    assertThat(events).extracting(Event::type).doesNotContain(EventType.RETREAT);
  }

  @Test
  void aimsAHandoverAtThePartyItIsMadeToNotAPartyNamedInWhatIsHandedOver() {
    List<Event> events = new Parsed().sentence(
        "Two/two/CD/O>1:nummod", "suspects/suspect/NNS/O>5:nsubj:pass", "from/from/IN/O>3:case",
        "Uganda/Uganda/NNP/LOCATION>1:nmod", "were/be/VBD/O>5:aux:pass", "handed/hand/VBN/O>-1:root",
        "over/over/RP/O>5:compound:prt", "to/to/IN/O>8:case", "Kenya/Kenya/NNP/LOCATION>5:obl", "./././O>5:punct")
        .state("act-1", "Uganda", "UGA", 3, 3).state("act-2", "Kenya", "KEN", 8, 8)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.COOPERATE).findFirst().orElseThrow();
    assertThat(e.target()).isEqualTo("act-2");
    assertThat(e.trace().toString()).contains("recipient-is-target");
  }
}
