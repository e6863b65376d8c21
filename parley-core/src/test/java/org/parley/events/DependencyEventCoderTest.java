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
import org.parley.places.Place;

class DependencyEventCoderTest {

  /**
   * A sentence with its actors, and the one event coded from it: its type, and its source and target where the
   * row gives them (null: not checked).
   */
  static Stream<Arguments> singleEvents() {
    return Stream.of(
        // "Kenya received a shipment of rifles from Uganda."
        arguments("who receives arms is the target and who they come from the source",
            new CodedArticle().sentence("Kenya/NNP/LOCATION/1/nsubj received|receive/VBD/-1/root a/DT/3/det "
                    + "shipment/NN/1/obj of/IN/5/case rifles|rifle/NNS/3/nmod from/IN/7/case "
                    + "Uganda/NNP/LOCATION/3/nmod ././1/punct")
                .actor("act-1", "Kenya", 0, 0).actor("act-2", "Uganda", 7, 7),
            EventType.AID, "act-2", "act-1"),
        // "Chad sent 300 troops to the border." — CoreNLP gives "troops" as its own lemma
        arguments("a frame word matches a plural the lemmatiser kept whole",
            new CodedArticle().sentence("Chad/NNP/LOCATION/1/nsubj sent|send/VBD/-1/root 300/CD/3/nummod "
                    + "troops/NNS/1/obj to/IN/6/case the/DT/6/det border/NN/1/obl ././1/punct")
                .actor("act-1", "Chad", 0, 0),
            EventType.MOBILIZE, "act-1", null),
        // "The militia vowed to retaliate."
        arguments("a vow to retaliate is a threat",
            new CodedArticle().sentence("The/DT/1/det militia/NN/2/nsubj vowed|vow/VBD/-1/root to/TO/4/mark "
                    + "retaliate/VB/2/xcomp ././2/punct")
                .actor("act-1", "the militia", 0, 1),
            EventType.THREATEN, "act-1", null),
        // "The minister laid the blame on the rebels."
        arguments("laying the blame on a party accuses it",
            new CodedArticle().sentence("The/DT/1/det minister/NN/2/nsubj laid|lay/VBD/-1/root the/DT/4/det "
                    + "blame/NN/2/obj on/IN/7/case the/DT/7/det rebels|rebel/NNS/2/obl ././2/punct")
                .actor("act-1", "the minister", 0, 1).actor("act-2", "the rebels", 6, 7),
            EventType.ACCUSE, "act-1", "act-2"),
        arguments("prefers the state an act is aimed at over a stateless object",
            new CodedArticle().sentence("Kenya/NNP/LOCATION/1/nsubj extradited|extradite/VBD/-1/root a/DT/4/det "
                    + "suspected|suspect/VBN/4/amod militant/NN/1/obj to/IN/6/case Britain/NNP/LOCATION/1/obl "
                    + "././1/punct")
                .state("act-1", "Kenya", "KEN", 0, 0).actor("act-2", "militant", 4, 4)
                .state("act-3", "United Kingdom", "GBR", 6, 6),
            EventType.COOPERATE, "act-1", "act-3"),
        arguments("drops an unattributed killing in a relative clause that only sets the scene",
            new CodedArticle().sentence("Protesters|protester/NNS/1/nsubj rallied|rally/VBD/-1/root in/IN/4/case "
                    + "the/DT/4/det capital/NN/1/obl ,/,/4/punct where/WRB/10/advmod three/CD/8/nummod "
                    + "people/NNS/10/nsubj:pass were|be/VBD/10/aux:pass killed|kill/VBN/4/acl:relcl last/JJ/12/amod "
                    + "month/NN/10/obl:tmod ././1/punct")
                .actor("act-1", "protesters", 0, 0),
            EventType.PROTEST, null, null),
        arguments("what a protest is begun to demand is no separate demand",
            new CodedArticle().sentence("Students|student/NNS/1/nsubj began|begin/VBD/-1/root a/DT/4/det "
                    + "hunger/NN/4/compound strike/NN/1/obj to/TO/6/mark demand/VB/1/xcomp the/DT/8/det "
                    + "release/NN/6/obj of/IN/10/case detainees|detainee/NNS/8/nmod ././1/punct")
                .actor("act-1", "students", 0, 0),
            EventType.PROTEST, null, null),
        arguments("what protesters say while rallying is the rally's message",
            new CodedArticle().sentence("Workers|worker/NNS/1/nsubj rallied|rally/VBD/-1/root outside/IN/4/case "
                    + "the/DT/4/det ministry/NN/1/obl ,/,/1/punct saying|say/VBG/1/dep the/DT/8/det "
                    + "minister/NN/10/nsubj must/MD/10/aux resign/VB/6/ccomp ././1/punct")
                .actor("act-1", "workers", 0, 0),
            EventType.PROTEST, null, null),
        arguments("who is put under investigation is its target",
            new CodedArticle().sentence("The/DT/1/det mayor/NN/3/nsubj:pass was|be/VBD/3/aux:pass put/VBN/-1/root "
                    + "under/IN/5/case investigation/NN/3/obl ././3/punct")
                .actor("act-1", "mayor", 1, 1),
            EventType.ACCUSE, null, "act-1"),
        arguments("an inquiry opened is an investigation",
            new CodedArticle().sentence("Auditors|auditor/NNS/1/nsubj opened|open/VBD/-1/root an|a/DT/3/det "
                    + "inquiry/NN/1/obj into/IN/6/case the/DT/6/det contracts|contract/NNS/3/nmod ././1/punct")
                .actor("act-1", "auditors", 0, 0),
            EventType.ACCUSE, "act-1", null),
        arguments("lifting a state of emergency is a concession",
            new CodedArticle().sentence("The/DT/1/det governor/NN/2/nsubj lifted|lift/VBD/-1/root the/DT/4/det "
                    + "state/NN/2/obj of/IN/6/case emergency/NN/4/nmod ././2/punct")
                .actor("act-1", "governor", 1, 1),
            EventType.CONCEDE, null, null),
        arguments("a reduced relative clause without its actor only describes the object",
            new CodedArticle().sentence("Rebels|rebel/NNS/1/nsubj returned|return/VBD/-1/root "
                    + "weapons|weapon/NNS/1/obj seized|seize/VBN/2/acl last/JJ/5/amod year/NN/3/obl:tmod ././1/punct")
                .actor("act-1", "rebels", 0, 0),
            EventType.RETREAT, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleEvents")
  void codesOneEvent(String why, CodedArticle article, EventType type, String source, String target) {
    article.assertOneEvent(type, source, target);
  }

  /**
   * A sentence with its actors, the type of an event coded from it (other events may be coded too), and
   * the source and target of the one event of that type.
   */
  static Stream<Arguments> oneEventOfTypes() {
    return Stream.of(
        arguments("martial law with no one named falls on a group of the state's own people",
            new CodedArticle().sentence("Mali/NNP/LOCATION/1/nsubj imposed|impose/VBD/-1/root martial/JJ/3/amod "
                    + "law/NN/1/obj as/IN/7/mark Malian|Malian/JJ/6/amod rebels|rebel/NNS/7/nsubj "
                    + "advanced|advance/VBD/1/advcl ././1/punct")
                .state("act-1", "Mali", "MLI", 0, 0)
                .actor("act-2", "Malian rebels", 5, 6, org.parley.actors.MentionKind.DESCRIPTION, "MLI", "REB"),
            EventType.COERCE, "act-1", "act-2"),
        arguments("an official refusing to resign defies their own state",
            new CodedArticle().sentence("Tembo/NNP/PERSON/1/nsubj refused|refuse/VBD/-1/root to/TO/3/mark "
                    + "resign/VB/1/xcomp after/IN/6/case the/DT/6/det scandal/NN/1/obl in/IN/8/case "
                    + "Zambia/NNP/LOCATION/6/nmod ././1/punct")
                .actor("act-1", "Tembo", 0, 0, org.parley.actors.MentionKind.NAME, "ZMB", null)
                .state("act-2", "Zambia", "ZMB", 8, 8),
            EventType.REJECT, "act-1", "act-2"),
        arguments("a march in defiance of the army is aimed at the army",
            new CodedArticle().sentence("Students|student/NNS/1/nsubj marched|march/VBD/-1/root in/IN/3/case "
                    + "defiance/NN/1/obl of/IN/7/case the/DT/7/det Zambian|Zambian/JJ/7/amod army/NN/3/nmod "
                    + "././1/punct")
                .actor("act-1", "students", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, null, "EDU")
                .actor("act-2", "Zambian military", 6, 7, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "MIL"),
            EventType.PROTEST, "act-1", "act-2"),
        arguments("demanding that a state's partners in a union act aims the demand at the union",
            new CodedArticle().sentence("Zambia/NNP/LOCATION/1/nsubj demanded|demand/VBD/-1/root that/IN/7/mark "
                    + "its/PRP$/6/nmod:poss African/NNP/ORGANIZATION/5/compound Union/NNP/ORGANIZATION/6/compound "
                    + "partners|partner/NNS/7/nsubj lift/VB/1/ccomp the/DT/9/det tariffs|tariff/NNS/7/obj "
                    + "././1/punct")
                .state("act-1", "Zambia", "ZMB", 0, 0)
                .actor("act-1", "Zambia", 3, 3, org.parley.actors.MentionKind.PRONOUN, "ZMB", "GOV")
                .actor("act-2", "African Union", 4, 5, org.parley.actors.MentionKind.NAME, null, "IGO"),
            EventType.REQUEST, "act-1", "act-2"),
        arguments("protesting abuses committed by a group is aimed at that group",
            new CodedArticle().sentence("Farmers|farmer/NNS/1/nsubj protested|protest/VBD/-1/root the/DT/3/det "
                    + "abuses|abuse/NNS/1/obj committed|commit/VBN/3/acl by/IN/7/case Ugandan|Ugandan/JJ/7/amod "
                    + "guards|guard/NNS/4/obl ././1/punct")
                .actor("act-1", "farmers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "AGR")
                .actor("act-2", "Ugandan police", 6, 7, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "COP"),
            EventType.PROTEST, "act-1", "act-2"),
        arguments("a doer the parser hangs on an active protest is its target",
            new CodedArticle().sentence("Farmers|farmer/NNS/1/nsubj protested|protest/VBD/-1/root the/DT/3/det "
                    + "abuses|abuse/NNS/1/obj by/IN/6/case Ugandan|Ugandan/JJ/6/amod guards|guard/NNS/1/obl "
                    + "././1/punct")
                .actor("act-1", "farmers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "AGR")
                .actor("act-2", "Ugandan police", 5, 6, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "COP"),
            EventType.PROTEST, "act-1", "act-2"),
        arguments("an inquiry into abuses committed by a force is aimed at that force",
            new CodedArticle().sentence("Police/NNS/1/nsubj opened|open/VBD/-1/root an|a/DT/3/det inquiry/NN/1/obj "
                    + "into/IN/5/case abuses|abuse/NNS/3/nmod committed|commit/VBN/5/acl by/IN/9/case "
                    + "Ugandan|Ugandan/JJ/9/amod troops|troop/NNS/6/obl ././1/punct")
                .actor("act-1", "Kenyan police", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "COP")
                .actor("act-2", "Ugandan military", 8, 9, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "MIL"),
            EventType.ACCUSE, "act-1", "act-2"),
        arguments("a blockade only threatened still falls on the state it blockades",
            new CodedArticle().sentence("Kenya/NNP/LOCATION/2/nsubj will/MD/2/aux tighten/VB/-1/root the/DT/4/det "
                    + "blockade/NN/2/obj of/IN/6/case Somalia/NNP/LOCATION/4/nmod with/IN/10/case "
                    + "Ethiopia/NNP/LOCATION/10/nmod:poss 's/POS/8/case help/NN/2/obl ././2/punct")
                .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Somalia", "SOM", 6, 6)
                .state("act-3", "Ethiopia", "ETH", 8, 8),
            EventType.THREATEN, "act-1", "act-2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneEventOfTypes")
  void codesOneEventOfType(String why, CodedArticle article, EventType type, String source, String target) {
    article.assertOneEventOfType(type, source, target);
  }

  @Test
  void codesFailureToReachAgreementAsNegatedAgree() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det envoy/NN/2/nsubj failed|fail/VBD/-1/root to/TO/4/mark reach/VB/2/xcomp an|a/DT/6/det "
            + "agreement/NN/4/obj with/IN/9/case the/DT/9/det rebels|rebel/NNS/6/nmod ././2/punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.AGREE);
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.NEGATED);
    assertThat(events.get(0).stance()).isNull();
  }

  @Test
  void aimsAMediationEffortAtThePartiesBetweenWhichItIsMade() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/LOCATION/1/nsubj launched|launch/VBD/-1/root a/DT/4/det mediation/NN/4/compound effort/NN/1/obj "
            + "on/IN/6/case Monday/NNP/1/obl between/IN/8/case Uganda/NNP/LOCATION/1/obl and/CC/10/cc "
            + "Rwanda/NNP/LOCATION/8/conj ././1/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Zambian|Zambian/JJ/1/amod teachers|teacher/NNS/2/nsubj rallied|rally/VBD/-1/root in/IN/4/case "
            + "Lusaka/NNP/LOCATION/2/obl ././2/punct")
        .actor("act-1", "Zambian education", 0, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "EDU")
        .state("act-2", "Zambia", "ZMB", 4, 4)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.PROTEST).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void readsBeingCommittedToAnActAsTheSubjectsOwnAct() {
    List<Event> events = new CodedArticle().sentence(
        "Zambia/NNP/LOCATION/2/nsubj:pass is|be/VBZ/2/aux:pass committed|commit/VBN/-1/root to/IN/4/case "
            + "cooperating|cooperate/VBG/2/advcl with/IN/6/case Malawi/NNP/LOCATION/4/obl ././2/punct")
        .state("act-1", "Zambia", "ZMB", 0, 0).state("act-2", "Malawi", "MWI", 6, 6)
        .code();

    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.target()).isNotEqualTo("act-1"));
    assertThat(events).anySatisfy(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void findsTheObjectTheParserHangsOffADayName() {
    List<Event> events = new CodedArticle().sentence(
        "Zambia/NNP/LOCATION/1/nsubj rejected|reject/VBD/-1/root Monday/NNP/1/obl:tmod a/DT/5/det "
            + "Malawian|Malawian/JJ/5/amod offer/NN/2/dep ././1/punct")
        .state("act-1", "Zambia", "ZMB", 0, 0).state("act-2", "Malawi", "MWI", 4, 4)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.REJECT).findFirst().orElseThrow();
    assertThat(e.source()).isEqualTo("act-1");
    assertThat(e.target()).isEqualTo("act-2");
  }

  @Test
  void aimsAnActOnItsOwnPledgeAtWhomThePledgeWasMadeTo() {
    List<Event> events = new CodedArticle().sentence(
        "Zambia/NNP/LOCATION/1/nsubj reneged|renege/VBD/-1/root on/IN/4/case its/PRP$/4/nmod:poss pledge/NN/1/obl "
            + "to/IN/6/case Malawi/NNP/LOCATION/4/nmod ././1/punct")
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
    CodedArticle p = new CodedArticle().sentence(
        "The/DT/1/det clinic/NN/3/nsubj:pass was|be/VBD/3/aux:pass shelled|shell/VBN/-1/root by/IN/6/case "
            + "government/NN/6/compound troops/NNS/3/obl ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Armenia/NNP/LOCATION/3/nsubj and/CC/2/cc Azerbaijan/NNP/LOCATION/0/conj agreed|agree/VBD/-1/root "
            + "to/TO/5/mark open/VB/3/xcomp humanitarian/JJ/7/amod corridors|corridor/NNS/5/obj ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det Kremlin/NNP/ORGANIZATION/3/nsubj is|be/VBZ/3/cop open/JJ/-1/root to/IN/6/case a/DT/6/det "
            + "meeting/NN/3/obl between/IN/10/case the/DT/10/det two/CD/10/nummod presidents|president/NNS/6/nmod "
            + "././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Peskov/NNP/PERSON/1/nsubj said|say/VBD/-1/root the/DT/3/det videos|video/NNS/5/nsubj were|be/VBD/5/cop "
            + "fake/JJ/1/ccomp ././1/punct")
        .actor("act-1", "Dmitry Peskov", 0, 0)
        .code();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.ACCUSE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void deniedAttackStaysAnEventButNegatedAndAttributed() {
    List<Event> events = new CodedArticle().sentence(
        "Peskov/NNP/PERSON/1/nsubj said|say/VBD/-1/root they/PRP/5/nsubj did|do/VBD/5/aux not/RB/5/advmod "
            + "attack/VB/1/ccomp the/DT/7/det village/NN/5/obj ././1/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Serbia/NNP/LOCATION/3/nsubj and/CC/2/cc Kosovo/NNP/LOCATION/0/conj held|hold/VBD/-1/root "
            + "talks|talk/NNS/3/obj in/IN/6/case Brussels/NNP/LOCATION/4/nmod ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det minister/NN/2/nsubj demanded|demand/VBD/-1/root a/DT/4/det truce/NN/2/obj ././2/punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).stance()).isEqualTo(Stance.DEMAND);
    assertThat(events.get(0).issues()).containsExactly("ceasefire");
  }

  @Test
  void refusalToNegotiateIsOneRejectionOfTalks() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/2/nsubj refused|refuse/VBD/-1/root to/TO/4/mark negotiate/VB/2/xcomp "
            + "with/IN/7/case the/DT/7/det governor/NN/4/obl ././2/punct").code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
    assertThat(events.get(0).cameo()).isEqualTo("125");
    assertThat(events.get(0).stance()).isEqualTo(Stance.REJECT);
  }

  @Test
  void announcedRefusalToWithdrawIsARejectionNotANegatedRetreat() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/4/nsubj will/MD/4/aux not/RB/4/advmod withdraw/VB/-1/root from/IN/7/case the/DT/7/det "
            + "city/NN/4/obl ././4/punct").code();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.REJECT);
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void conditionIsNotReportedAsAnAttack() {
    List<Event> events = new CodedArticle().sentence(
        "If/IN/3/mark the/DT/2/det rebels|rebel/NNS/3/nsubj attack/VBP/10/advcl the/DT/5/det city/NN/3/obj "
            + ",/,/10/punct the/DT/8/det army/NN/10/nsubj will/MD/10/aux respond/VB/-1/root ././10/punct").code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void mustInReportedSpeechIsTheSpeakersDemand() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det militia/NN/6/nsubj must/MD/6/aux "
            + "release/VB/2/ccomp the/DT/8/det hostages|hostage/NNS/6/obj ././2/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Two/CD/1/nummod suspects|suspect/NNS/3/nsubj:pass were|be/VBD/3/aux:pass handed|hand/VBN/-1/root "
            + "over/RP/3/compound:prt to/IN/6/case Kenya/NNP/LOCATION/3/obl ././3/punct")
        .actor("act-1", "Kenya", 6, 6)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.COOPERATE);
      assertThat(e.source()).isNull();
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void tearGasOnMarchersIsForceAndTheirProtestIsNewsOfItsOwn() {
    // "Police used tear gas on marchers protesting the vote."
    List<Event> events = new CodedArticle().sentence(
        "Police/NNS/1/nsubj used|use/VBD/-1/root tear/NN/3/compound gas/NN/1/obj on/IN/5/case "
            + "marchers|marcher/NNS/1/obl protesting|protest/VBG/5/acl the/DT/8/det vote/NN/6/obj ././1/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Chad/NNP/LOCATION/1/nsubj closed|close/VBD/-1/root its/PRP$/3/nmod:poss border/NN/1/obj with/IN/5/case "
            + "Sudan/NNP/LOCATION/3/nmod ././1/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Finland/NNP/LOCATION/4/nsubj and/CC/2/cc Sweden/NNP/LOCATION/0/conj will/MD/4/aux join/VB/-1/root "
            + "NATO/NNP/ORGANIZATION/4/obj ././4/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Ukraine/NNP/LOCATION/1/nsubj condemned|condemn/VBD/-1/root the/DT/4/det planned|plan/VBN/4/amod "
            + "strikes|strike/NNS/1/obj by/IN/6/case Russia/NNP/LOCATION/4/nmod ././1/punct")
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
  void aConditionSetOnAnotherPartyIsADemand() {
    // "Israel will not withdraw unless Hezbollah disarms."
    List<Event> events = new CodedArticle().sentence(
        "Israel/NNP/LOCATION/3/nsubj will/MD/3/aux not/RB/3/advmod withdraw/VB/-1/root unless/IN/6/mark "
            + "Hezbollah/NNP/ORGANIZATION/6/nsubj disarms|disarm/VBZ/3/advcl ././3/punct")
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
    List<Event> threat = new CodedArticle().sentence(
        "Iran/NNP/LOCATION/1/nsubj threatened|threaten/VBD/-1/root to/TO/3/mark attack/VB/1/xcomp unless/IN/6/mark "
            + "Iraq/NNP/LOCATION/6/nsubj accepted|accept/VBD/3/advcl the/DT/8/det terms|term/NNS/6/obj ././1/punct")
        .actor("act-1", "Iran", 0, 0)
        .actor("act-2", "Iraq", 5, 5)
        .code();
    // "The army will retaliate if the rebels attack."
    List<Event> plain = new CodedArticle().sentence(
        "The/DT/1/det army/NN/3/nsubj will/MD/3/aux retaliate/VB/-1/root if/IN/7/mark the/DT/6/det "
            + "rebels|rebel/NNS/7/nsubj attack/VBP/3/advcl ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det UN/NNP/ORGANIZATION/2/nsubj warned|warn/VBD/-1/root that/IN/5/mark "
            + "thousands|thousand/NNS/5/nsubj face/VBP/2/ccomp hunger/NN/5/obj ././2/punct")
        .actor("act-1", "the UN", 0, 1)
        .code();

    assertThat(events).isEmpty();
  }

  @Test
  void aWarningAddressedToAPartyStaysAThreat() {
    // "The army warned the rebels that it would strike."
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/2/nsubj warned|warn/VBD/-1/root the/DT/4/det rebels|rebel/NNS/2/obj that/IN/8/mark "
            + "it/PRP/8/nsubj would/MD/8/aux strike/VB/2/ccomp ././2/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Petrov/NNP/PERSON/4/nsubj is|be/VBZ/4/aux no/RB/3/advmod longer|long/RBR/4/advmod seeking|seek/VBG/-1/root "
            + "membership/NN/4/obj of/IN/8/case the/DT/8/det alliance/NN/5/nmod ././4/punct")
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
    CodedArticle p = new CodedArticle()
        .sentence("Talks|talk/NNS/5/nsubj between/IN/2/case Serbia/NNP/LOCATION/0/nmod and/CC/4/cc "
            + "Kosovo/NNP/LOCATION/2/conj resumed|resume/VBD/-1/root on/IN/7/case Monday/NNP/5/obl ././5/punct")
        .actor("act-1", "Serbia", 2, 2).actor("act-2", "Kosovo", 4, 4)
        .sentence("The/DT/1/det talks|talk/NNS/2/nsubj ended|end/VBD/-1/root without/IN/5/case a/DT/5/det "
            + "deal/NN/2/obl ././2/punct");

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
  void keepsAnAttackInARelativeClauseWhenItNamesTheAttacker() {
    List<Event> events = new CodedArticle().sentence(
        "Protesters|protester/NNS/1/nsubj rallied|rally/VBD/-1/root in/IN/4/case the/DT/4/det capital/NN/1/obl "
            + ",/,/4/punct where/WRB/8/advmod troops/NNS/8/nsubj killed|kill/VBD/4/acl:relcl three/CD/10/nummod "
            + "people/NNS/8/obj ././1/punct")
        .actor("act-1", "protesters", 0, 0).actor("act-2", "troops", 7, 7).code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST, EventType.ASSAULT);
  }

  @Test
  void anAttackWithNoNamedTargetFallsOnTheStateWhereItHappens() {
    CodedArticle p = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/4/det northern/JJ/4/amod town/NN/1/obj "
            + "of/IN/6/case Gulu/NNP/LOCATION/4/nmod in/IN/8/case Uganda/NNP/LOCATION/1/obl ././1/punct")
        .actor("act-1", "rebels", 0, 0).state("act-2", "Uganda", "UGA", 8, 8);

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void anAttackWhereTheStateIsUnnamedFallsOnItsPeople() {
    CodedArticle p = new CodedArticle().sentence(
        "Soldiers|soldier/NNS/1/nsubj raided|raid/VBD/-1/root a/DT/3/det market/NN/1/obj in/IN/5/case "
            + "Gulu/NNP/LOCATION/3/nmod crowded|crowd/VBN/1/advcl with/IN/9/case Ugandan|Ugandan/JJ/9/amod "
            + "traders|trader/NNS/6/obl ././1/punct")
        .actor("act-1", "soldiers", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "KEN", "MIL")
        .actor("act-2", "Ugandan traders", 8, 9, org.parley.actors.MentionKind.DESCRIPTION, "UGA", "BUS");

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).filteredOn(e -> e.type() == EventType.ASSAULT)
        .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void aCurfewAStateImposesAtHomeFallsOnThePeopleOfThePlace() {
    CodedArticle p = new CodedArticle().sentence(
        "Uganda/NNP/LOCATION/1/nsubj imposed|impose/VBD/-1/root a/DT/3/det curfew/NN/1/obj in/IN/5/case "
            + "Gulu/NNP/LOCATION/1/obl ././1/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj insisted|insist/VBD/-1/root on/IN/4/case their/PRP$/4/nmod:poss demand/NN/1/obl "
            + "that/IN/7/mark Zambia/NNP/LOCATION/7/nsubj resign/VB/4/ccomp ././1/punct")
        .actor("act-1", "rebels", 0, 0)
        .actor("act-1", "rebels", 3, 3, org.parley.actors.MentionKind.PRONOUN, null, "REB")
        .state("act-2", "Zambia", "ZMB", 6, 6)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST)
        .anySatisfy(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void liftingAStateOfEmergencyInAProvinceNoGazetteerKnowsFallsOnThePeopleThere() {
    CodedArticle p = new CodedArticle().sentence(
        "Zambia/NNP/LOCATION/1/nsubj lifted|lift/VBD/-1/root the/DT/3/det state/NN/1/obj of/IN/5/case "
            + "emergency/NN/3/nmod in/IN/8/case Lundazi/NNP/LOCATION/8/compound Province/NNP/3/nmod ././1/punct")
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
  void anOppositionThatAgreesWithNoCounterpartNamedYieldsToItsOwnGovernment() {
    List<Event> events = new CodedArticle()
        .sentence("Zambia/NNP/LOCATION/1/nsubj votes|vote/VBZ/-1/root soon/RB/1/advmod ././1/punct")
        .state("act-2", "Zambia", "ZMB", 0, 0)
        .sentence(
        "The/DT/2/det Zambian|Zambian/JJ/2/amod opposition/NN/3/nsubj agreed|agree/VBD/-1/root to/TO/5/mark "
            + "postpone/VB/3/xcomp the/DT/7/det rally/NN/5/obj ././3/punct")
        .actor("act-1", "Zambian opposition", 1, 2, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "OPP")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE)
        .singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void whoDiedOfTortureSufferedIt() {
    List<Event> events = new CodedArticle().sentence(
        "A/DT/2/det Kenyan|Kenyan/JJ/2/amod detainee/NN/3/nsubj died|die/VBD/-1/root of/IN/5/case torture/NN/3/obl "
            + "in/IN/8/case a/DT/8/det prison/NN/3/obl ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det president/NN/2/nsubj eased|ease/VBD/-1/root the/DT/4/det curfew/NN/2/obj "
            + "imposed|impose/VBN/4/acl in/IN/7/case Zambia/NNP/LOCATION/5/obl ././2/punct")
        .actor("act-1", "president", 1, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "GOV")
        .state("act-2", "Zambia", "ZMB", 7, 7)
        .code();

    assertThat(events).filteredOn(e -> e.source() != null && e.source().equals("act-1"))
        .anySatisfy(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void aDayTheParserTakesForASubjectIsNoSubject() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/LOCATION/1/nsubj sent|send/VBD/-1/root monitors|monitor/NNS/1/obj on/IN/6/mark Monday/NNP/6/nsubj "
            + "to/TO/6/mark investigate/VB/1/advcl the/DT/8/det killings|killing/NNS/6/obj ././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE)
        .singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void civiliansActingDuringAProtestAreItsProtesters() {
    List<Event> events = new CodedArticle().sentence(
        "Zambian|Zambian/JJ/1/amod students|student/NNS/2/nsubj threw|throw/VBD/-1/root stones|stone/NNS/2/obj "
            + "during/IN/5/case demonstrations|demonstration/NNS/2/obl ././2/punct")
        .actor("act-1", "Zambian students", 0, 1, org.parley.actors.MentionKind.DESCRIPTION, "ZMB", "EDU")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aMainVerbLeftWithoutASubjectTakesTheActorJustBeforeIt() {
    List<Event> events = new CodedArticle().sentence(
        "After/IN/1/case talks|talk/NNS/5/obl ,/PUNCT/1/punct Zambia/NNP/LOCATION/1/appos has|have/VBZ/5/aux "
            + "agreed|agree/VBN/-1/root to/TO/7/mark withdraw/VB/5/xcomp ././5/punct")
        .state("act-1", "Zambia", "ZMB", 3, 3)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE || e.type() == EventType.RETREAT)
        .isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aVisitIsPaidToItsHostState() {
    CodedArticle p = new CodedArticle().sentence(
        "Uganda/NNP/LOCATION/1/nsubj reopened|reopen/VBD/-1/root its/PRP$/3/nmod:poss embassy/NN/1/obj ././1/punct")
        .state("act-2", "Uganda", "UGA", 0, 0)
        .sentence(
        "The/DT/1/det envoy/NN/2/nsubj arrived|arrive/VBD/-1/root in/IN/4/case Gulu/NNP/LOCATION/2/obl on/IN/7/case "
            + "a/DT/7/det visit/NN/2/obl ././2/punct")
        .actor("act-1", "envoy", 1, 1);

    assertThat(p.codeAt(new Place("Gulu", "UGA", null, null))).filteredOn(e -> e.type() == EventType.CONSULT)
        .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act-2"));
  }

  @Test
  void goingOnStrikeIsAStrikeNotAPlan() {
    List<Event> events = new CodedArticle().sentence(
        "Nurses|nurse/NNS/1/nsubj went|go/VBD/-1/root on/IN/5/case a/DT/5/det hunger/NN/5/compound strike/NN/1/obl "
            + "to/TO/7/mark win/VB/1/xcomp back/RB/7/advmod pay/NN/7/obj ././1/punct")
        .actor("act-1", "nurses", 0, 0).code();

    assertThat(events).extracting(Event::type, Event::modality)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.PROTEST, Modality.ASSERTED));
  }

  @Test
  void whoIsOpposedToAPlanIsTheOneRejectingIt() {
    List<Event> events = new CodedArticle().sentence(
        "Ghana/NNP/LOCATION/2/nsubj:pass is|be/VBZ/2/aux:pass opposed|oppose/VBN/-1/root to/IN/5/case the/DT/5/det "
            + "plan/NN/2/obl ././2/punct")
        .state("act-1", "Ghana", "GHA", 0, 0).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REJECT);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isNull();
    });
  }

  @Test
  void talksDoNotTakeTheirVenueAsAParty() {
    CodedArticle p = new CodedArticle().sentence(
        "The/DT/1/det envoy/NN/2/nsubj met|meet/VBD/-1/root in/IN/4/case Uganda/NNP/LOCATION/2/obl ././2/punct")
        .actor("act-1", "envoy", 1, 1).state("act-2", "Uganda", "UGA", 4, 4);

    assertThat(p.codeAt(new Place("Uganda", "UGA", null, null))).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void anActAnnouncedUnlessAnotherPartyCompliesIsAnIntendedThreat() {
    List<Event> events = new CodedArticle().sentence(
        "Ghana/NNP/LOCATION/2/nsubj will/MD/2/aux recall/VB/-1/root its/PRP$/4/nmod:poss ambassador/NN/2/obj "
            + "unless/IN/8/mark the/DT/7/det junta/NN/8/nsubj frees|free/VBZ/2/advcl the/DT/10/det "
            + "detainees|detainee/NNS/8/obj ././2/punct")
        .state("act-1", "Ghana", "GHA", 0, 0).actor("act-2", "junta", 7, 7).code();

    assertThat(events).filteredOn(e -> e.source() != null && e.source().equals("act-1")).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.THREATEN);
          assertThat(e.modality()).isEqualTo(Modality.INTENDED);
        });
  }

  private static CodedArticle rejectionReportedBy(String speakerWord, boolean state) {
    CodedArticle p = new CodedArticle().sentence("Kenya/NNP/LOCATION/1/nsubj rejected|reject/VBD/-1/root the/DT/3/det "
        + "request/NN/1/obj ,/,/1/punct " + speakerWord + "/7/nsubj also/RB/7/advmod said|say/VBD/1/parataxis "
        + "././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0);
    return state ? p.state("act-2", "Uganda", "UGA", 5, 5) : p.actor("act-2", "officials", 5, 5);
  }

  @Test
  void aRejectionReportedByAnotherStateIsAlsoItsAccusation() {
    assertThat(rejectionReportedBy("Uganda/NNP/LOCATION", true).code()).extracting(Event::type)
        .contains(EventType.REJECT, EventType.ACCUSE);
  }

  @Test
  void aRejectionReportedByUnplacedOfficialsIsNoAccusation() {
    assertThat(rejectionReportedBy("officials|official/NNS", false).code()).extracting(Event::type)
        .containsExactly(EventType.REJECT);
  }

  @Test
  void aPurposeClauseTakesTheSubjectOfTheClauseItServes() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/LOCATION/1/nsubj sent|send/VBD/-1/root envoys|envoy/NNS/1/obj to/TO/4/mark investigate/VB/1/advcl "
            + "the/DT/6/det shooting/NN/4/obj ././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0).code();

    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void aThreatIsAimedAtWhoeverMustMeetItsCondition() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/LOCATION/1/nsubj threatened|threaten/VBD/-1/root to/TO/3/mark close/VB/1/xcomp the/DT/5/det "
            + "border/NN/3/obj if/IN/8/mark Uganda/NNP/LOCATION/8/nsubj raises|raise/VBZ/3/advcl "
            + "tariffs|tariff/NNS/8/obj ././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Uganda", "UGA", 7, 7).code();

    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN).singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("act-1");
          assertThat(e.target()).isEqualTo("act-2");
        });
  }

  @Test
  void theTargetMayBeNamedInsideTheObject() {
    List<Event> events = new CodedArticle().sentence(
        "Kenya/NNP/LOCATION/1/nsubj lifted|lift/VBD/-1/root sanctions|sanction/NNS/1/obj on/IN/4/case "
            + "Uganda/NNP/LOCATION/2/nmod ././1/punct")
        .state("act-1", "Kenya", "KEN", 0, 0).state("act-2", "Uganda", "UGA", 4, 4).code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void anEventNounNamingAKindOfThingIsNoEvent() {
    CodedArticle p = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj shot|shoot/VBD/-1/root down/RP/1/compound:prt two/CD/5/nummod attack/NN/5/compound "
            + "helicopters|helicopter/NNS/1/obj ././1/punct")
        .actor("act-1", "rebels", 0, 0);

    assertThat(p.code()).singleElement().satisfies(e -> assertThat(e.trigger().of(p.text())).startsWith("shot"));
  }

  @Test
  void anActAwaitedBeforeAnObligationIsMetIsNoEvent() {
    List<Event> events = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj said|say/VBD/-1/root Kenya/NNP/LOCATION/4/nsubj must/MD/4/aux negotiate/VB/1/ccomp "
            + "before/IN/7/mark they/PRP/7/nsubj disarm/VB/4/advcl ././1/punct")
        .actor("act-1", "rebels", 0, 0).state("act-2", "Kenya", "KEN", 2, 2).actor("act-1", "rebels", 6, 6).code();

    assertThat(events).extracting(Event::type).doesNotContain(EventType.RETREAT);
  }

  @Test
  void aimsAHandoverAtThePartyItIsMadeToNotAPartyNamedInWhatIsHandedOver() {
    List<Event> events = new CodedArticle().sentence(
        "Two/CD/1/nummod suspects|suspect/NNS/5/nsubj:pass from/IN/3/case Uganda/NNP/LOCATION/1/nmod "
            + "were|be/VBD/5/aux:pass handed|hand/VBN/-1/root over/RP/5/compound:prt to/IN/8/case "
            + "Kenya/NNP/LOCATION/5/obl ././5/punct")
        .state("act-1", "Uganda", "UGA", 3, 3).state("act-2", "Kenya", "KEN", 8, 8)
        .code();

    Event e = events.stream().filter(x -> x.type() == EventType.COOPERATE).findFirst().orElseThrow();
    assertThat(e.target()).isEqualTo("act-2");
    assertThat(e.trace().toString()).contains("recipient-is-target");
  }
}
