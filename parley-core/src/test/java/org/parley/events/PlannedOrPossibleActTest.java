// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannedOrPossibleActTest {
  @Test
  void aPlannedOrProposedActIsIntended() {
    assertThat(PlannedOrPossibleAct.of("plan", "VBN")).isEqualTo(PlannedOrPossibleAct.Reading.INTENDED);
    assertThat(PlannedOrPossibleAct.of("propose", "VBN")).isEqualTo(PlannedOrPossibleAct.Reading.INTENDED);
    assertThat(PlannedOrPossibleAct.of("upcoming", "JJ")).isEqualTo(PlannedOrPossibleAct.Reading.INTENDED);
  }

  @Test
  void aPossibleActIsHypothetical() {
    assertThat(PlannedOrPossibleAct.of("potential", "JJ")).isEqualTo(PlannedOrPossibleAct.Reading.HYPOTHETICAL);
  }

  @Test
  void otherModifiersChangeNothing() {
    assertThat(PlannedOrPossibleAct.of("deadly", "JJ")).isEqualTo(PlannedOrPossibleAct.Reading.NONE);
    // "the planning committee": a gerund modifier plans nothing
    assertThat(PlannedOrPossibleAct.of("plan", "VBG")).isEqualTo(PlannedOrPossibleAct.Reading.NONE);
  }
}
