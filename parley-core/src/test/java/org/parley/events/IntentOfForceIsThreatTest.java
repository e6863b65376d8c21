// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentOfForceIsThreatTest {
  @Test
  void plansToImposeSanctionsIsAThreatOfSanctions() {
    Coding c = new Coding(EventType.SANCTION, "163", "embargo", null);
    c.intend = true;
    assertThat(IntentOfForceIsThreat.apply(c)).isTrue();
    assertThat(c.code()).isEqualTo("THREATEN 131");
    assertThat(c.mode).isNull();
  }

  @Test
  void forceUsedOrGivenUpIsNoThreat() {
    Coding used = new Coding(EventType.ASSAULT, "190", null, null);
    assertThat(IntentOfForceIsThreat.apply(used)).isFalse();
    Coding givenUp = new Coding(EventType.ASSAULT, "190", null, null);
    givenUp.intend = true;
    givenUp.givenUp = true;
    assertThat(IntentOfForceIsThreat.apply(givenUp)).isFalse();
    assertThat(givenUp.code()).isEqualTo("ASSAULT 190");
  }
}
