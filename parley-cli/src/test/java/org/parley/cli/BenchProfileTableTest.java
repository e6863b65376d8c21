// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table {@code parley bench --profile-stages} prints: ms per article per step, sums and shares. */
class BenchProfileTableTest {
  @Test
  void rowsAreMsPerArticleWithSumsAndShares() {
    Map<String, Long> nlp = new LinkedHashMap<>();
    nlp.put("tokenize", 4_000_000L);   // 4 ms over 2 articles
    nlp.put("depparse", 12_000_000L);
    Map<String, Long> own = new LinkedHashMap<>();
    own.put("events", 4_000_000L);
    String table = BenchCommand.profileTable(nlp, own, 21_000_000L, 2);

    assertThat(table.lines()).containsSubsequence(
        "profile: one thread, 2 articles, ms per article",
        "  nlp.tokenize                 2.00   20.0%",
        "  nlp.depparse                 6.00   60.0%",
        "  NLP annotation               8.00   80.0%",
        "  parley.events                2.00   20.0%",
        "  Parley's stages              2.00   20.0%",
        "  total                       10.00  100.0%",
        "  (wall time on the same thread: 10.50 ms per article)");
  }
}
