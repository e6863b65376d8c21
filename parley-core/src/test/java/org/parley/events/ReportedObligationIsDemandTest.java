// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedObligationIsDemandTest {
  @Test
  void saidTheMilitiaMustLeaveIsADemandForRetreat() {
    Coding c = new Coding(EventType.RETREAT, "0874", null, null);
    c.intend = true;
    assertThat(ReportedObligationIsDemand.apply(c, true, true)).isTrue();
    assertThat(c.demanded).isTrue();
    assertThat(c.code()).isEqualTo("REQUEST 105");
    assertThat(c.stance).isEqualTo(Stance.DEMAND);
    assertThat(c.intend).isFalse();
  }

  @Test
  void anObligationNobodyVoicesOrANegatedOneIsNoDemand() {
    Coding unsaid = new Coding(EventType.RETREAT, "0874", null, null);
    assertThat(ReportedObligationIsDemand.apply(unsaid, true, false)).isFalse();
    assertThat(unsaid.demanded).isFalse();
    Coding negated = new Coding(EventType.RETREAT, "0874", null, null);
    negated.negated = true;
    assertThat(ReportedObligationIsDemand.apply(negated, true, true)).isFalse();
    assertThat(negated.code()).isEqualTo("RETREAT 0874");
  }
}
