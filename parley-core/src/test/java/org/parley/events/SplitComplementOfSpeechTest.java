// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Team-written sentences, hand-parsed as CoreNLP's parser sometimes parses them. */
class SplitComplementOfSpeechTest {
  /**
   * "Seoul feels Pyongyang must rejoin the forum." parsed as "feels Pyongyang" (object) plus a loose "rejoin"
   * (dep): Pyongyang must rejoin, as Seoul feels, so Seoul demands it of Pyongyang.
   */
  @Test
  void aLooseModalVerbUnderABeliefVerbIsItsComplementWithTheObjectAsSubject() {
    List<Event> events = new CodedArticle().sentence(
        "Seoul/NNP/LOCATION/1/nsubj feels|feel/VBZ/-1/root Pyongyang/NNP/LOCATION/1/obj must/MD/4/aux "
            + "rejoin/VB/1/dep the/DT/6/det forum/NN/4/obj ././1/punct")
        .actor("act-1", "Seoul", 0, 0).actor("act-2", "Pyongyang", 2, 2)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.trace().toString()).contains(SplitComplementOfSpeech.NAME);
    });
  }

  /** "Seoul feels Pyongyang ... it must rejoin" — a verb with a subject of its own is left alone. */
  @Test
  void aVerbWithItsOwnSubjectIsNotSplitOff() {
    List<Event> events = new CodedArticle().sentence(
        "Seoul/NNP/LOCATION/1/nsubj feels|feel/VBZ/-1/root Pyongyang/NNP/LOCATION/1/obj it/PRP/5/nsubj must/MD/5/aux "
            + "rejoin/VB/1/dep ././1/punct")
        .actor("act-1", "Seoul", 0, 0).actor("act-2", "Pyongyang", 2, 2)
        .code();

    assertThat(events).noneMatch(e -> e.trace().toString().contains(SplitComplementOfSpeech.NAME));
  }
}
