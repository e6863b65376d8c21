// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import picocli.CommandLine;

/** The server's write endpoints on the real pipeline, and the CLI's word when a DuckDB store is taken. */
class ServeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void analysesAndStoresPostedArticlesWithTheRealPipelineAndKeepsOtherWritersOut() throws Exception {
    Path db = tmp.resolve("serve.duckdb");
    String token = "it-token-98765";
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(db));
         ParleyServer server = ParleyServer.start(store, ServeCommand.pipeline(SharedParley.get()),
             new ParleyServer.Options("127.0.0.1", 0, token, 1 << 20))) {
      String body = JSON.createObjectNode()
          .put("text", "GENEVA, June 3 - Foreign Minister Sergei Lavrov met the Turkish foreign minister in Ankara on "
              + "Monday. \"We are ready to talk,\" Lavrov told reporters after the meeting.")
          .put("published", "2024-06-03").toString();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> analyzed = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/analyze?trace=true"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(analyzed.statusCode()).isEqualTo(200);
      JsonNode a = JSON.readTree(analyzed.body());
      assertThat(a.path("article").path("published").asText()).isEqualTo("2024-06-03");
      assertThat(a.path("actors").findValuesAsText("name")).isNotEmpty();
      assertThat(store.counts().path("articles").asInt()).isZero();

      HttpResponse<String> stored = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(stored.statusCode()).isEqualTo(201);
      String id = JSON.readTree(stored.body()).path("id").asText();
      JsonNode back = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles/" + id)).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(back.path("analysis").path("actors")).isEqualTo(a.path("actors"));
      // the store keeps the analysis with its traces, as analyze returns it with ?trace=true
      assertThat(back.path("analysis").path("quotes")).isEqualTo(a.path("quotes"));
      assertThat(back.path("analysis").path("events")).isEqualTo(a.path("events"));
    }
  }

  @Test
  void reportsAStoreHeldByAnotherProcessWithItsOwnExitCode() throws Exception {
    Path db = tmp.resolve("held.duckdb");
    JdbcStore.open(DbSpec.duckdb(db)).close();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.parley.store.HoldStore", db.toString()).start();
    try {
      assertThat(new String(holder.getInputStream().readNBytes(8))).isEqualTo("holding\n");
      StringWriter err = new StringWriter();
      CommandLine cl = ParleyMain.commandLine();
      cl.setErr(new PrintWriter(err));
      cl.setOut(new PrintWriter(new StringWriter()));
      int code = cl.execute("export", "--format", "jsonl", "--db", db.toString());
      assertThat(code).isEqualTo(ExitCodes.STORE);
      assertThat(err.toString()).contains("is open in another process (PID " + holder.pid() + ")",
          "opened it read-only", "/api/export");
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void readCommandsShareAStoreThatOnlyReadersHold() throws Exception {
    Path db = tmp.resolve("shared.duckdb");
    JdbcStore.open(DbSpec.duckdb(db)).close();
    Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.parley.store.HoldStore", db.toString(), "read-only").start();
    try {
      assertThat(new String(reader.getInputStream().readNBytes(8))).isEqualTo("holding\n");
      StringWriter err = new StringWriter();
      CommandLine cl = ParleyMain.commandLine();
      cl.setErr(new PrintWriter(err));
      cl.setOut(new PrintWriter(new StringWriter()));
      // a second reader is let in beside the first: both opened DuckDB read-only
      assertThat(cl.execute("export", "--format", "jsonl", "--db", db.toString())).as(err.toString()).isZero();
      assertThat(reader.isAlive()).isTrue();
    } finally {
      reader.destroy();
      reader.waitFor();
    }
  }
}
