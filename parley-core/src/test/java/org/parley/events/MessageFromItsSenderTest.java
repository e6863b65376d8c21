// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule message-from-its-sender: the "from" phrase of a noun of something said names who said it, and whoever got it
 * is whom it is aimed at; "from" on other event nouns keeps its old reading. The parses are the parser's own.
 */
class MessageFromItsSenderTest {
  private static boolean traced(Event e, String rule) {
    return e.trace().steps().stream().anyMatch(step -> step.rule().contains(rule));
  }

  @Test
  void aWarningFromACapitalIsThatStatesThreat() {
    // "Ankara launched air strikes on Erbil despite warnings from Tehran."
    List<Event> events = new CodedArticle()
        .sentence("Ankara/NNP/LOCATION/1/nsubj launched|launch/VBD/-1/root air/NN/3/compound "
            + "strikes|strike/NNS/1/obj on/IN/5/case Erbil/NNP/LOCATION/3/nmod despite/IN/7/case "
            + "warnings|warning/NNS/1/obl from/IN/9/case Tehran/NNP/LOCATION/7/nmod ././1/punct")
        .state("act-1", "Turkey", "TUR", 0, 0).state("act-2", "Iraq", "IRQ", 5, 5)
        .state("act-3", "Iran", "IRN", 9, 9)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-3");
      assertThat(e.target()).isEqualTo("act-1"); // who went ahead despite them was warned
      assertThat(traced(e, MessageFromItsSender.NAME)).isTrue();
    });
    assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void theSenderActsNotWhoeverBrushesTheMessageAside() {
    // "The premier brushed aside warnings from Beijing."
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det premier/NN/2/nsubj brushed|brush/VBD/-1/root aside/RB/2/advmod "
            + "warnings|warning/NNS/2/obj from/IN/6/case Beijing/NNP/LOCATION/4/nmod ././2/punct")
        .state("act-1", "Japan", "JPN", 1, 1).state("act-2", "China", "CHN", 6, 6)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void aWithdrawalFromAPlaceIsNoMessage() {
    // "The withdrawal of Syrian troops from Lebanon began on Monday."
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det withdrawal/NN/7/nsubj of/IN/4/case Syrian/JJ/4/amod troops/NNS/1/nmod "
            + "from/IN/6/case Lebanon/NNP/LOCATION/1/nmod began|begin/VBD/-1/root on/IN/9/case "
            + "Monday/NNP/7/obl ././7/punct")
        .actor("act-1", "Syrian military", 3, 4, org.parley.actors.MentionKind.DESCRIPTION, "SYR", "MIL")
        .state("act-2", "Lebanon", "LBN", 6, 6)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.RETREAT)
        .allSatisfy(e -> assertThat(e.source()).isNotEqualTo("act-2"));
    assertThat(events).noneMatch(e -> traced(e, MessageFromItsSender.NAME));
  }

  @Test
  void aidFromAnAllyStillNeedsAVerb() {
    // "Aid from the bloc reached the region on Tuesday." — aid is no message: no verb, no event
    List<Event> events = new CodedArticle()
        .sentence("Aid/NN/3/nsubj from/IN/2/case EU/NNP/ORGANIZATION/0/nmod reached|reach/VBD/-1/root "
            + "the/DT/5/det region/NN/3/obj on/IN/7/case Tuesday/NNP/3/obl ././3/punct")
        .actor("act-1", "European Union", 2, 2)
        .code();
    assertThat(events).noneMatch(e -> e.type() == EventType.AID);
  }
}
