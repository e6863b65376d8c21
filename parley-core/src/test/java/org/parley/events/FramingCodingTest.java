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
 * What a sentence's framing makes of the events it names: capabilities, options, modals, questions, needs and labels
 * report no deed; particles, passives and "separately" decide the type and the parties. Parses are CoreNLP's for
 * our own sentences.
 */
class FramingCodingTest {

  private static boolean asserted(Event e) {
    return e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED;
  }

  /**
   * A sentence with its actors, and the one event coded from it: its type, and its source and target where the
   * row gives them (null: not checked).
   */
  static Stream<Arguments> singleEvents() {
    return Stream.of(
        arguments("expressing understanding for strikes is support",
            new CodedArticle().sentence("The/DT/1/det cabinet/NN/2/nsubj expressed|express/VBD/-1/root "
                    + "understanding/NN/2/obj for/IN/7/case the/DT/7/det air/NN/7/compound strikes|strike/NNS/3/nmod "
                    + "././2/punct")
                .actor("act-1", "cabinet", 1, 1, MentionKind.NAME, "ARL", "GOV"),
            EventType.SUPPORT, "act-1", null),
        arguments("backing out of a place is a withdrawal even with \"out\" read as a preposition",
            new CodedArticle().sentence("The/DT/1/det militia/NN/2/nsubj backed|back/VBD/-1/root out/IN/6/case "
                    + "of/IN/6/case the/DT/6/det villages|village/NNS/2/obl ././2/punct")
                .actor("act-1", "militia", 1, 1, MentionKind.NAME, null, "REB"),
            EventType.RETREAT, null, null),
        arguments("fighting in the courts is a lawsuit not combat",
            new CodedArticle().sentence("The/DT/1/det family/NN/3/nsubj is|be/VBZ/3/aux fighting|fight/VBG/-1/root "
                    + "in/IN/6/case the/DT/6/det courts|court/NNS/3/obl to/TO/8/mark keep/VB/3/xcomp the/DT/10/det "
                    + "farm/NN/8/obj ././3/punct"),
            EventType.ACCUSE, null, null),
        arguments("\"it\" in a clause the speaker reports is the speaker",
            new CodedArticle().sentence("The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root it/PRP/4/nsubj "
                    + "rejects|reject/VBZ/2/ccomp the/DT/6/det proposal/NN/4/obj ././2/punct")
                .actor("act-1", "ministry", 1, 1, MentionKind.NAME, "ARL", "GOV"),
            EventType.REJECT, "act-1", null),
        arguments("appealing a ruling rejects it",
            new CodedArticle().sentence("The/DT/1/det family/NN/3/nsubj will/MD/3/aux appeal/VB/-1/root the/DT/5/det "
                    + "ruling/NN/3/obj ././3/punct"),
            EventType.REJECT, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleEvents")
  void codesOneEvent(String why, CodedArticle article, EventType type, String source, String target) {
    article.assertOneEvent(type, source, target);
  }

  @Test
  void aCapabilityIsNoDeed() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det navy/NN/3/nsubj was|be/VBD/3/cop capable/JJ/-1/root of/IN/5/mark "
            + "blockading|blockade/VBG/3/advcl the/DT/7/det port/NN/5/obj ././3/punct")
        .actor("act-1", "navy", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COERCE);
    assertThat(events.get(0).modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void aModalOnTheShapingVerbMakesTheDeedOnlyPossible() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/3/nsubj could/MD/3/aux start/VB/-1/root a/DT/5/det war/NN/3/obj "
            + "with/IN/8/case a/DT/8/det raid/NN/3/obl on/IN/11/case the/DT/11/det airport/NN/8/nmod ././3/punct")
        .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).isNotEmpty().noneMatch(FramingCodingTest::asserted);
  }

