// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which event a sentence reports, how sure the coder is of it, and the finer CAMEO code inside the PLOVER type:
 * statements about blame, scene-setting clauses, obligations, peacekeeping and refusals.
 */
class EventSalienceTest {

  private static Event only(List<Event> events, EventType type) {
    List<Event> of = events.stream().filter(e -> e.type() == type).toList();
    assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
    return of.get(0);
  }

  @Test
  void denyingChargesIsADenialOfBlameNotARefusalOfWhatTheChargeNames() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "denied/deny/VBD/O>-1:root",
        "charges/charge/NNS/O>2:obj", "that/that/IN/O>7:mark", "police/police/NN/O>7:nsubj",
        "had/have/VBD/O>7:aux", "beaten/beat/VBN/O>3:ccomp", "detainees/detainee/NNS/O>7:obj", "./././O>2:punct")
        .actor("act-1", "ministry", 1, 1)
        .code();

    Event denial = only(events, EventType.REJECT);
    assertThat(denial.cameo()).isEqualTo("016");
    assertThat(denial.stance()).isNull();
    assertThat(denial.source()).isEqualTo("act-1");
  }

  @Test
  void deniedProposalStaysARefusal() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>2:nsubj", "denied/deny/VBD/O>-1:root",
        "the/the/DT/O>4:det", "request/request/NN/O>2:obj", "./././O>2:punct")
        .actor("act-1", "rebels", 1, 1)
        .code();

    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.cameo()).startsWith("12");
    assertThat(refusal.stance()).isEqualTo(Stance.REJECT);
  }

  @Test
  void claimOfResponsibilityOutranksTheClaimedAttackWhichStaysTheClaimantsAct() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "separatists/separatist/NNS/O>2:nsubj", "claimed/claim/VBD/O>-1:root",
        "responsibility/responsibility/NN/O>2:obj", "for/for/IN/O>5:case", "attacks/attack/NNS/O>3:nmod",
        "on/on/IN/O>8:case", "army/army/NN/O>8:compound", "posts/post/NNS/O>5:nmod", "./././O>2:punct")
        .actor("act-1", "separatists", 1, 1)
        .code();

    Event claim = only(events, EventType.AGREE);
    Event attack = only(events, EventType.ASSAULT);
    assertThat(claim.cameo()).isEqualTo("015");
    assertThat(attack.source()).isEqualTo("act-1");
    assertThat(attack.modality()).isEqualTo(Modality.REPORTED);
    assertThat(attack.attributedTo()).isEqualTo("act-1");
    assertThat(claim.confidence()).isGreaterThan(attack.confidence());
  }

  @Test
  void sceneSettingClauseRanksBelowTheEventTheSentenceReports() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "commander/commander/NN/O>2:nsubj", "resigned/resign/VBD/O>-1:root",
        "as/as/IN/O>5:mark", "troops/troops/NNS/O>5:nsubj", "shelled/shell/VBD/O>2:advcl", "the/the/DT/O>7:det",
        "town/town/NN/O>5:obj", "./././O>2:punct")
        .actor("act-1", "troops", 4, 4)
        .code();

    Event resignation = only(events, EventType.RETREAT);
    Event shelling = only(events, EventType.ASSAULT);
    // the shelling names its actor and the resignation does not, yet the resignation is what is reported
    assertThat(shelling.source()).isEqualTo("act-1");
    assertThat(resignation.confidence()).isGreaterThan(shelling.confidence());
  }

  @Test
  void suspectsSoughtInACrimeAreNoAppeal() {
    List<Event> events = new Parsed().sentence(
        // as the parser reads it: "sought" a bare dependent of the main verb, with "men" as its subject
        "Police/police/NNS/O>1:nsubj", "arrested/arrest/VBD/O>-1:root", "two/two/CD/O>3:nummod",
        "men/man/NNS/O>4:nsubj", "sought/seek/VBN/O>1:dep", "in/in/IN/O>7:case", "the/the/DT/O>7:det",
        "killing/killing/NN/O>4:obl", "./././O>1:punct")
        .actor("act-1", "police", 0, 0)
        .code();

    assertThat(events).extracting(Event::type).doesNotContain(EventType.REQUEST).contains(EventType.COERCE);
  }

  @Test
  void arrestWarrantIsCoercion() {
    List<Event> events = new Parsed().sentence(
        "Prosecutors/prosecutor/NNS/O>1:nsubj", "issued/issue/VBD/O>-1:root", "an/a/DT/O>4:det",
        "arrest/arrest/NN/O>4:compound", "warrant/warrant/NN/O>1:obj", "for/for/IN/O>8:case", "the/the/DT/O>8:det",
        "former/former/JJ/O>8:amod", "governor/governor/NN/O>4:nmod", "./././O>1:punct")
        .actor("act-1", "prosecutors", 0, 0)
        .code();

    Event warrant = only(events, EventType.COERCE);
    assertThat(warrant.cameo()).isEqualTo("173");
    assertThat(warrant.source()).isEqualTo("act-1");
  }

  @Test
  void deployingPeacekeepersIsProtectionNotAShowOfForce() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>2:det", "United/United/NNP/ORGANIZATION>2:compound", "Nations/Nations/NNP/ORGANIZATION>3:nsubj",
        "deployed/deploy/VBD/O>-1:root", "peacekeepers/peacekeeper/NNS/O>3:obj", "along/along/IN/O>7:case",
        "the/the/DT/O>7:det", "border/border/NN/O>3:obl", "./././O>3:punct")
        .actor("act-1", "United Nations", 1, 2)
        .code();

    Event deployment = only(events, EventType.AID);
    assertThat(deployment.cameo()).isEqualTo("074");
    assertThat(deployment.source()).isEqualTo("act-1");
    assertThat(events).extracting(Event::type).doesNotContain(EventType.MOBILIZE);
  }

  @Test
  void deployingTroopsStaysMobilization() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "deployed/deploy/VBD/O>-1:root", "tanks/tank/NNS/O>2:obj",
        "along/along/IN/O>6:case", "the/the/DT/O>6:det", "border/border/NN/O>2:obl", "./././O>2:punct")
        .actor("act-1", "army", 1, 1)
        .code();

    assertThat(only(events, EventType.MOBILIZE).cameo()).isEqualTo("154");
  }

  @Test
  void obligationOnTheClauseAnActServesIsTheSpeakersDemand() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "charity/charity/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "the/the/DT/O>4:det",
        "army/army/NN/O>6:nsubj", "must/must/MD/O>6:aux", "ensure/ensure/VB/O>2:ccomp", "safety/safety/NN/O>6:obj",
        "to/to/TO/O>9:mark", "allow/allow/VB/O>6:xcomp", "convoys/convoy/NNS/O>9:obj", "into/into/IN/O>13:case",
        "the/the/DT/O>13:det", "town/town/NN/O>10:nmod", "./././O>2:punct")
        .actor("act-1", "charity", 1, 1).actor("act-2", "army", 4, 4)
        .code();

    Event demand = only(events, EventType.REQUEST);
    assertThat(demand.cameo()).startsWith("10");
    assertThat(demand.source()).isEqualTo("act-1");
    assertThat(demand.target()).isEqualTo("act-2");
    assertThat(demand.stance()).isEqualTo(Stance.DEMAND);
  }

  @Test
  void violatingATruceAgreementIsACeasefireViolation() {
    List<Event> events = new Parsed().sentence(
        "Both/both/DT/O>1:det", "armies/army/NNS/O>2:nsubj", "violated/violate/VBD/O>-1:root", "the/the/DT/O>5:det",
        "truce/truce/NN/O>5:compound", "agreement/agreement/NN/O>2:obj", "overnight/overnight/RB/O>2:advmod",
        "./././O>2:punct")
        .actor("act-1", "armies", 1, 1)
        .code();

    assertThat(only(events, EventType.ASSAULT).cameo()).isEqualTo("196");
  }

  @Test
  void refusingToWithdrawKeepsTheCodeOfWhatIsRefused() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>4:nsubj", "will/will/MD/O>4:aux", "not/not/RB/O>4:advmod",
        "withdraw/withdraw/VB/O>-1:root", "from/from/IN/O>7:case", "the/the/DT/O>7:det", "town/town/NN/O>4:obl",
        "./././O>4:punct")
        .actor("act-1", "rebels", 1, 1)
        .code();

    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.cameo()).isEqualTo("124");
    assertThat(refusal.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void evidencePresentedInThePassiveIsAnAccusationByTheAgent() {
    List<Event> events = new Parsed().sentence(
        "Evidence/evidence/NN/O>5:nsubj:pass", "against/against/IN/O>3:case", "the/the/DT/O>3:det",
        "minister/minister/NN/O>0:nmod", "was/be/VBD/O>5:aux:pass", "presented/present/VBN/O>-1:root",
        "by/by/IN/O>7:case", "prosecutors/prosecutor/NNS/O>5:obl", "./././O>5:punct")
        .actor("act-1", "minister", 3, 3).actor("act-2", "prosecutors", 7, 7)
        .code();

    Event accusation = only(events, EventType.ACCUSE);
    assertThat(accusation.source()).isEqualTo("act-2");
    assertThat(accusation.target()).isEqualTo("act-1");
  }

  @Test
  void hypotheticalEventRanksBelowTheSameEventAsserted() {
    Event asserted = only(new Parsed().sentence(
        "Rebels/rebel/NNS/O>1:nsubj", "shelled/shell/VBD/O>-1:root", "the/the/DT/O>3:det", "town/town/NN/O>1:obj",
        "./././O>1:punct")
        .actor("act-1", "rebels", 0, 0)
        .code(), EventType.ASSAULT);
    Event possible = only(new Parsed().sentence(
        "Rebels/rebel/NNS/O>2:nsubj", "could/could/MD/O>2:aux", "shell/shell/VB/O>-1:root", "the/the/DT/O>4:det",
        "town/town/NN/O>2:obj", "./././O>2:punct")
        .actor("act-1", "rebels", 0, 0)
        .code(), EventType.ASSAULT);

    assertThat(possible.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(possible.confidence()).isLessThan(asserted.confidence());
  }

  @Test
  void purposeOfAPlannedActIsPlannedToo() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "agency/agency/NN/O>3:nsubj", "will/will/MD/O>3:aux", "send/send/VB/O>-1:root",
        "a/a/DT/O>5:det", "team/team/NN/O>3:obj", "to/to/TO/O>7:mark", "help/help/VB/O>3:xcomp", "the/the/DT/O>10:det",
        "flood/flood/NN/O>10:compound", "victims/victim/NNS/O>7:obj", "./././O>3:punct")
        .actor("act-1", "agency", 1, 1)
        .code();

    Event offer = only(events, EventType.AGREE);
    assertThat(offer.cameo()).isEqualTo("033");
    assertThat(offer.modality()).isEqualTo(Modality.INTENDED);
    assertThat(offer.source()).isEqualTo("act-1");
  }

  @Test
  void widenedFreedomsEaseRestrictions() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "council/council/NN/O>3:nsubj", "has/have/VBZ/O>3:aux", "taken/take/VBN/O>-1:root",
        "steps/step/NNS/O>3:obj", "to/to/TO/O>6:mark", "enhance/enhance/VB/O>3:xcomp", "press/press/NN/O>8:compound",
        "freedoms/freedom/NNS/O>6:obj", "./././O>3:punct")
        .actor("act-1", "council", 1, 1)
        .code();

    Event easing = only(events, EventType.CONCEDE);
    assertThat(easing.cameo()).isEqualTo("0811");
    assertThat(easing.source()).isEqualTo("act-1");
  }

  @Test
  void announcedSuspensionIsTheAnnouncersSanction() {
    List<Event> events = new Parsed().sentence(
        "Italy/Italy/NNP/LOCATION>1:nsubj", "announced/announce/VBD/O>-1:root", "a/a/DT/O>3:det",
        "suspension/suspension/NN/O>1:obj", "of/of/IN/O>5:case", "flights/flight/NNS/O>3:nmod", "to/to/IN/O>7:case",
        "Serbia/Serbia/NNP/LOCATION>5:nmod", "./././O>1:punct")
        .state("act-1", "Italy", "ITA", 0, 0).state("act-2", "Serbia", "SRB", 7, 7)
        .code();

    Event suspension = only(events, EventType.SANCTION);
    assertThat(suspension.source()).isEqualTo("act-1");
    assertThat(suspension.target()).isEqualTo("act-2");
  }

  @Test
  void pressReleaseFreesNobody() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "in/in/IN/O>6:case",
        "a/a/DT/O>6:det", "press/press/NN/O>6:compound", "release/release/NN/O>2:obl", "that/that/IN/O>10:mark",
        "troops/troops/NNS/O>10:nsubj", "had/have/VBD/O>10:aux", "shelled/shell/VBN/O>2:ccomp",
        "depots/depot/NNS/O>10:obj", "./././O>2:punct")
        .actor("act-1", "army", 1, 1).actor("act-2", "troops", 8, 8)
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
  }

  @Test
  void chargesRejectedAsFalseAreDeniedEvenWhenTheParserMakesThemAnAsPhrase() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "rejected/reject/VBD/O>-1:root", "as/as/IN/O>6:case",
        "false/false/JJ/O>6:amod", "the/the/DT/O>6:det", "charges/charge/NNS/O>2:obl", "that/that/IN/O>10:mark",
        "it/it/PRP/O>10:nsubj", "had/have/VBD/O>10:aux", "bribed/bribe/VBN/O>6:ccomp", "judges/judge/NNS/O>10:obj",
        "./././O>2:punct")
        .actor("act-1", "ministry", 1, 1)
        .code();

    assertThat(only(events, EventType.REJECT).cameo()).isEqualTo("016");
  }

  @Test
  void peopleHeldAsHostagesAreAbductedAndAsShieldsCoerced() {
    List<Event> hostages = new Parsed().sentence(
        "Gunmen/gunman/NNS/O>1:nsubj", "held/hold/VBD/O>-1:root", "three/three/CD/O>3:nummod",
        "engineers/engineer/NNS/O>1:obj", "as/as/IN/O>5:case", "hostages/hostage/NNS/O>1:obl", "for/for/IN/O>8:case",
        "a/a/DT/O>8:det", "week/week/NN/O>5:nmod", "./././O>1:punct")
        .actor("act-1", "gunmen", 0, 0)
        .code();
    List<Event> shields = new Parsed().sentence(
        "The/the/DT/O>1:det", "militia/militia/NN/O>2:nsubj", "held/hold/VBD/O>-1:root", "villagers/villager/NNS/O>2:obj",
        "as/as/IN/O>6:case", "human/human/JJ/O>6:amod", "shields/shield/NNS/O>2:obl", "./././O>2:punct")
        .actor("act-1", "militia", 1, 1)
        .code();
    List<Event> talks = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoys/envoy/NNS/O>2:nsubj", "held/hold/VBD/O>-1:root", "talks/talk/NNS/O>2:obj",
        "./././O>2:punct")
        .actor("act-1", "envoys", 1, 1)
        .code();

    assertThat(only(hostages, EventType.ASSAULT).cameo()).isEqualTo("181");
    assertThat(only(shields, EventType.COERCE).source()).isEqualTo("act-1");
    assertThat(talks).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void widenedFreedomsFallOnTheGovernmentsOwnCountry() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "president/president/NN/O>2:nsubj", "enhanced/enhance/VBD/O>-1:root",
        "press/press/NN/O>4:compound", "freedoms/freedom/NNS/O>2:obj", "./././O>2:punct")
        .actor("act-1", "president", 0, 1, org.parley.actors.MentionKind.NAME, "KEN", "GOV")
        .sentence("Kenya/Kenya/NNP/LOCATION>1:nsubj", "welcomed/welcome/VBD/O>-1:root", "it/it/PRP/O>1:obj",
            "./././O>1:punct")
        .state("act-2", "Kenya", "KEN", 0, 0)
        .code();

    Event easing = only(events, EventType.CONCEDE);
    assertThat(easing.source()).isEqualTo("act-1");
    assertThat(easing.target()).isEqualTo("act-2");
  }

  @Test
  void paidCompensationIsRestitution() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "state/state/NN/O>2:nsubj", "paid/pay/VBD/O>-1:root",
        "compensation/compensation/NN/O>2:obj", "to/to/IN/O>5:case", "farmers/farmer/NNS/O>2:obl", "./././O>2:punct")
        .actor("act-1", "state", 1, 1).actor("act-2", "farmers", 5, 5)
        .code();

    Event restitution = only(events, EventType.RETREAT);
    assertThat(restitution.cameo()).isEqualTo("0842");
    assertThat(restitution.source()).isEqualTo("act-1");
    assertThat(restitution.target()).isEqualTo("act-2");
  }
}
