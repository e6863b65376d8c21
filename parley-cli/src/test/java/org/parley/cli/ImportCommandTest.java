// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;

/** {@code parley import}: analyses made elsewhere go into the store as they are (no models needed). */
class ImportCommandTest {
  @TempDir
  Path dir;
  private final CommandRun cli = new CommandRun();


  @Test
  void storesAnalysesFromAFileAndASparkOutputFolderOnceAndReportsABadLine() throws Exception {
    Path single = Files.writeString(dir.resolve("analyses.jsonl"), Fixtures.talks() + "\n", StandardCharsets.UTF_8);
    Path spark = Files.createDirectories(dir.resolve("out/analyses"));
    Files.writeString(spark.resolve("part-00000"), Fixtures.followUp() + "\n{\"article\": 3}\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00001"), Fixtures.hostile() + "\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("_SUCCESS"), "");
    Path db = dir.resolve("store.duckdb");

    int code = cli.run("import", "--db", db.toString(), single.toString(), spark.toString());

    assertThat(code).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(cli.out()).contains("imported 3 analyses").contains("0 already stored, 1 unreadable");
    assertThat(cli.err()).contains("part-00000:2:");
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(db))) {
      ObjectNode talks = store.article("a-talks-0001").orElseThrow();
      assertThat(talks.path("analysis")).isEqualTo(Fixtures.talks());
      assertThat(store.article("a-hostile-0003")).isPresent();
      assertThat(store.counts().path("articles").asInt()).isEqualTo(3);
    }

    cli.clear();
    assertThat(cli.run("import", "--db", db.toString(), single.toString())).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains("imported 0 analyses").contains("1 already stored");
  }

  @Test
  void aFolderWithoutAnalysesIsAnInputError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(cli.run("import", "--db", dir.resolve("s.duckdb").toString(), empty.toString()))
        .isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(cli.err()).contains("folder holds no .jsonl or part-* files");
  }

  @Test
  void importHoldsTheInputLimitsOfAnalyze() throws Exception {
    byte[] program = new byte[20_000];
    for (int i = 0; i < program.length; i++) {
      program[i] = (byte) (i % 7 == 0 ? 0 : i % 10 == 0 ? '\n' : 'A' + i % 26); // a binary, newlines and all
    }
    Path binary = Files.write(dir.resolve("ls.jsonl"), program);
    Path prose = Files.writeString(dir.resolve("notes.jsonl"), "not an analysis\n".repeat(500));
    Path longLine = Files.writeString(dir.resolve("long.jsonl"), "{\"x\": \"" + "y".repeat(1_100_000) + "\"}\n"
        + Fixtures.talks() + "\n");
    Path db = dir.resolve("limits.duckdb");

    int code = cli.run("import", "--db", db.toString(), "--max-input-mib", "1", binary.toString(), prose.toString(),
        longLine.toString());

    assertThat(code).isEqualTo(ExitCodes.INPUT_ERRORS);
    String[] lines = cli.err().split("\n");
    assertThat(lines).filteredOn(l -> l.contains("ls.jsonl")).singleElement().asString().contains("binary data");
    assertThat(lines).filteredOn(l -> l.contains("notes.jsonl")).hasSize(AnalysisFiles.BAD_LINES_BEFORE_GIVING_UP + 1);
    assertThat(lines).filteredOn(l -> l.contains("long.jsonl:1:")).singleElement().asString()
        .contains("longer than 1 MiB");
    assertThat(cli.out()).contains("imported 1 analyses"); // the good line after the long one
  }

  @Test
  void aGzipBombOfAnalysesIsRefused() throws Exception {
    Path bomb = dir.resolve("bomb.jsonl.gz");
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 50; i++) {
        gz.write(spaces); // 50 MiB of blanks in a few KiB
      }
    }
    assertThat(cli.run("import", "--db", dir.resolve("b.duckdb").toString(), bomb.toString()))
        .isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(cli.err()).contains("gzip bomb");
  }

  @Test
  void anOptionValueOutOfRangeIsAUsageErrorLikeOneThatIsNoNumber() {
    String db = dir.resolve("r.duckdb").toString();
    assertThat(cli.run("import", "--db", db, "--max-records", "0", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("import", "--db", db, "--max-records", "many", dir.toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anInputLimitTheHeapCannotHoldIsRefusedAtStart() {
    long tooMuch = LimitOptions.heapFitMib() + 1;
    assertThat(cli.run("import", "--db", dir.resolve("h.duckdb").toString(), "--max-input-mib",
        Long.toString(tooMuch), dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("does not fit the Java heap");
  }
}
