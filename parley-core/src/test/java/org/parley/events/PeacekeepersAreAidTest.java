// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeacekeepersAreAidTest {
  @Test
  void sendingPeacekeepersIsAidNotAShowOfForce() {
    Coding c = new Coding(EventType.MOBILIZE, "154", "troops", null);
    assertThat(PeacekeepersAreAid.apply(c, true)).isTrue();
    assertThat(c.code()).isEqualTo("AID 074");
    assertThat(c.mode).isNull();
  }

  @Test
  void otherTroopsStayAMobilisation() {
    Coding c = new Coding(EventType.MOBILIZE, "154", "troops", null);
    assertThat(PeacekeepersAreAid.apply(c, false)).isFalse();
    assertThat(c.code()).isEqualTo("MOBILIZE 154");
  }
}
