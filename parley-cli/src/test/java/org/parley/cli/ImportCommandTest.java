// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;
import picocli.CommandLine;

/** {@code parley import}: analyses made elsewhere go into the store as they are (no models needed). */
class ImportCommandTest {
  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = ParleyMain.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void storesAnalysesFromAFileAndASparkOutputFolderOnceAndReportsABadLine() throws Exception {
    Path single = Files.writeString(dir.resolve("analyses.jsonl"), Fixtures.talks() + "\n", StandardCharsets.UTF_8);
    Path spark = Files.createDirectories(dir.resolve("out/analyses"));
    Files.writeString(spark.resolve("part-00000"), Fixtures.followUp() + "\n{\"article\": 3}\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00001"), Fixtures.hostile() + "\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("_SUCCESS"), "");
    Path db = dir.resolve("store.duckdb");

    int code = run("import", "--db", db.toString(), single.toString(), spark.toString());

    assertThat(code).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(out.toString()).contains("imported 3 analyses").contains("0 already stored, 1 unreadable");
    assertThat(err.toString()).contains("part-00000:2:");
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(db))) {
      ObjectNode talks = store.article("a-talks-0001").orElseThrow();
      assertThat(talks.path("analysis")).isEqualTo(Fixtures.talks());
      assertThat(store.article("a-hostile-0003")).isPresent();
      assertThat(store.counts().path("articles").asInt()).isEqualTo(3);
    }

    out.getBuffer().setLength(0);
    assertThat(run("import", "--db", db.toString(), single.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("imported 0 analyses").contains("1 already stored");
  }

  @Test
  void aFolderWithoutAnalysesIsAnInputError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(run("import", "--db", dir.resolve("s.duckdb").toString(), empty.toString()))
        .isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(err.toString()).contains("folder holds no .jsonl or part-* files");
  }
}
