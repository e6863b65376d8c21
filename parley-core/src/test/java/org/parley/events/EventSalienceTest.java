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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj denied|deny/VBD/-1/root charges|charge/NNS/2/obj that/IN/7/mark "
            + "police/NN/7/nsubj had|have/VBD/7/aux beaten|beat/VBN/3/ccomp detainees|detainee/NNS/7/obj ././2/punct")
        .actor("act-1", "ministry", 1, 1)
        .code();

    Event denial = only(events, EventType.REJECT);
    assertThat(denial.cameo()).isEqualTo("016");
    assertThat(denial.stance()).isNull();
    assertThat(denial.source()).isEqualTo("act-1");
  }

  @Test
  void deniedProposalStaysARefusal() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/2/nsubj denied|deny/VBD/-1/root the/DT/4/det request/NN/2/obj ././2/punct")
        .actor("act-1", "rebels", 1, 1)
        .code();

    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.cameo()).startsWith("12");
    assertThat(refusal.stance()).isEqualTo(Stance.REJECT);
  }

  @Test
  void claimOfResponsibilityOutranksTheClaimedAttackWhichStaysTheClaimantsAct() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det separatists|separatist/NNS/2/nsubj claimed|claim/VBD/-1/root responsibility/NN/2/obj "
            + "for/IN/5/case attacks|attack/NNS/3/nmod on/IN/8/case army/NN/8/compound posts|post/NNS/5/nmod "
            + "././2/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det commander/NN/2/nsubj resigned|resign/VBD/-1/root as/IN/5/mark troops/NNS/5/nsubj "
            + "shelled|shell/VBD/2/advcl the/DT/7/det town/NN/5/obj ././2/punct")
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
    List<Event> events = new CodedArticle().sentence(
        // as the parser reads it: "sought" a bare dependent of the main verb, with "men" as its subject
        "Police/NNS/1/nsubj arrested|arrest/VBD/-1/root two/CD/3/nummod men|man/NNS/4/nsubj sought|seek/VBN/1/dep "
            + "in/IN/7/case the/DT/7/det killing/NN/4/obl ././1/punct")
        .actor("act-1", "police", 0, 0)
        .code();

    assertThat(events).extracting(Event::type).doesNotContain(EventType.REQUEST).contains(EventType.COERCE);
  }

  @Test
  void arrestWarrantIsCoercion() {
    List<Event> events = new CodedArticle().sentence(
        "Prosecutors|prosecutor/NNS/1/nsubj issued|issue/VBD/-1/root an|a/DT/4/det arrest/NN/4/compound "
            + "warrant/NN/1/obj for/IN/8/case the/DT/8/det former/JJ/8/amod governor/NN/4/nmod ././1/punct")
        .actor("act-1", "prosecutors", 0, 0)
        .code();

    Event warrant = only(events, EventType.COERCE);
    assertThat(warrant.cameo()).isEqualTo("173");
    assertThat(warrant.source()).isEqualTo("act-1");
  }

  @Test
  void deployingPeacekeepersIsProtectionNotAShowOfForce() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/2/det United/NNP/ORGANIZATION/2/compound Nations/NNP/ORGANIZATION/3/nsubj "
            + "deployed|deploy/VBD/-1/root peacekeepers|peacekeeper/NNS/3/obj along/IN/7/case the/DT/7/det "
            + "border/NN/3/obl ././3/punct")
        .actor("act-1", "United Nations", 1, 2)
        .code();

    Event deployment = only(events, EventType.AID);
    assertThat(deployment.cameo()).isEqualTo("074");
    assertThat(deployment.source()).isEqualTo("act-1");
    assertThat(events).extracting(Event::type).doesNotContain(EventType.MOBILIZE);
  }

  @Test
  void deployingTroopsStaysMobilization() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/2/nsubj deployed|deploy/VBD/-1/root tanks|tank/NNS/2/obj along/IN/6/case the/DT/6/det "
            + "border/NN/2/obl ././2/punct")
        .actor("act-1", "army", 1, 1)
        .code();

    assertThat(only(events, EventType.MOBILIZE).cameo()).isEqualTo("154");
  }

  @Test
  void obligationOnTheClauseAnActServesIsTheSpeakersDemand() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det charity/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det army/NN/6/nsubj must/MD/6/aux "
            + "ensure/VB/2/ccomp safety/NN/6/obj to/TO/9/mark allow/VB/6/xcomp convoys|convoy/NNS/9/obj "
            + "into/IN/13/case the/DT/13/det town/NN/10/nmod ././2/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Both/DT/1/det armies|army/NNS/2/nsubj violated|violate/VBD/-1/root the/DT/5/det truce/NN/5/compound "
            + "agreement/NN/2/obj overnight/RB/2/advmod ././2/punct")
        .actor("act-1", "armies", 1, 1)
        .code();

    assertThat(only(events, EventType.ASSAULT).cameo()).isEqualTo("196");
  }

  @Test
  void refusingToWithdrawKeepsTheCodeOfWhatIsRefused() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/4/nsubj will/MD/4/aux not/RB/4/advmod withdraw/VB/-1/root from/IN/7/case "
            + "the/DT/7/det town/NN/4/obl ././4/punct")
        .actor("act-1", "rebels", 1, 1)
        .code();

    Event refusal = only(events, EventType.REJECT);
    assertThat(refusal.cameo()).isEqualTo("124");
    assertThat(refusal.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void evidencePresentedInThePassiveIsAnAccusationByTheAgent() {
    List<Event> events = new CodedArticle().sentence(
        "Evidence/NN/5/nsubj:pass against/IN/3/case the/DT/3/det minister/NN/0/nmod was|be/VBD/5/aux:pass "
            + "presented|present/VBN/-1/root by/IN/7/case prosecutors|prosecutor/NNS/5/obl ././5/punct")
        .actor("act-1", "minister", 3, 3).actor("act-2", "prosecutors", 7, 7)
        .code();

    Event accusation = only(events, EventType.ACCUSE);
    assertThat(accusation.source()).isEqualTo("act-2");
    assertThat(accusation.target()).isEqualTo("act-1");
  }

  @Test
  void hypotheticalEventRanksBelowTheSameEventAsserted() {
    Event asserted = only(new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/3/det town/NN/1/obj ././1/punct")
        .actor("act-1", "rebels", 0, 0)
        .code(), EventType.ASSAULT);
    Event possible = only(new CodedArticle().sentence(
        "Rebels|rebel/NNS/2/nsubj could/MD/2/aux shell/VB/-1/root the/DT/4/det town/NN/2/obj ././2/punct")
        .actor("act-1", "rebels", 0, 0)
        .code(), EventType.ASSAULT);

    assertThat(possible.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(possible.confidence()).isLessThan(asserted.confidence());
  }

  @Test
  void purposeOfAPlannedActIsPlannedToo() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det agency/NN/3/nsubj will/MD/3/aux send/VB/-1/root a/DT/5/det team/NN/3/obj to/TO/7/mark "
            + "help/VB/3/xcomp the/DT/10/det flood/NN/10/compound victims|victim/NNS/7/obj ././3/punct")
        .actor("act-1", "agency", 1, 1)
        .code();

    Event offer = only(events, EventType.AGREE);
    assertThat(offer.cameo()).isEqualTo("033");
    assertThat(offer.modality()).isEqualTo(Modality.INTENDED);
    assertThat(offer.source()).isEqualTo("act-1");
  }

  @Test
  void widenedFreedomsEaseRestrictions() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det council/NN/3/nsubj has|have/VBZ/3/aux taken|take/VBN/-1/root steps|step/NNS/3/obj to/TO/6/mark "
            + "enhance/VB/3/xcomp press/NN/8/compound freedoms|freedom/NNS/6/obj ././3/punct")
        .actor("act-1", "council", 1, 1)
        .code();

    Event easing = only(events, EventType.CONCEDE);
    assertThat(easing.cameo()).isEqualTo("0811");
    assertThat(easing.source()).isEqualTo("act-1");
  }

  @Test
  void announcedSuspensionIsTheAnnouncersSanction() {
    List<Event> events = new CodedArticle().sentence(
        "Italy/NNP/LOCATION/1/nsubj announced|announce/VBD/-1/root a/DT/3/det suspension/NN/1/obj of/IN/5/case "
            + "flights|flight/NNS/3/nmod to/IN/7/case Serbia/NNP/LOCATION/5/nmod ././1/punct")
        .state("act-1", "Italy", "ITA", 0, 0).state("act-2", "Serbia", "SRB", 7, 7)
        .code();

    Event suspension = only(events, EventType.SANCTION);
    assertThat(suspension.source()).isEqualTo("act-1");
    assertThat(suspension.target()).isEqualTo("act-2");
  }

  @Test
  void pressReleaseFreesNobody() {
    new CodedArticle().sentence(
        "The/DT/1/det army/NN/2/nsubj said|say/VBD/-1/root in/IN/6/case a/DT/6/det press/NN/6/compound "
            + "release/NN/2/obl that/IN/10/mark troops/NNS/10/nsubj had|have/VBD/10/aux shelled|shell/VBN/2/ccomp "
            + "depots|depot/NNS/10/obj ././2/punct")
        .actor("act-1", "army", 1, 1).actor("act-2", "troops", 8, 8)
        .assertOneEvent(EventType.ASSAULT, null, null);
  }

  @Test
  void chargesRejectedAsFalseAreDeniedEvenWhenTheParserMakesThemAnAsPhrase() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj rejected|reject/VBD/-1/root as/IN/6/case false/JJ/6/amod the/DT/6/det "
            + "charges|charge/NNS/2/obl that/IN/10/mark it/PRP/10/nsubj had|have/VBD/10/aux bribed|bribe/VBN/6/ccomp "
            + "judges|judge/NNS/10/obj ././2/punct")
        .actor("act-1", "ministry", 1, 1)
        .code();

    assertThat(only(events, EventType.REJECT).cameo()).isEqualTo("016");
  }

  @Test
  void peopleHeldAsHostagesAreAbductedAndAsShieldsCoerced() {
    List<Event> hostages = new CodedArticle().sentence(
        "Gunmen|gunman/NNS/1/nsubj held|hold/VBD/-1/root three/CD/3/nummod engineers|engineer/NNS/1/obj as/IN/5/case "
            + "hostages|hostage/NNS/1/obl for/IN/8/case a/DT/8/det week/NN/5/nmod ././1/punct")
        .actor("act-1", "gunmen", 0, 0)
        .code();
    List<Event> shields = new CodedArticle().sentence(
        "The/DT/1/det militia/NN/2/nsubj held|hold/VBD/-1/root villagers|villager/NNS/2/obj as/IN/6/case "
            + "human/JJ/6/amod shields|shield/NNS/2/obl ././2/punct")
        .actor("act-1", "militia", 1, 1)
        .code();
    List<Event> talks = new CodedArticle().sentence(
        "The/DT/1/det envoys|envoy/NNS/2/nsubj held|hold/VBD/-1/root talks|talk/NNS/2/obj ././2/punct")
        .actor("act-1", "envoys", 1, 1)
        .code();

    assertThat(only(hostages, EventType.ASSAULT).cameo()).isEqualTo("181");
    assertThat(only(shields, EventType.COERCE).source()).isEqualTo("act-1");
    assertThat(talks).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void widenedFreedomsFallOnTheGovernmentsOwnCountry() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det president/NN/2/nsubj enhanced|enhance/VBD/-1/root press/NN/4/compound "
            + "freedoms|freedom/NNS/2/obj ././2/punct")
        .actor("act-1", "president", 0, 1, org.parley.actors.MentionKind.NAME, "KEN", "GOV")
        .sentence("Kenya/NNP/LOCATION/1/nsubj welcomed|welcome/VBD/-1/root it/PRP/1/obj ././1/punct")
        .state("act-2", "Kenya", "KEN", 0, 0)
        .code();

    Event easing = only(events, EventType.CONCEDE);
    assertThat(easing.source()).isEqualTo("act-1");
    assertThat(easing.target()).isEqualTo("act-2");
  }

  @Test
  void paidCompensationIsRestitution() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det state/NN/2/nsubj paid|pay/VBD/-1/root compensation/NN/2/obj to/IN/5/case "
            + "farmers|farmer/NNS/2/obl ././2/punct")
        .actor("act-1", "state", 1, 1).actor("act-2", "farmers", 5, 5)
        .code();

    Event restitution = only(events, EventType.RETREAT);
    assertThat(restitution.cameo()).isEqualTo("0842");
    assertThat(restitution.source()).isEqualTo("act-1");
    assertThat(restitution.target()).isEqualTo("act-2");
  }
}
