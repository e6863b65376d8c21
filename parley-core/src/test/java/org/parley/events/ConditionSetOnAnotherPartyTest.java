// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionSetOnAnotherPartyTest {
  @Test
  void unlessProvidedAndOnlyIfSetAConditionAPlainIfDoesNot() {
    assertThat(ConditionSetOnAnotherParty.setsACondition("unless", false)).isTrue();
    assertThat(ConditionSetOnAnotherParty.setsACondition("provided", false)).isTrue();
    assertThat(ConditionSetOnAnotherParty.setsACondition("if", true)).isTrue();
    assertThat(ConditionSetOnAnotherParty.setsACondition("if", false)).isFalse();
    assertThat(ConditionSetOnAnotherParty.setsACondition("when", true)).isFalse();
  }

  @Test
  void aDemandNeedsTwoDifferentParties() {
    assertThat(ConditionSetOnAnotherParty.keeps("act-1", "act-2")).isTrue();
    assertThat(ConditionSetOnAnotherParty.keeps("act-1", "act-1")).isFalse(); // "will leave only if it is paid"
    assertThat(ConditionSetOnAnotherParty.keeps(null, "act-2")).isFalse();
  }

  @Test
  void theDemandAsksForTheActOfTheCondition() {
    EventLexicon.Entry any = ConditionSetOnAnotherParty.entry("disarm", null);
    assertThat(any.type()).isEqualTo(EventType.REQUEST);
    assertThat(any.cameo()).isEqualTo("100");
    assertThat(any.stance()).isEqualTo(Stance.DEMAND);
  }
}
