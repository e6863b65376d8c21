// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CPU lists the Spark bench pins its runs to, as Linux writes them in /proc/self/status. */
class SparkBenchCpusTest {
  @Test
  void expandsRangesAndSingleCpus() {
    assertThat(SparkBenchRuns.cpuList("0-3,8,10-11")).containsExactly(0, 1, 2, 3, 8, 10, 11);
  }

  @Test
  void aContainerLimitedToTwoCpusFarFromZeroPinsThose() {
    assertThat(SparkBenchRuns.cpuList("6-7\n".strip())).containsExactly(6, 7);
  }

  @Test
  void thisProcessMayRunOnAtLeastOneCpu() {
    assertThat(SparkBenchRuns.allowedCpus()).isNotEmpty().allMatch(c -> c >= 0);
  }
}
