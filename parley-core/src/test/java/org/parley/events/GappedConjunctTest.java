// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule gapped-second-conjunct: "A withdrew from B and C from D" reports C's withdrawal from D too. */
class GappedConjunctTest {
  @Test
  void aSecondSubjectWithItsOwnPhraseDoesTheSameAct() {
    List<Event> events = new CodedArticle().sentence(
        "Syria/NNP/1/nsubj withdrew|withdraw/VBD/-1/root from/IN/3/case Lebanon/NNP/1/obl and/CC/5/cc "
            + "Israel/NNP/3/conj from/IN/7/case Gaza/NNP/1/obl ././1/punct")
        .state("act-1", "Syria", "SYR", 0, 0)
        .state("act-2", "Lebanon", "LBN", 3, 3)
        .state("act-3", "Israel", "ISR", 5, 5)
        .state("act-4", "Palestine", "PSE", 7, 7)
        .code();

    assertThat(events).allMatch(e -> e.type() == EventType.RETREAT)
        .extracting(e -> e.source() + ">" + e.target()).containsExactlyInAnyOrder("act-1>act-2", "act-3>act-4");
    assertThat(events).filteredOn(e -> "act-3".equals(e.source())).singleElement()
        .satisfies(e -> assertThat(e.trace().toString()).contains(GappedConjunct.NAME));
  }

  @Test
  void aPhraseWithAnotherPrepositionLeavesTwoPlacesJoined() {
    List<Event> events = new CodedArticle().sentence(
        "Syria/NNP/1/nsubj withdrew|withdraw/VBD/-1/root from/IN/3/case Lebanon/NNP/1/obl and/CC/5/cc "
            + "Jordan/NNP/3/conj in/IN/7/case May/NNP/DATE/1/obl ././1/punct")
        .state("act-1", "Syria", "SYR", 0, 0)
        .state("act-2", "Lebanon", "LBN", 3, 3)
        .state("act-3", "Jordan", "JOR", 5, 5)
        .code();

    assertThat(events).noneMatch(e -> "act-3".equals(e.source()));
  }

  @Test
  void aNumberAfterTheSecondSubjectIsItsOwnShareAndNotTheFirstDoersObject() {
    // the parser's reading of "Egypt sent 500 troops and Morocco 300 troops": Morocco a compound of the second troops
    List<Event> events = new CodedArticle().sentence(
        "Egypt/NNP/1/nsubj sent|send/VBD/-1/root 500/CD/3/nummod troops/NNS/1/obj and/CC/7/cc Morocco/NNP/7/compound "
            + "300/CD/7/nummod troops/NNS/3/conj to/TO/10/case the/DT/10/det region/NN/1/obl ././1/punct")
        .state("act-1", "Egypt", "EGY", 0, 0)
        .state("act-2", "Morocco", "MAR", 5, 5)
        .code();

    assertThat(events).allMatch(e -> e.type() == EventType.MOBILIZE && e.target() == null)
        .extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
  }

  @Test
  void aSecondSubjectReadAsTheVerbsConjunctActsOnItsOwnObject() {
    // "France recognised the council, and Germany the government": the parser joins Germany to the verb
    List<Event> events = new CodedArticle().sentence(
        "France/NNP/1/nsubj recognised|recognise/VBD/-1/root the/DT/3/det council/NN/1/obj ,/,/1/punct and/CC/6/cc "
            + "Germany/NNP/1/conj the/DT/9/det Libyan/JJ/9/amod government/NN/6/obj ././1/punct")
        .state("act-1", "France", "FRA", 0, 0)
        .state("act-2", "Germany", "DEU", 6, 6)
        .state("act-3", "Libya", "LBY", 7, 9)
        .code();

    assertThat(events).extracting(e -> e.source() + ">" + e.target())
        .containsExactlyInAnyOrder("act-1>null", "act-2>act-3");
  }

  @Test
  void theSecondSubjectJoinedToTheFirstObjectIsNoTarget() {
    List<Event> events = new CodedArticle().sentence(
        "Troops|troops/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/3/det village/NN/1/obj and/CC/6/cc the/DT/6/det "
            + "rebels|rebel/NNS/3/conj the/DT/8/det town/NN/3/dep ././1/punct")
        .actor("act-1", "Malian military", 0, 0, org.parley.actors.MentionKind.DESCRIPTION, "MLI", "MIL")
        .actor("act-2", "Malian rebels", 5, 6, org.parley.actors.MentionKind.DESCRIPTION, "MLI", "REB")
        .code();

    assertThat(events).allMatch(e -> e.type() == EventType.ASSAULT && e.target() == null)
        .extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
  }

  @Test
  void aDemandOnTheFirstSubjectOfAGappedClauseIsMadeOnTheSecondToo() {
    List<Event> events = new CodedArticle().sentence(
        "Iran/NNP/1/nsubj demanded|demand/VBD/-1/root that/IN/4/mark Israel/NNP/4/nsubj withdraw/VB/1/ccomp "
            + "from/IN/6/case Gaza/NNP/4/obl and/CC/8/cc Syria/NNP/6/conj from/IN/10/case Lebanon/NNP/6/nmod "
            + "././1/punct")
        .state("act-1", "Iran", "IRN", 0, 0)
        .state("act-2", "Israel", "ISR", 3, 3)
        .state("act-3", "Syria", "SYR", 8, 8)
        .state("act-4", "Lebanon", "LBN", 10, 10)
        .code();

    assertThat(events).allMatch(e -> e.type() == EventType.REQUEST)
        .extracting(e -> e.source() + ">" + e.target()).containsExactlyInAnyOrder("act-1>act-2", "act-1>act-3");
  }

  @Test
  void aConditionOnTheFirstSubjectOfAGappedClauseIsSetOnTheSecondToo() {
    // "Serbia will leave only if Albania withdraws from the valley and Greece from the zone", as parsed
    List<Event> events = new CodedArticle().sentence(
        "Serbia/NNP/2/nsubj will/MD/2/aux leave|leave/VB/-1/root only/RB/6/advmod if/IN/6/mark Albania/NNP/6/nsubj "
            + "withdraws|withdraw/VBZ/2/advcl from/IN/9/case the/DT/9/det valley/NN/6/obl and/CC/11/cc "
            + "Greece/NNP/6/conj from/IN/14/case the/DT/14/det zone/NN/11/nmod ././2/punct")
        .state("act-1", "Serbia", "SRB", 0, 0)
        .state("act-2", "Albania", "ALB", 5, 5)
        .state("act-3", "Greece", "GRC", 11, 11)
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST)
        .extracting(e -> e.source() + ">" + e.target()).containsExactlyInAnyOrder("act-1>act-2", "act-1>act-3");
  }

  @Test
  void aSecondNameAfterAVerbWithAnObjectMayBeItsSecondObject() {
    // "Chad met Niger in Paris and Mali in Rome": Chad met both; parsed with Mali joined to the verb
    List<Event> events = new CodedArticle().sentence(
        "Chad/NNP/1/nsubj met|meet/VBD/-1/root Niger/NNP/1/obj in/IN/4/case Paris/NNP/1/obl and/CC/6/cc "
            + "Mali/NNP/1/conj in/IN/8/case Rome/NNP/6/nmod ././1/punct")
        .state("act-1", "Chad", "TCD", 0, 0)
        .state("act-2", "Niger", "NER", 2, 2)
        .state("act-3", "Mali", "MLI", 6, 6)
        .code();

    assertThat(events).noneMatch(e -> "act-3".equals(e.source()));
  }
}
