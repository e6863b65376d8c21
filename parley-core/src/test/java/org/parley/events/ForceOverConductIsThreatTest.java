// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForceOverConductIsThreatTest {
  @Test
  void mayHaltAidIfTheKillingsGoOnIsAThreat() {
    Coding c = new Coding(EventType.SANCTION, "163", null, null);
    c.hypothetical = true;
    assertThat(ForceOverConductIsThreat.apply(c, true)).isTrue();
    assertThat(c.intend).isTrue();
    assertThat(c.hypothetical).isFalse();
  }

  @Test
  void aNegatedOrCooperativeActIsNoThreat() {
    Coding negated = new Coding(EventType.SANCTION, "163", null, null);
    negated.negated = true;
    assertThat(ForceOverConductIsThreat.apply(negated, true)).isFalse();
    Coding aid = new Coding(EventType.AID, "070", null, null);
    assertThat(ForceOverConductIsThreat.apply(aid, true)).isFalse();
    assertThat(aid.intend).isFalse();
  }
}
