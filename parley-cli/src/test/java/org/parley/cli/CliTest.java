// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = ParleyMain.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("analyze", "demo", "bench");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("analyze", "--no-such-option", "x.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option");
  }

  @Test
  void unknownProfileIsAConfigurationErrorNamingTheValidOnes() {
    assertThat(run("analyze", "--profile", "turbo", "x.txt")).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("turbo").contains("fast").contains("accurate");
  }
}
