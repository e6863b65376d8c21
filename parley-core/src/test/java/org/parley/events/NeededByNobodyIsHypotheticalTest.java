// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeededByNobodyIsHypotheticalTest {
  @Test
  void aWithdrawalDeclaredNecessaryHasNotHappened() {
    Coding c = new Coding(EventType.RETREAT, "0874", null, null);
    assertThat(NeededByNobodyIsHypothetical.apply(c, true)).isTrue();
    assertThat(c.hypothetical).isTrue();
  }

  @Test
  void aNeedSomeoneVoicesIsTheirDemandNotAConjecture() {
    Coding c = new Coding(EventType.REQUEST, "105", null, Stance.DEMAND);
    c.demanded = true;
    assertThat(NeededByNobodyIsHypothetical.apply(c, true)).isFalse();
    assertThat(c.hypothetical).isFalse();
  }
}
