// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherDoerIsNotTheTalksPartiesTest {
  @Test
  void aDoerOfItsOwnKeepsTheTalksPartiesOut() {
    // "The militant group claimed responsibility"
    assertThat(OtherDoerIsNotTheTalksParties.applies("group", true, false)).isTrue();
  }

  @Test
  void theSidesThemselvesOrNoDoerLetThePartiesStandIn() {
    assertThat(OtherDoerIsNotTheTalksParties.applies("side", true, false)).isFalse(); // "the two sides agreed"
    assertThat(OtherDoerIsNotTheTalksParties.applies(null, false, false)).isFalse(); // "no deal was reached"
    assertThat(OtherDoerIsNotTheTalksParties.applies("talk", true, true)).isFalse(); // "the talks ended in a deal"
    assertThat(OtherDoerIsNotTheTalksParties.applies("they", false, false)).isFalse(); // "they agreed"
  }
}
