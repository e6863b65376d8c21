// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.actors.MentionKind;

/**
 * Which event a wire sentence reports, read the way PLOVER codes it: the main clause's event rather than the scene
 * around it, and the sense of a word its arguments select. Parses are CoreNLP's for our own sentences.
 */
class PloverCodingTest {

  /**
   * A sentence with its actors, and the one event coded from it: its type, and its source and target where the
   * row gives them (null: not checked).
   */
  static Stream<Arguments> singleEvents() {
    return Stream.of(
        // the parser often reads "called on all parties" as a particle verb with an object
        arguments("a call on parties parsed as a particle is still a demand and its content no deed",
            new CodedArticle().sentence("The/DT/1/det envoy/NN/2/nsubj called|call/VBD/-1/root on/RP/2/compound:prt "
                    + "all/DT/5/det sides|side/NNS/2/obj to/TO/7/mark halt/VB/2/xcomp attacks|attack/NNS/7/obj "
                    + "on/IN/11/case the/DT/11/det port/NN/8/nmod ././2/punct")
                .actor("act-1", "envoy", 1, 1, MentionKind.NAME, null, "GOV"),
            EventType.REQUEST, "act-1", null),
        arguments("time clause gives way to the main clause's event even naming its doer",
            new CodedArticle().sentence("The/DT/1/det governor/NN/2/nsubj resigned|resign/VBD/-1/root on/IN/4/case "
                    + "Monday/NNP/2/obl as/IN/7/mark protesters|protester/NNS/7/nsubj "
                    + "threatened|threaten/VBD/2/advcl to/TO/9/mark storm/VB/7/xcomp his|he/PRP$/11/nmod:poss "
                    + "office/NN/9/obj ././2/punct")
                .actor("act-1", "governor", 1, 1, MentionKind.NAME, null, "GOV")
                .actor("act-2", "protesters", 6, 6, MentionKind.NAME, null, "CVL"),
            EventType.RETREAT, null, null),
        arguments("passive relative clause only describes its noun",
            new CodedArticle().sentence("The/DT/1/det ministry/NN/2/nsubj demanded|demand/VBD/-1/root the/DT/4/det "
                    + "return/NN/2/obj of/IN/7/case a/DT/7/det tanker/NN/4/nmod that/WDT/10/nsubj:pass "
                    + "was|be/VBD/10/aux:pass seized|seize/VBN/7/acl:relcl by/IN/12/case rebels|rebel/NNS/10/obl "
                    + "last/JJ/14/amod week/NN/10/obl:tmod ././2/punct")
                .actor("act-1", "ministry", 1, 1, MentionKind.NAME, null, "GOV")
                .actor("act-2", "rebels", 12, 12, MentionKind.NAME, null, "REB"),
            EventType.REQUEST, "act-1", null),
        arguments("talks named only as the setting of a demand are no second event",
            new CodedArticle().sentence("The/DT/1/det rebels|rebel/NNS/2/nsubj demanded|demand/VBD/-1/root "
                    + "an|a/DT/4/det amnesty/NN/2/obj for/IN/7/case their|they/PRP$/7/nmod:poss "
                    + "fighters|fighter/NNS/4/nmod at/IN/11/case the/DT/11/det latest|late/JJS/11/amod "
                    + "round/NN/2/obl of/IN/13/case talks|talk/NNS/11/nmod ././2/punct")
                .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB"),
            EventType.REQUEST, null, null),
        arguments("talks held as a round are still the event",
            new CodedArticle().sentence("The/DT/1/det sides|side/NNS/2/nsubj held|hold/VBD/-1/root a/DT/5/det "
                    + "new/JJ/5/amod round/NN/2/obj of/IN/7/case talks|talk/NNS/5/nmod ././2/punct")
                .actor("act-1", "sides", 1, 1, MentionKind.NAME, null, "GOV"),
            EventType.CONSULT, null, null),
        arguments("assault absorbs the mobilisation before it",
            new CodedArticle().sentence("The/DT/1/det army/NN/2/nsubj deployed|deploy/VBD/-1/root "
                    + "tanks|tank/NNS/2/obj and/CC/5/cc shelled|shell/VBD/2/conj the/DT/7/det village/NN/5/obj "
                    + "././2/punct")
                .actor("act-1", "army", 1, 1, MentionKind.NAME, null, "MIL"),
            EventType.ASSAULT, null, null),
        arguments("one navy's drills stay a show of force",
            new CodedArticle().sentence("The/DT/1/det navy/NN/2/nsubj began|begin/VBD/-1/root military/JJ/4/amod "
                    + "exercises|exercise/NNS/2/obj off/IN/7/case the/DT/7/det coast/NN/4/nmod ././2/punct")
                .actor("act-1", "navy", 1, 1, MentionKind.NAME, "GRC", "MIL"),
            EventType.MOBILIZE, null, null),
        arguments("one side's ships and their escorts stationed stay a show of force",
            new CodedArticle().sentence("Two/CD/1/nummod warships|warship/NNS/6/nsubj:pass and/CC/4/cc "
                    + "their/PRP$/4/nmod:poss escorts|escort/NNS/1/conj are|be/VBP/6/aux:pass "
                    + "stationed|station/VBN/-1/root near/IN/9/case the/DT/9/det strait/NN/6/obl ././6/punct"),
            EventType.MOBILIZE, null, null),
        arguments("summoning an ambassador is a protest not a request",
            new CodedArticle().sentence("The/DT/1/det ministry/NN/2/nsubj summoned|summon/VBD/-1/root the/DT/5/det "
                    + "Chinese|Chinese/JJ/5/amod ambassador/NN/2/obj to/TO/7/mark protest/VB/2/xcomp "
                    + "against/IN/10/case the/DT/10/det raid/NN/7/obl ././2/punct")
                .actor("act-1", "ministry", 1, 1, MentionKind.NAME, "IND", "GOV")
                .actor("act-2", "China", 4, 5, MentionKind.NAME, "CHN", "GOV"),
            EventType.ACCUSE, null, "act-2"),
        arguments("handing over tonnes of food is aid",
            new CodedArticle().sentence("Volunteers|volunteer/NNS/1/nsubj handed|hand/VBD/-1/root "
                    + "over/RP/1/compound:prt 300/CD/4/nummod tonnes|tonne/NNS/1/obj of/IN/6/case food/NN/4/nmod "
                    + "to/IN/9/case the/DT/9/det shelter/NN/1/obl ././1/punct"),
            EventType.AID, null, null),
        arguments("\"must\" on a helper verb makes the reported help a demand",
            new CodedArticle().sentence("The/DT/1/det envoy/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det "
                    + "donors|donor/NNS/6/nsubj must/MD/6/aux raise/VB/2/ccomp funds|fund/NNS/6/obj to/TO/9/mark "
                    + "help/VB/6/xcomp the/DT/11/det refugees|refugee/NNS/9/obj ././2/punct")
                .actor("act-1", "envoy", 1, 1, MentionKind.NAME, "NOR", "GOV")
                .actor("act-2", "donors", 4, 4, MentionKind.NAME, null, "GOV"),
            EventType.REQUEST, "act-1", null),
        arguments("who is guilty of violating the truce violates it",
            new CodedArticle().sentence("Both/DT/1/det militias|militia/NNS/3/nsubj are|be/VBP/3/cop "
                    + "guilty/JJ/-1/root of/IN/5/case violating|violate/VBG/3/advcl the/DT/7/det truce/NN/5/obj "
                    + "././3/punct")
                .actor("act-1", "militias", 1, 1, MentionKind.NAME, null, "REB"),
            EventType.ASSAULT, "act-1", null),
        arguments("troops on alert after clashes are readied not fighting",
            new CodedArticle().sentence("Border/NNP/1/compound troops/NNS/2/nsubj remained|remain/VBD/-1/root "
                    + "on/IN/4/case alert/NN/2/obl after/IN/7/case the/DT/7/det clashes|clash/NNS/2/obl ././2/punct")
                .actor("act-1", "troops", 1, 1, MentionKind.NAME, "IND", "MIL"),
            EventType.MOBILIZE, "act-1", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleEvents")
  void codesOneEvent(String why, CodedArticle article, EventType type, String source, String target) {
    article.assertOneEvent(type, source, target);
  }

  @Test
  void jointExercisesOfTwoNaviesAreMilitaryCooperation() {
    List<Event> events = new CodedArticle().sentence(
        "Greek|Greek/JJ/3/amod and/CC/2/cc Cypriot/JJ/0/conj warships|warship/NNS/4/nsubj began|begin/VBD/-1/root "
            + "joint/JJ/6/amod exercises|exercise/NNS/4/obj off/IN/9/case the/DT/9/det coast/NN/6/nmod ././4/punct")
        .actor("act-1", "Greek military", 0, 0, MentionKind.NAME, "GRC", "MIL")
        .actor("act-2", "Cypriot military", 2, 2, MentionKind.NAME, "CYP", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COOPERATE);
    assertThat(events.get(0).cameo()).isEqualTo("062");
  }

  @Test
  void coordinatedDoersOfAOneSidedActEachDoIt() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/3/nsubj and/CC/2/cc Ghana/NNP/0/conj vetoed|veto/VBD/-1/root the/DT/5/det "
            + "resolution/NN/3/obj ././3/punct")
        .actor("act-1", "Kenya", 0, 0, MentionKind.NAME, "KEN", "GOV")
        .actor("act-2", "Ghana", 2, 2, MentionKind.NAME, "GHA", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsOnly(EventType.REJECT);
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
    assertThat(events).extracting(Event::target).containsOnlyNulls();
  }

  @Test
  void coordinatedAgentsOfAPassiveEachDoIt() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det raid/NN/3/nsubj:pass was|be/VBD/3/aux:pass condemned|condemn/VBN/-1/root by/IN/5/case "
            + "Kenya/NNP/3/obl and/CC/7/cc Ghana/NNP/5/conj ././3/punct")
        .actor("act-1", "Kenya", 5, 5, MentionKind.NAME, "KEN", "GOV")
        .actor("act-2", "Ghana", 7, 7, MentionKind.NAME, "GHA", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsOnly(EventType.ACCUSE);
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
  }

  @Test
  void coordinatedMediatorsEachMediate() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/4/nsubj and/CC/2/cc Ghana/NNP/0/conj are|be/VBP/4/aux mediating|mediate/VBG/-1/root "
            + "between/IN/6/case Chad/NNP/4/obl and/CC/8/cc Niger/NNP/6/conj ././4/punct")
        .actor("act-1", "Kenya", 0, 0, MentionKind.NAME, "KEN", "GOV")
        .actor("act-2", "Ghana", 2, 2, MentionKind.NAME, "GHA", "GOV")
        .actor("act-3", "Chad", 6, 6, MentionKind.NAME, "TCD", "GOV")
        .actor("act-4", "Niger", 8, 8, MentionKind.NAME, "NER", "GOV")
        .code();

