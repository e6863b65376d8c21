// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActUnlessIsThreatTest {
  @Test
  void willPullOutUnlessATruceIsArrangedIsAThreat() {
    Coding c = new Coding(EventType.AGREE, "035", null, Stance.OFFER);
    c.intend = true;
    c.hypothetical = true;
    assertThat(ActUnlessIsThreat.apply(c, () -> true, EventType.RETREAT)).isTrue();
    assertThat(c.code()).isEqualTo("THREATEN 130");
    assertThat(c.hypothetical).isFalse();
    assertThat(c.intend).isTrue();
  }

  @Test
  void theConditionIsReadOnlyForAnIntendedAct() {
    Coding done = new Coding(EventType.RETREAT, "0874", null, null);
    assertThat(ActUnlessIsThreat.apply(done, () -> {
      throw new AssertionError("no intent: the 'unless' reading is not needed");
    }, EventType.RETREAT)).isFalse();
    assertThat(done.code()).isEqualTo("RETREAT 0874");
  }

  @Test
  void aDemandOrRefusalWithUnlessStaysWhatItIs() {
    Coding demand = new Coding(EventType.REQUEST, "100", null, Stance.DEMAND);
    demand.intend = true;
    assertThat(ActUnlessIsThreat.apply(demand, () -> true, EventType.REQUEST)).isFalse();
  }
}
