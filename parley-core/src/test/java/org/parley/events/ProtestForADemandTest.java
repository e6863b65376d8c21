// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtestForADemandTest {
  @Test
  void aProtestHeldForSomethingDemandsIt() {
    Coding c = new Coding(EventType.PROTEST, "141", "demo", null);
    assertThat(ProtestForADemand.apply(c, true)).isTrue();
    assertThat(c.stance).isEqualTo(Stance.DEMAND);
    assertThat(c.code()).isEqualTo("PROTEST 141");
  }

  @Test
  void aProtestWithNothingItIsForKeepsNoStance() {
    Coding c = new Coding(EventType.PROTEST, "141", "demo", null);
    assertThat(ProtestForADemand.apply(c, false)).isFalse();
    assertThat(c.stance).isNull();
  }

  @Test
  void marchersCallingForAReleaseDemandIt() {
    // "Thousands marched to demand the release of the students."
    Event e = new CodedArticle().sentence("Thousands|thousand/NNS/1/nsubj marched|march/VBD/-1/root to/TO/3/mark "
            + "demand/VB/1/advcl the/DT/5/det release/NN/3/obj of/IN/8/case the/DT/8/det students|student/NNS/5/nmod "
            + "././1/punct")
        .code().stream().filter(x -> x.type() == EventType.PROTEST).findFirst().orElseThrow();
    assertThat(e.stance()).isEqualTo(Stance.DEMAND);
    assertThat(e.trace().toString()).contains(ProtestForADemand.NAME);
  }

  @Test
  void aBlockadeForHoursSaysHowLongNotWhatFor() {
    // "Farmers blocked the road for three hours."
    Event e = new CodedArticle().sentence("Farmers|farmer/NNS/1/nsubj blocked|block/VBD/-1/root the/DT/3/det "
            + "road/NN/1/obj for/IN/6/case three/CD/6/nummod hours|hour/NNS/1/obl ././1/punct")
        .code().stream().filter(x -> x.type() == EventType.PROTEST).findFirst().orElseThrow();
    assertThat(e.stance()).isNull();
  }
}
