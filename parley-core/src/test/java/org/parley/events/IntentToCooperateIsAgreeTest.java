// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentToCooperateIsAgreeTest {
  @Test
  void willWithdrawIsAnOfferToRetreat() {
    Coding c = new Coding(EventType.RETREAT, "0874", "military", null);
    c.intend = true;
    assertThat(IntentToCooperateIsAgree.apply(c)).isEqualTo(IntentToCooperateIsAgree.NAME);
    assertThat(c.code()).isEqualTo("AGREE 035");
    assertThat(c.stance).isEqualTo(Stance.OFFER);
    assertThat(c.mode).isNull();
  }

  @Test
  void openToAnAgreementLeavesTheTermsOpen() {
    Coding c = new Coding(EventType.AGREE, "057", null, Stance.AGREED);
    c.intend = true;
    c.open = true;
    assertThat(IntentToCooperateIsAgree.apply(c)).isEqualTo(IntentToCooperateIsAgree.OPEN);
    assertThat(c.code()).isEqualTo("AGREE 057");
    assertThat(c.stance).isEqualTo(Stance.OPEN);
  }

  @Test
  void anActDoneOrAnOfferAlreadyIsLeftAlone() {
    Coding done = new Coding(EventType.RETREAT, "0874", null, null);
    assertThat(IntentToCooperateIsAgree.apply(done)).isNull();
    Coding offer = new Coding(EventType.RETREAT, "0874", null, Stance.OFFER);
    offer.intend = true;
    offer.selfIntent = true;
    assertThat(IntentToCooperateIsAgree.apply(offer)).isNull();
    assertThat(offer.code()).isEqualTo("RETREAT 0874");
  }
}
