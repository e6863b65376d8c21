// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AimGivenUpIsConcessionTest {
  @Test
  void noLongerSeekingIsAPositiveConcession() {
    Coding c = new Coding(EventType.REQUEST, "102", "demand", Stance.DEMAND);
    c.givenUp = true;
    c.negated = true;
    c.intend = true;
    assertThat(AimGivenUpIsConcession.apply(c)).isTrue();
    assertThat(c.code()).isEqualTo("CONCEDE 080");
    assertThat(c.stance).isEqualTo(Stance.ACCEPT);
    assertThat(c.negated).isFalse();
    assertThat(c.intend).isFalse();
  }

  @Test
  void anAimStillHeldIsLeftAlone() {
    Coding c = new Coding(EventType.REQUEST, "102", "demand", Stance.DEMAND);
    assertThat(AimGivenUpIsConcession.apply(c)).isFalse();
    assertThat(c.code()).isEqualTo("REQUEST 102");
  }
}
