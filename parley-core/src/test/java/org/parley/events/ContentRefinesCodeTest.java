// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentRefinesCodeTest {
  @Test
  void anOfferToStrikeIsAThreatOfTheStrike() {
    Coding c = new Coding(EventType.AGREE, "030", null, Stance.OFFER);
    c.selfIntent = true;
    assertThat(ContentRefinesCode.apply(c, EventType.ASSAULT, null)).isTrue();
    assertThat(c.code()).isEqualTo("THREATEN 138");
    assertThat(c.stance).isNull();
  }

  @Test
  void anOfferToMediateIsIntentToMediate() {
    Coding c = new Coding(EventType.AGREE, "030", null, Stance.OFFER);
    c.selfIntent = true;
    assertThat(ContentRefinesCode.apply(c, EventType.CONSULT, "third-party")).isTrue();
    assertThat(c.cameo).isEqualTo("039");
  }

  @Test
  void refusingToWithdrawRejectsARetreatButDenyingBlameStaysADenial() {
    Coding refusal = new Coding(EventType.REJECT, "120", null, Stance.REJECT);
    assertThat(ContentRefinesCode.apply(refusal, EventType.RETREAT, null)).isTrue();
    assertThat(refusal.cameo).isEqualTo("124");

    Coding denial = new Coding(EventType.REJECT, "0141", null, null);
    assertThat(ContentRefinesCode.apply(denial, EventType.ASSAULT, null)).isFalse();
    assertThat(denial.cameo).isEqualTo("0141");
  }

  @Test
  void aDemandForTalksTakesTheDigitOfTalks() {
    Coding c = new Coding(EventType.REQUEST, "100", null, Stance.DEMAND);
    assertThat(ContentRefinesCode.apply(c, EventType.CONSULT, null)).isTrue();
    assertThat(c.cameo).isEqualTo("106");
  }

  @Test
  void aPlainAgreementAboutAnythingKeepsItsCode() {
    Coding c = new Coding(EventType.AGREE, "057", null, Stance.AGREED);
    assertThat(ContentRefinesCode.apply(c, EventType.RETREAT, null)).isFalse();
    assertThat(c.code()).isEqualTo("AGREE 057");
  }
}
