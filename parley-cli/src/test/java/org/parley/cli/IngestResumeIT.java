// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import picocli.CommandLine;

/**
 * {@code parley ingest} killed mid-batch (SIGKILL, no clean-up) and run again stores exactly what a clean run
 * stores: no article lost, none twice.
 */
class IngestResumeIT {
  @TempDir
  Path tmp;

  /** Eight short reports written for this test, in news style. */
  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    String[] places = {"Geneva", "Doha", "Istanbul", "Nairobi", "Jeddah", "Oslo", "Vienna", "Cairo"};
    for (int i = 0; i < places.length; i++) {
      Files.writeString(dir.resolve(String.format("report-%02d.txt", i)), "Talks resume in " + places[i] + "\n\n"
          + places[i].toUpperCase() + ", May " + (i + 3) + " (Reuters) - Envoys of the warring sides met in " + places[i]
          + " on Tuesday for a new round of talks on a ceasefire, officials said.\n\n"
          + "The government delegation offered a prisoner exchange, while the rebels demanded the withdrawal of troops "
          + "from the border region. \"We are ready to listen,\" the chief negotiator told reporters in " + places[i] + ".\n\n"
          + "Mediators said round " + (i + 1) + " would continue on Wednesday.\n", StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static int ingestInProcess(Path db, Path corpus) {
    StringWriter out = new StringWriter();
    CommandLine cl = ParleyMain.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute("ingest", "--threads", "2", "--db", db.toString(), corpus.toString());
  }

  private static ObjectNode counts(Path db) {
    try (JdbcStore s = JdbcStore.open(DbSpec.duckdb(db))) {
      return s.counts();
    }
  }

  @Test
  void aKilledIngestRunAgainStoresWhatACleanRunStores() throws Exception {
    SharedParley.get();
    Path corpus = corpus();
    Path clean = tmp.resolve("clean.duckdb");
    assertThat(ingestInProcess(clean, corpus)).isEqualTo(ExitCodes.OK);
    ObjectNode expected = counts(clean);
    assertThat(expected.path("articles").asInt()).isEqualTo(8);

    Path resumed = tmp.resolve("resumed.duckdb");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), ParleyMain.class.getName(), "ingest", "--threads", "1",
        "--db", resumed.toString(), corpus.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
        if (line.startsWith("ingest: 3/8")) {
          p.destroyForcibly();
          break;
        }
      }
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lines).as("progress of the killed run").anyMatch(l -> l.startsWith("ingest: 3/8 articles"));
    int partial = counts(resumed).path("articles").asInt();
    assertThat(partial).as("articles stored before the kill").isBetween(3, 7);

    assertThat(ingestInProcess(resumed, corpus)).isEqualTo(ExitCodes.OK);
    ObjectNode after = counts(resumed);
    for (String table : List.of("articles", "events", "actors", "quotes", "negotiations")) {
      assertThat(after.path(table).asLong()).as(table).isEqualTo(expected.path(table).asLong());
    }
    assertThat(ingestInProcess(resumed, corpus)).isEqualTo(ExitCodes.OK);
    assertThat(counts(resumed).path("articles").asInt()).isEqualTo(8);
  }
}
