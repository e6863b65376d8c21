// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/**
 * Which event a wire sentence reports, read the way PLOVER codes it: the main clause's event rather than the scene
 * around it, and the sense of a word its arguments select. Parses are CoreNLP's for our own sentences.
 */
class PloverCodingTest {

  @Test
  void aCallOnPartiesParsedAsAParticleIsStillADemandAndItsContentNoDeed() {
    // the parser often reads "called on all parties" as a particle verb with an object
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "called/call/VBD/O>-1:root", "on/on/RP/O>2:compound:prt",
        "all/all/DT/O>5:det", "sides/side/NNS/O>2:obj", "to/to/TO/O>7:mark", "halt/halt/VB/O>2:xcomp",
        "attacks/attack/NNS/O>7:obj", "on/on/IN/O>11:case", "the/the/DT/O>11:det", "port/port/NN/O>8:nmod",
        "./././O>2:punct")
        .actor("act-1", "envoy", 1, 1, MentionKind.NAME, null, "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void timeClauseGivesWayToTheMainClausesEventEvenNamingItsDoer() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "governor/governor/NN/O>2:nsubj", "resigned/resign/VBD/O>-1:root", "on/on/IN/O>4:case",
        "Monday/Monday/NNP/O>2:obl", "as/as/IN/O>7:mark", "protesters/protester/NNS/O>7:nsubj",
        "threatened/threaten/VBD/O>2:advcl", "to/to/TO/O>9:mark", "storm/storm/VB/O>7:xcomp", "his/he/PRP$/O>11:nmod:poss",
        "office/office/NN/O>9:obj", "./././O>2:punct")
        .actor("act-1", "governor", 1, 1, MentionKind.NAME, null, "GOV")
        .actor("act-2", "protesters", 6, 6, MentionKind.NAME, null, "CVL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.RETREAT);
  }

