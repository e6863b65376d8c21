// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarningOfDangerIsNoThreatTest {
  @Test
  void aWarningOfAStateOfAffairsIsNoThreat() {
    // "Agencies warned that thousands face hunger."
    assertThat(WarningOfDangerIsNoThreat.applies(true, true, false, false)).isTrue();
  }

  @Test
  void aWarningAddressedToSomeoneOrNamingAnActStaysAThreat() {
    assertThat(WarningOfDangerIsNoThreat.applies(true, true, true, false)).isFalse(); // "warned the rebels that …"
    assertThat(WarningOfDangerIsNoThreat.applies(true, true, false, true)).isFalse(); // "… any attack would be met"
    assertThat(WarningOfDangerIsNoThreat.applies(true, false, false, false)).isFalse(); // "the general warned"
    assertThat(WarningOfDangerIsNoThreat.applies(false, true, false, false)).isFalse(); // not a threat entry
  }
}