  @Test
  void aConjoinedVerbSharesTheModalOfItsFirstConjunct() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/3/nsubj might/MD/3/aux withdraw/VB/-1/root from/IN/6/case the/DT/6/det "
            + "town/NN/3/obl and/CC/8/cc accept/VB/3/conj a/DT/10/det truce/NN/8/obj ././3/punct")
        .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).contains(EventType.RETREAT, EventType.AGREE);
    assertThat(events).allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void anEventNounAsSubjectOfAModalPredicateIsOnlyPossible() {
    List<Event> events = new CodedArticle().sentence(
        "Air/NN/1/compound raids|raid/NNS/6/nsubj on/IN/4/case the/DT/4/det port/NN/1/nmod could/MD/6/aux "
            + "harm/VB/-1/root relations|relation/NNS/6/obj with/IN/10/case the/DT/10/det alliance/NN/7/nmod "
            + "././6/punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void anIndirectQuestionRequestsNothingAndReportsNothing() {
    List<Event> events = new CodedArticle().sentence(
        "Reporters|reporter/NNS/1/nsubj asked|ask/VBD/-1/root whether/IN/6/mark the/DT/4/det troops/NNS/6/nsubj "
            + "would/MD/6/aux withdraw/VB/1/ccomp ././1/punct")
        .actor("act-1", "reporters", 0, 0, MentionKind.NAME, null, "MED")
        .actor("act-2", "troops", 4, 4, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.REQUEST).noneMatch(FramingCodingTest::asserted);
  }

  @Test
  void aLabelIsNoDeed() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det radio/NN/2/nsubj described|describe/VBD/-1/root the/DT/4/det detention/NN/2/obj of/IN/7/case "
            + "the/DT/7/det sailors|sailor/NNS/4/nmod as/IN/10/case a/DT/10/det kidnapping/NN/2/obl ././2/punct")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void whatIsCalledEssentialHasNotHappened() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det arrest/NN/6/nsubj of/IN/4/case the/DT/4/det gunmen|gunman/NNS/1/nmod is|be/VBZ/6/cop "
            + "essential/JJ/-1/root for/IN/8/case peace/NN/6/obl ././6/punct")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.COERCE);
  }

  @Test
  void theTopicOfAStatementIsNotTheSpeakersDeed() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/4/nsubj did|do/VBD/4/aux not/RB/4/advmod comment/VB/-1/root on/IN/7/case the/DT/7/det "
            + "shelling|shell/VBG/4/obl ././4/punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void aDeedNamedAsTheMeansOfAConditionalIsOnlyPossible() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det minister/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det state/NN/6/nsubj would/MD/6/aux "
            + "break/VB/2/ccomp the/DT/8/det law/NN/6/obj by/IN/10/case attacking|attack/VBG/6/advcl the/DT/12/det "
            + "port/NN/10/obj ././2/punct")
        .actor("act-1", "minister", 1, 1, MentionKind.NAME, "BRV", "GOV")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT && asserted(e));
  }

  @Test
  void forcesMassedAreTheSourcesOwnNotItsTarget() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det army/NN/2/nsubj massed|mass/VBD/-1/root its/PRP$/4/nmod:poss troops/NNS/2/obj on/IN/7/case "
            + "the/DT/7/det border/NN/2/obl ././2/punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .actor("act-2", "troops", 3, 4, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.MOBILIZE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isNull();
  }

  @Test
  void suspectsHandedOverAreJudicialCooperation() {
    List<Event> events = new CodedArticle().sentence(
        "Two/CD/1/nummod suspects|suspect/NNS/3/nsubj:pass were|be/VBD/3/aux:pass handed|hand/VBN/-1/root "
            + "over/RP/3/compound:prt to/IN/7/case the/DT/7/det tribunal/NN/3/obl ././3/punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COOPERATE);
    assertThat(events.get(0).cameo()).isEqualTo("063");
  }

  @Test
  void subjectsSigningInSimultaneousCeremoniesEachSign() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det presidents|president/NNS/6/nsubj of/IN/3/case Arland/NNP/LOCATION/1/nmod and/CC/5/cc "
            + "Borvia/NNP/LOCATION/3/conj signed|sign/VBD/-1/root the/DT/8/det treaty/NN/6/obj in/IN/11/case "
            + "simultaneous/JJ/11/amod ceremonies|ceremony/NNS/6/obl ././6/punct")
        .state("act-1", "Arland", "ARL", 3, 3)
        .state("act-2", "Borvia", "BRV", 5, 5)
        .code();

    assertThat(events).extracting(Event::type).containsOnly(EventType.AGREE);
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
    assertThat(events).extracting(Event::target).doesNotContain("act-1", "act-2");
  }

  @Test
  void aPresidentSigningHisOwnCapitalsPapersDoesNotActUponHisState() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det president/NN/4/nsubj of/IN/3/case Arland/NNP/LOCATION/1/nmod signed|sign/VBD/-1/root "
            + "his|he/PRP$/6/nmod:poss capital/NN/9/nmod:poss 's/POS/6/case accession/NN/9/compound "
            + "papers|paper/NNS/4/obj on/IN/11/case Monday/NNP/4/obl ././4/punct")
        .actor("act-1", "President of Arland", 1, 3, MentionKind.NAME, "ARL", "GOV")
        .actor("act-2", "Arland", 6, 6, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.AGREE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isNull();
  }

  @Test
  void condolencesOfferedAreSympathyNotAnOffer() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det premier/NN/2/nsubj offered|offer/VBD/-1/root condolences|condolence/NNS/2/obj to/IN/6/case "
            + "the/DT/6/det families|family/NNS/2/obl of/IN/9/case the/DT/9/det victims|victim/NNS/6/nmod "
            + "././2/punct")
        .actor("act-1", "premier", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events).noneMatch(e -> e.type() == EventType.AID || e.type() == EventType.AGREE);
  }

  @Test
  void aResponseToAnAttackFallsOnTheAttacker() {
    List<Event> events = new CodedArticle().sentence(
        "Arland/NNP/LOCATION/2/nsubj will/MD/2/aux respond/VB/-1/root to/IN/5/case an|a/DT/5/det attack/NN/2/obl "
            + "by/IN/7/case Borvia/NNP/LOCATION/5/nmod on/IN/10/case its/PRP$/10/nmod:poss ally/NN/5/nmod "
            + "././2/punct")
        .state("act-1", "Arland", "ARL", 0, 0)
        .state("act-2", "Borvia", "BRV", 7, 7)
        .code();

    assertThat(events).isNotEmpty();
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isEqualTo("act-2");
  }

  @Test
  void eachCoordinatedObjectIsExpelled() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det government/NN/2/nsubj expelled|expel/VBD/-1/root two/CD/4/nummod Borvians/NNPS/2/obj "
            + "and/CC/7/cc a/DT/7/det Carthian/NNP/4/conj on/IN/9/case Monday/NNP/2/obl ././2/punct")
        .actor("act-1", "government", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .actor("act-2", "Borvians", 4, 4, MentionKind.NAME, "BRV", "CVL")
        .actor("act-3", "Carthian", 7, 7, MentionKind.NAME, "CRT", "CVL")
        .code();

    assertThat(events).extracting(Event::target).containsExactlyInAnyOrder("act-2", "act-3");
    assertThat(events).allMatch(e -> "act-1".equals(e.source()));
  }

}