  @Test
  void passiveRelativeClauseOnlyDescribesItsNoun() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "demanded/demand/VBD/O>-1:root", "the/the/DT/O>4:det",
        "return/return/NN/O>2:obj", "of/of/IN/O>7:case", "a/a/DT/O>7:det", "tanker/tanker/NN/O>4:nmod",
        "that/that/WDT/O>10:nsubj:pass", "was/be/VBD/O>10:aux:pass", "seized/seize/VBN/O>7:acl:relcl", "by/by/IN/O>12:case",
        "rebels/rebel/NNS/O>10:obl", "last/last/JJ/O>14:amod", "week/week/NN/O>10:obl:tmod", "./././O>2:punct")
        .actor("act-1", "ministry", 1, 1, MentionKind.NAME, null, "GOV")
        .actor("act-2", "rebels", 12, 12, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void talksNamedOnlyAsTheSettingOfADemandAreNoSecondEvent() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>2:nsubj", "demanded/demand/VBD/O>-1:root", "an/a/DT/O>4:det",
        "amnesty/amnesty/NN/O>2:obj", "for/for/IN/O>7:case", "their/they/PRP$/O>7:nmod:poss", "fighters/fighter/NNS/O>4:nmod",
        "at/at/IN/O>11:case", "the/the/DT/O>11:det", "latest/late/JJS/O>11:amod", "round/round/NN/O>2:obl",
        "of/of/IN/O>13:case", "talks/talk/NNS/O>11:nmod", "./././O>2:punct")
        .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
  }

  @Test
  void talksHeldAsARoundAreStillTheEvent() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "sides/side/NNS/O>2:nsubj", "held/hold/VBD/O>-1:root", "a/a/DT/O>5:det",
        "new/new/JJ/O>5:amod", "round/round/NN/O>2:obj", "of/of/IN/O>7:case", "talks/talk/NNS/O>5:nmod",
        "./././O>2:punct")
        .actor("act-1", "sides", 1, 1, MentionKind.NAME, null, "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void assaultAbsorbsTheMobilisationBeforeIt() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "deployed/deploy/VBD/O>-1:root", "tanks/tank/NNS/O>2:obj",
        "and/and/CC/O>5:cc", "shelled/shell/VBD/O>2:conj", "the/the/DT/O>7:det", "village/village/NN/O>5:obj",
        "./././O>2:punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, null, "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
  }

  @Test
  void jointExercisesOfTwoNaviesAreMilitaryCooperation() {
    List<Event> events = new Parsed().sentence(
        "Greek/Greek/JJ/O>3:amod", "and/and/CC/O>2:cc", "Cypriot/cypriot/JJ/O>0:conj", "warships/warship/NNS/O>4:nsubj",
        "began/begin/VBD/O>-1:root", "joint/joint/JJ/O>6:amod", "exercises/exercise/NNS/O>4:obj", "off/off/IN/O>9:case",
        "the/the/DT/O>9:det", "coast/coast/NN/O>6:nmod", "./././O>4:punct")
        .actor("act-1", "Greek military", 0, 0, MentionKind.NAME, "GRC", "MIL")
        .actor("act-2", "Cypriot military", 2, 2, MentionKind.NAME, "CYP", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COOPERATE);
    assertThat(events.get(0).cameo()).isEqualTo("062");
  }

  @Test
  void oneNavysDrillsStayAShowOfForce() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "navy/navy/NN/O>2:nsubj", "began/begin/VBD/O>-1:root", "military/military/JJ/O>4:amod",
        "exercises/exercise/NNS/O>2:obj", "off/off/IN/O>7:case", "the/the/DT/O>7:det", "coast/coast/NN/O>4:nmod",
        "./././O>2:punct")
        .actor("act-1", "navy", 1, 1, MentionKind.NAME, "GRC", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.MOBILIZE);
  }

  @Test
  void summoningAnAmbassadorIsAProtestNotARequest() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "summoned/summon/VBD/O>-1:root", "the/the/DT/O>5:det",
        "Chinese/Chinese/JJ/O>5:amod", "ambassador/ambassador/NN/O>2:obj", "to/to/TO/O>7:mark", "protest/protest/VB/O>2:xcomp",
        "against/against/IN/O>10:case", "the/the/DT/O>10:det", "raid/raid/NN/O>7:obl", "./././O>2:punct")
        .actor("act-1", "ministry", 1, 1, MentionKind.NAME, "IND", "GOV")
        .actor("act-2", "China", 4, 5, MentionKind.NAME, "CHN", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ACCUSE);
    assertThat(events.get(0).target()).isEqualTo("act-2");
  }

  @Test
  void forceHeldOverAConditionWithMayIsAThreat() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "bank/bank/NN/O>3:nsubj", "may/may/MD/O>3:aux", "halt/halt/VB/O>-1:root",
        "its/its/PRP$/O>5:nmod:poss", "loans/loan/NNS/O>3:obj", "if/if/IN/O>9:mark", "the/the/DT/O>8:det",
        "fighting/fighting/NN/O>9:nsubj", "continues/continue/VBZ/O>3:advcl", "./././O>3:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.THREATEN);
    assertThat(events.get(0).cameo()).isEqualTo("131");
  }

  @Test
  void aProtestMadeInWordsIsAnAccusation() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "union/union/NN/O>2:nsubj", "protested/protest/VBD/O>-1:root", "that/that/IN/O>7:mark",
        "the/the/DT/O>5:det", "arrests/arrest/NNS/O>7:nsubj", "were/be/VBD/O>7:cop", "illegal/illegal/JJ/O>2:ccomp",
        "./././O>2:punct")
        .code();

    assertThat(events).extracting(Event::type).contains(EventType.ACCUSE).doesNotContain(EventType.PROTEST);
  }

  @Test
  void blockingACrossingIsObstructionButBlockingAResolutionIsRejection() {
    List<Event> crossing = new Parsed().sentence(
        "Truckers/trucker/NNS/O>1:nsubj", "blocked/block/VBD/O>-1:root", "the/the/DT/O>4:det",
        "border/border/NN/O>4:compound", "crossing/crossing/NN/O>1:obj", "on/on/IN/O>6:case", "Friday/Friday/NNP/O>1:obl",
        "./././O>1:punct")
        .code();
    List<Event> resolution = new Parsed().sentence(
        "Two/two/CD/O>1:nummod", "members/member/NNS/O>2:nsubj", "blocked/block/VBD/O>-1:root", "the/the/DT/O>4:det",
        "resolution/resolution/NN/O>2:obj", "./././O>2:punct")
        .code();

    assertThat(crossing).extracting(Event::type).containsExactly(EventType.PROTEST);
    assertThat(crossing.get(0).mode()).isEqualTo("obstruct");
    assertThat(resolution).extracting(Event::type).containsExactly(EventType.REJECT);
  }

  @Test
  void handingOverTonnesOfFoodIsAid() {
    List<Event> events = new Parsed().sentence(
        "Volunteers/volunteer/NNS/O>1:nsubj", "handed/hand/VBD/O>-1:root", "over/over/RP/O>1:compound:prt",
        "300/300/CD/O>4:nummod", "tonnes/tonne/NNS/O>1:obj", "of/of/IN/O>6:case", "food/food/NN/O>4:nmod",
        "to/to/IN/O>9:case", "the/the/DT/O>9:det", "shelter/shelter/NN/O>1:obl", "./././O>1:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.AID);
  }

  @Test
  void mustOnAHelperVerbMakesTheReportedHelpADemand() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "the/the/DT/O>4:det",
        "donors/donor/NNS/O>6:nsubj", "must/must/MD/O>6:aux", "raise/raise/VB/O>2:ccomp", "funds/fund/NNS/O>6:obj",
        "to/to/TO/O>9:mark", "help/help/VB/O>6:xcomp", "the/the/DT/O>11:det", "refugees/refugee/NNS/O>9:obj",
        "./././O>2:punct")
        .actor("act-1", "envoy", 1, 1, MentionKind.NAME, "NOR", "GOV")
        .actor("act-2", "donors", 4, 4, MentionKind.NAME, null, "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void aPressReleaseReleasesNoOne() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "in/in/IN/O>6:case", "a/a/DT/O>6:det",
        "press/press/NN/O>6:compound", "release/release/NN/O>2:obl", "that/that/WDT/O>11:dep", "the/the/DT/O>9:det",
        "convoy/convoy/NN/O>11:nsubj", "had/have/VBD/O>11:aux", "reached/reach/VBN/O>2:ccomp", "the/the/DT/O>13:det",
        "town/town/NN/O>11:obj", "./././O>2:punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, null, "MIL")
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void dispatchingInspectorsIsAnInvestigation() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "agency/agency/NN/O>2:nsubj", "dispatched/dispatch/VBD/O>-1:root",
        "inspectors/inspector/NNS/O>2:obj", "to/to/IN/O>7:case", "the/the/DT/O>7:det", "reactor/reactor/NN/O>7:compound",
        "site/site/NN/O>2:obl", "./././O>2:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ACCUSE);
    assertThat(events.get(0).mode()).isEqualTo("investigate");
  }

  @Test
  void mobilisingDonorsIsNoShowOfForce() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "charity/charity/NN/O>2:nsubj", "mobilized/mobilize/VBD/O>-1:root",
        "donors/donor/NNS/O>2:obj", "to/to/TO/O>5:mark", "rebuild/rebuild/VB/O>2:xcomp", "the/the/DT/O>7:det",
        "school/school/NN/O>5:obj", "./././O>2:punct")
        .actor("act-1", "charity", 1, 1, MentionKind.NAME, null, "NGO")
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void violatingTheCeasefireAgreementIsAnAssault() {
    List<Event> events = new Parsed().sentence(
        "Both/both/DT/O>1:det", "armies/army/NNS/O>2:nsubj", "violated/violate/VBD/O>-1:root", "the/the/DT/O>5:det",
        "ceasefire/ceasefire/NN/O>5:compound", "agreement/agreement/NN/O>2:obj", "overnight/overnight/RB/O>2:advmod",
        "./././O>2:punct")
        .actor("act-1", "armies", 1, 1, MentionKind.NAME, null, "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).cameo()).isEqualTo("196");
  }

  @Test
  void whoIsGuiltyOfViolatingTheTruceViolatesIt() {
    List<Event> events = new Parsed().sentence(
        "Both/both/DT/O>1:det", "militias/militia/NNS/O>3:nsubj", "are/be/VBP/O>3:cop", "guilty/guilty/JJ/O>-1:root",
        "of/of/IN/O>5:case", "violating/violate/VBG/O>3:advcl", "the/the/DT/O>7:det", "truce/truce/NN/O>5:obj",
        "./././O>3:punct")
        .actor("act-1", "militias", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void troopsOnAlertAfterClashesAreReadiedNotFighting() {
    List<Event> events = new Parsed().sentence(
        "Border/Border/NNP/O>1:compound", "troops/troops/NNS/O>2:nsubj", "remained/remain/VBD/O>-1:root",
        "on/on/IN/O>4:case", "alert/alert/NN/O>2:obl", "after/after/IN/O>7:case", "the/the/DT/O>7:det",
        "clashes/clash/NNS/O>2:obl", "./././O>2:punct")
        .actor("act-1", "troops", 1, 1, MentionKind.NAME, "IND", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.MOBILIZE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }
}