    assertThat(events).extracting(Event::source).contains("act-1", "act-2");
    assertThat(events).extracting(Event::target).doesNotContain("act-1", "act-2");
  }

  @Test
  void coordinatedDoersOfAReciprocalVerbAreAPair() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/3/nsubj and/CC/2/cc Ghana/NNP/0/conj exchanged|exchange/VBD/-1/root forty/CD/5/nummod "
            + "detainees|detainee/NNS/3/obj ././3/punct")
        .actor("act-1", "Kenya", 0, 0, MentionKind.NAME, "KEN", "GOV")
        .actor("act-2", "Ghana", 2, 2, MentionKind.NAME, "GHA", "GOV")
        .code();

    assertThat(events).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void urgingBothSidesUrgesEach() {
    List<Event> events = new CodedArticle()
        .sentence("Kenya/NNP/1/nsubj met|meet/VBD/-1/root Ghana/NNP/1/obj ././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Ghana", "GHA", 2, 2)
        .sentence("Chad/NNP/1/nsubj urged|urge/VBD/-1/root both/DT/3/det sides|side/NNS/1/obj to/TO/5/mark "
            + "talk/VB/1/xcomp ././1/punct")
        .state("act-3", "Chad", "TCD", 0, 0)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST).extracting(Event::target)
        .containsExactlyInAnyOrder("act-1", "act-2");
  }

  @Test
  void coordinatedDoersActingOnWhatTheyShareAreAPair() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/3/nsubj and/CC/2/cc Ghana/NNP/0/conj condemned|condemn/VBD/-1/root each/DT/5/det "
            + "other/JJ/3/obj ././3/punct")
        .actor("act-1", "Kenya", 0, 0, MentionKind.NAME, "KEN", "GOV")
        .actor("act-2", "Ghana", 2, 2, MentionKind.NAME, "GHA", "GOV")
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void whatIsFoughtForIsNoTarget() {
    List<Event> events = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj fought|fight/VBD/-1/root for/IN/5/case Kenya/NNP/5/nmod:poss 's/POS/3/case "
            + "independence/NN/1/obl ././1/punct")
        .actor("act-1", "Kenya", 3, 3, MentionKind.NAME, "KEN", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).target()).isNull();
  }

  @Test
  void aRelativeActsOnTheirOwnNotThePossessor() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det minister/NN/3/nmod:poss 's/POS/1/case wife/NN/4/nsubj criticised|criticise/VBD/-1/root "
            + "the/DT/6/det plan/NN/4/obj ././4/punct")
        .actor("act-1", "Norway", 1, 1, MentionKind.DESCRIPTION, "NOR", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ACCUSE);
    assertThat(events.get(0).source()).isNull();
  }

  @Test
  void forceHeldOverAConditionWithMayIsAThreat() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det bank/NN/3/nsubj may/MD/3/aux halt/VB/-1/root its/PRP$/5/nmod:poss loans|loan/NNS/3/obj "
            + "if/IN/9/mark the/DT/8/det fighting/NN/9/nsubj continues|continue/VBZ/3/advcl ././3/punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.THREATEN);
    assertThat(events.get(0).cameo()).isEqualTo("131");
  }

  @Test
  void aProtestMadeInWordsIsAnAccusation() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det union/NN/2/nsubj protested|protest/VBD/-1/root that/IN/7/mark the/DT/5/det "
            + "arrests|arrest/NNS/7/nsubj were|be/VBD/7/cop illegal/JJ/2/ccomp ././2/punct")
        .code();

    assertThat(events).extracting(Event::type).contains(EventType.ACCUSE).doesNotContain(EventType.PROTEST);
  }

  @Test
  void blockingACrossingIsObstructionButBlockingAResolutionIsRejection() {
    List<Event> crossing = new CodedArticle().sentence(
        "Truckers|trucker/NNS/1/nsubj blocked|block/VBD/-1/root the/DT/4/det border/NN/4/compound crossing/NN/1/obj "
            + "on/IN/6/case Friday/NNP/1/obl ././1/punct")
        .code();
    List<Event> resolution = new CodedArticle().sentence(
        "Two/CD/1/nummod members|member/NNS/2/nsubj blocked|block/VBD/-1/root the/DT/4/det resolution/NN/2/obj "
            + "././2/punct")
        .code();

    assertThat(crossing).extracting(Event::type).containsExactly(EventType.PROTEST);
    assertThat(crossing.get(0).mode()).isEqualTo("obstruct");
    assertThat(resolution).extracting(Event::type).containsExactly(EventType.REJECT);
  }

  @Test
  void aPressReleaseReleasesNoOne() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/2/nsubj said|say/VBD/-1/root in/IN/6/case a/DT/6/det press/NN/6/compound "
            + "release/NN/2/obl that/WDT/11/dep the/DT/9/det convoy/NN/11/nsubj had|have/VBD/11/aux "
            + "reached|reach/VBN/2/ccomp the/DT/13/det town/NN/11/obj ././2/punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, null, "MIL")
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void dispatchingInspectorsIsAnInvestigation() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det agency/NN/2/nsubj dispatched|dispatch/VBD/-1/root inspectors|inspector/NNS/2/obj to/IN/7/case "
            + "the/DT/7/det reactor/NN/7/compound site/NN/2/obl ././2/punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ACCUSE);
    assertThat(events.get(0).mode()).isEqualTo("investigate");
  }

  @Test
  void mobilisingDonorsIsNoShowOfForce() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det charity/NN/2/nsubj mobilized|mobilize/VBD/-1/root donors|donor/NNS/2/obj to/TO/5/mark "
            + "rebuild/VB/2/xcomp the/DT/7/det school/NN/5/obj ././2/punct")
        .actor("act-1", "charity", 1, 1, MentionKind.NAME, null, "NGO")
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void violatingTheCeasefireAgreementIsAnAssault() {
    List<Event> events = new CodedArticle().sentence(
        "Both/DT/1/det armies|army/NNS/2/nsubj violated|violate/VBD/-1/root the/DT/5/det ceasefire/NN/5/compound "
            + "agreement/NN/2/obj overnight/RB/2/advmod ././2/punct")
        .actor("act-1", "armies", 1, 1, MentionKind.NAME, null, "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).cameo()).isEqualTo("196");
  }

}
