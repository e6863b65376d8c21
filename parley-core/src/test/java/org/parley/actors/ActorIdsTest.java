// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actor ids: one series per article, continued by each stage past every id already given. */
class ActorIdsTest {
  private static Actor actor(String id) {
    return new Actor(id, "name " + id, null, null, null, null, null, List.of());
  }

  @Test
  void aNewArticleStartsAtOne() {
    ActorIds ids = new ActorIds();
    assertThat(ids.next()).isEqualTo("act-1");
    assertThat(ids.next()).isEqualTo("act-2");
  }

  @Test
  void aLaterStageContinuesPastTheHighestIdEvenWithGaps() {
    // an earlier stage made act-5 and dropped it: the next stage must not give act-5's successor twice
    ActorLayer layer = new ActorLayer(List.of(actor("act-1"), actor("act-2"), actor("act-6")), List.of());
    assertThat(layer.freshIds().next()).isEqualTo("act-7");
  }

  @Test
  void idsNotMadeHereDoNotMoveTheSeries() {
    ActorIds ids = new ActorIds();
    ids.taken("user-7");
    ids.taken("act-");
    ids.taken("act-3b");
    assertThat(ids.next()).isEqualTo("act-1");
    ids.taken("act-4");
    assertThat(ids.next()).isEqualTo("act-5");
  }
}
