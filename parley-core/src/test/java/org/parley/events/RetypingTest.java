// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetypingTest {
  @Test
  void sendingPeacekeepersIsAidNotAShowOfForce() {
    Coding c = new Coding(EventType.MOBILIZE, "154", "troops", null);
    assertThat(Retyping.PEACEKEEPERS_ARE_AID.apply(c, true)).isTrue();
    assertThat(c.code()).isEqualTo("AID 074");
    assertThat(c.mode).isNull();
  }

  @Test
  void otherTroopsStayAMobilisation() {
    Coding c = new Coding(EventType.MOBILIZE, "154", "troops", null);
    assertThat(Retyping.PEACEKEEPERS_ARE_AID.apply(c, false)).isFalse();
    assertThat(c.code()).isEqualTo("MOBILIZE 154");
  }

  @Test
  void protestingThatSomethingIsWrongIsAnAccusation() {
    Coding c = new Coding(EventType.PROTEST, "140", null, null);
    assertThat(Retyping.PROTEST_IN_WORDS_IS_ACCUSATION.apply(c, true)).isTrue();
    assertThat(c.code()).isEqualTo("ACCUSE 111");
    assertThat(c.mode).isEqualTo("disapprove");
    assertThat(c.stance).isEqualTo(Stance.OPPOSE);
  }

  @Test
  void aStreetProtestStaysAProtest() {
    Coding c = new Coding(EventType.PROTEST, "141", null, null);
    assertThat(Retyping.PROTEST_IN_WORDS_IS_ACCUSATION.apply(c, false)).isFalse();
    assertThat(c.code()).isEqualTo("PROTEST 141");
  }

  @Test
  void aRuleLeavesOtherTypesAlone() {
    Coding c = new Coding(EventType.PROTEST, "141", null, null);
    assertThat(Retyping.PEACEKEEPERS_ARE_AID.apply(c, true)).isFalse();
    assertThat(c.code()).isEqualTo("PROTEST 141");
  }

  @Test
  void aidFromPeacekeepersKeepsTheStanceTheEventHad() {
    Coding c = new Coding(EventType.MOBILIZE, "154", "troops", Stance.OFFER);
    Retyping.PEACEKEEPERS_ARE_AID.apply(c, true);
    assertThat(c.stance).isEqualTo(Stance.OFFER);
  }
}
