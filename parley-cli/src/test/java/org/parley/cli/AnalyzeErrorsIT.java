// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad inputs are reported one line each and never stop the good ones; the exit code says some failed. */
class AnalyzeErrorsIT {
  @TempDir
  Path dir;

  @Test
  void badInputsGetOneStderrLineEachAndTheRestIsAnalysed() throws IOException {
    SharedParley.get(); // load the models once for the whole test JVM
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0x10});
    Path good = Files.writeString(dir.resolve("good.txt"),
        "Rebel commanders rejected the truce proposal on Tuesday, a spokesman for the mediators said.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParleyMain.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));

    int code = cl.execute("analyze", "--threads", "1", empty.toString(), dir.resolve("missing.txt").toString(),
        binary.toString(), good.toString());

    assertThat(code).isEqualTo(ExitCodes.INPUT_ERRORS);
    // besides the two lines on model loading, one line per bad input
    assertThat(err.toString().lines().filter(l -> !l.contains("models"))).containsExactly(
        "parley: " + empty + ": empty: 0 bytes",
        "parley: " + dir.resolve("missing.txt") + ": no such file",
        "parley: " + binary + ": binary content, not text");
    assertThat(out.toString().lines()).singleElement().satisfies(line ->
        assertThat(line).startsWith("{\"parley\":\"1\"").contains("Rebel commanders rejected"));
  }
}
