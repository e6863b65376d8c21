// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoScaleTest {
  @Test
  void signingAnAgreementIsStronglyCooperativeAndAnAirStrikeMaximallyConflictual() {
    assertThat(CameoScale.goldstein("057")).contains(8.0);
    assertThat(CameoScale.goldstein("195")).contains(-10.0);
    assertThat(CameoScale.goldstein("0874")).contains(10.0);
  }

  @Test
  void anUnlistedSubCodeTakesTheWeightOfItsNearestListedPrefix() {
    assertThat(CameoScale.goldstein("1245")).isEqualTo(CameoScale.goldstein("124"));
    assertThat(CameoScale.goldstein("0257")).isEqualTo(CameoScale.goldstein("025"));
    assertThat(CameoScale.goldstein(null)).isEmpty();
    assertThat(CameoScale.goldstein("xx")).isEmpty();
  }

  @Test
  void quadClassFollowsTheRoot() {
    assertThat(CameoScale.quadClass("046")).contains(1);
    assertThat(CameoScale.quadClass("0871")).contains(2);
    assertThat(CameoScale.quadClass("112")).contains(3);
    assertThat(CameoScale.quadClass("190")).contains(4);
    assertThat(CameoScale.quadClass("-")).isEmpty();
    assertThat(CameoScale.quadName(4)).isEqualTo("material conflict");
  }
}
