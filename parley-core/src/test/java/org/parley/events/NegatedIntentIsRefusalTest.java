// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegatedIntentIsRefusalTest {
  @Test
  void willNotSignIsAPositiveRefusalToAgree() {
    Coding c = new Coding(EventType.AGREE, "057", null, Stance.AGREED);
    c.intend = true;
    c.negated = true;
    assertThat(NegatedIntentIsRefusal.apply(c, EventType.AGREE)).isTrue();
    assertThat(c.code()).isEqualTo("REJECT 127");
    assertThat(c.negated).isFalse();
    assertThat(c.stance).isEqualTo(Stance.REJECT);
  }

  @Test
  void wouldNotWithdrawRefusesTheWithdrawalNotAnAgreement() {
    // the intent rule already made the withdrawal an offer (AGREE 035); the refusal follows the lexicon's type
    Coding c = new Coding(EventType.AGREE, "035", null, Stance.OFFER);
    c.intend = true;
    c.negated = true;
    assertThat(NegatedIntentIsRefusal.apply(c, EventType.RETREAT)).isTrue();
    assertThat(c.code()).isEqualTo("REJECT 124");
  }

  @Test
  void didNotSignStaysANegatedAgreement() {
    Coding c = new Coding(EventType.AGREE, "057", null, Stance.AGREED);
    c.negated = true;
    assertThat(NegatedIntentIsRefusal.apply(c, EventType.AGREE)).isFalse();
    assertThat(c.code()).isEqualTo("AGREE 057");
    assertThat(c.negated).isTrue();
  }
}
