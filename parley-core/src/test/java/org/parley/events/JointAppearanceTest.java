// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule party-at-a-joint-appearance: a news conference with someone, or appearing alongside them, is a meeting. */
class JointAppearanceTest {
  @Test
  void theSpeakerAtANewsConferenceWithAMinisterMeetsHim() {
    // "At a news conference with the Egyptian minister, the Israeli premier said the talks would resume."
    List<Event> events = new CodedArticle()
        .sentence("At/IN/3/case a/DT/3/det news/NN/3/compound conference/NN/12/obl with/IN/7/case the/DT/7/det "
            + "Egyptian/JJ/7/amod minister/NN/3/nmod ,/,/12/punct the/DT/11/det Israeli/JJ/11/amod "
            + "premier/NN/12/nsubj said|say/VBD/-1/root the/DT/14/det talks|talk/NNS/16/nsubj would/MD/16/aux "
            + "resume/VB/12/ccomp ././12/punct")
        .state("act-1", "Egypt", "EGY", 6, 7)
        .state("act-2", "Israel", "ISR", 10, 11)
        .code();
    assertThat(events).filteredOn(e -> e.trace().steps().stream().anyMatch(s -> s.rule().equals(JointAppearance.NAME)))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.CONSULT);
          assertThat(e.cameo()).isEqualTo("040");
          assertThat(e.source()).isEqualTo("act-2");
          assertThat(e.target()).isEqualTo("act-1");
        });
  }

  @Test
  void aNewsConferenceWithNoOneIsNoMeeting() {
    // "The premier told a news conference that the border would reopen."
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det premier/NN/2/nsubj told|tell/VBD/-1/root a/DT/5/det news/NN/5/compound "
            + "conference/NN/2/obj that/IN/10/mark the/DT/8/det border/NN/10/nsubj would/MD/10/aux "
            + "reopen/VB/2/ccomp ././2/punct")
        .state("act-1", "Israel", "ISR", 1, 1)
        .code();
    assertThat(events).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.CONSULT));
  }

  @Test
  void appearingAlongsideAnotherLeaderIsAMeeting() {
    // "The Turkish president appeared alongside the Greek premier."
    new CodedArticle()
        .sentence("The/DT/2/det Turkish/JJ/2/amod president/NN/3/nsubj appeared|appear/VBD/-1/root "
            + "alongside/IN/7/case the/DT/7/det Greek/JJ/7/amod premier/NN/3/obl ././3/punct")
        .state("act-1", "Turkey", "TUR", 1, 2)
        .state("act-2", "Greece", "GRC", 6, 7)
        .assertOneEvent(EventType.CONSULT, "act-1", "act-2");
  }

  @Test
  void aJointNewsConferenceHeldWithAPresidentIsAMeeting() {
    // "The king held a joint news conference with the French president."
    new CodedArticle()
        .sentence("The/DT/1/det king/NN/2/nsubj held|hold/VBD/-1/root a/DT/6/det joint/JJ/6/amod news/NN/6/compound "
            + "conference/NN/2/obj with/IN/10/case the/DT/10/det French/JJ/10/amod president/NN/2/obl ././2/punct")
        .state("act-1", "Jordan", "JOR", 1, 1)
        .state("act-2", "France", "FRA", 9, 10)
        .assertOneEvent(EventType.CONSULT, "act-1", "act-2");
  }
}
