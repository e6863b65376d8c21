// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The arithmetic of {@code parley bench --stage spark} and its usage errors (nothing is timed here). */
class SparkBenchTest {
  @Test
  void efficiencyIsThroughputPerCoreOnMoreCoresOverThatOnFewer() {
    SparkBench.Run one = new SparkBench.Run(1, 40, 10.0, 9.0, 1.0);   // 4 articles/s
    SparkBench.Run two = new SparkBench.Run(2, 40, 6.25, 9.5, 2.0);   // 6.4 articles/s: 3.2 per core
    assertThat(SparkBench.efficiency(one, two)).isCloseTo(0.8, within(1e-9));
    assertThat(two.cpuMsPerArticle()).isCloseTo(237.5, within(1e-9));
    assertThat(SparkBench.efficiency(one, new SparkBench.Run(2, 40, 5.0, 9.0, 2.0))).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void noInputIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SparkBench.run(new String[] {"--articles", "4"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: SparkBench");
  }
}
