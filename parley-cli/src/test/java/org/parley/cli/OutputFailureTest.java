// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A write that fails is an error, never a silent success; a reader that leaves ends the command quietly. */
class OutputFailureTest {
  @TempDir
  Path dir;

  /** An output that refuses every byte, as /dev/full or a closed pipe does. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  private int extractTo(OutputStream target, StringWriter err) throws IOException {
    Path page = Files.writeString(dir.resolve("talks.html"), "<html><body><article><p>Delegations from the two "
        + "governments resumed talks on Thursday in the capital, officials said, after a pause.</p></article>"
        + "</body></html>");
    CommandLine cl = ParleyMain.commandLine();
    cl.setOut(StandardOutput.writer(target));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute("extract", page.toString());
  }

  @Test
  void aFullDiskIsExit70WithOneLine() throws IOException {
    StringWriter err = new StringWriter();
    assertThat(extractTo(failing("No space left on device"), err)).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(err.toString()).isEqualTo("parley: cannot write to standard output: No space left on device"
        + System.lineSeparator());
  }

  @Test
  void aClosedPipeEndsQuietlyWith141() throws IOException {
    StringWriter err = new StringWriter();
    assertThat(extractTo(failing("Broken pipe"), err)).isEqualTo(ExitCodes.READER_GONE);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exportIntoAFolderIsRefusedAndAMissingFolderIsCreated() throws IOException {
    CommandRun cli = new CommandRun();
    String db = dir.resolve("store.duckdb").toString();
    // export only reads: the (empty) store must exist before
    org.parley.store.JdbcStore.open(org.parley.store.DbSpec.parse(db)).close();
    assertThat(cli.run("export", "--db", db, "--format", "csv", "--out", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("is a folder").doesNotContain("Exception");
    Path nested = dir.resolve("new/sub/events.csv");
    assertThat(cli.run("export", "--db", db, "--format", "csv", "--out", nested.toString())).isZero();
    assertThat(nested).exists();
  }
}
