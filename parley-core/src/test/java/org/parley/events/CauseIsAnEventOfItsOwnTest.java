// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CauseIsAnEventOfItsOwnTest {
  @Test
  void aCauseOrCircumstanceIsNotContent() {
    assertThat(CauseIsAnEventOfItsOwn.applies("obl", "because", false)).isTrue(); // "because of fighting"
    assertThat(CauseIsAnEventOfItsOwn.applies("obl", "after", false)).isTrue(); // "after the shelling"
    assertThat(CauseIsAnEventOfItsOwn.applies("nmod", "amid", false)).isTrue(); // "amid clashes"
  }

  @Test
  void aProtestByThoseActedOnIsItsOwnEvent() {
    assertThat(CauseIsAnEventOfItsOwn.applies("acl", "", true)).isTrue(); // "dispersed marchers protesting"
  }

  @Test
  void contentAndPurposeStayAbsorbed() {
    assertThat(CauseIsAnEventOfItsOwn.applies("advcl", "of", false)).isFalse(); // "accused the army of shelling"
    assertThat(CauseIsAnEventOfItsOwn.applies("obl", "for", false)).isFalse(); // "blamed them for the attack"
    assertThat(CauseIsAnEventOfItsOwn.applies("acl", "", false)).isFalse(); // "a resolution censuring the raid"
  }
}
