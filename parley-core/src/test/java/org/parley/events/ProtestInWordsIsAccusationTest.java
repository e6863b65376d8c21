// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtestInWordsIsAccusationTest {
  @Test
  void protestingThatSomethingIsWrongIsAnAccusation() {
    Coding c = new Coding(EventType.PROTEST, "140", null, null);
    assertThat(ProtestInWordsIsAccusation.apply(c, true)).isTrue();
    assertThat(c.code()).isEqualTo("ACCUSE 111");
    assertThat(c.mode).isEqualTo("disapprove");
    assertThat(c.stance).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void aStreetProtestStaysAProtest() {
    Coding c = new Coding(EventType.PROTEST, "141", null, null);
    assertThat(ProtestInWordsIsAccusation.apply(c, false)).isFalse();
    assertThat(c.code()).isEqualTo("PROTEST 141");
  }
}
