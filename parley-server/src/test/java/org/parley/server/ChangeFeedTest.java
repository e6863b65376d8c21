// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/** {@code /api/changes} keeps the latest changes for a page that opens later; the stream pushes each new one. */
class ChangeFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void keepsTheLatestChangesAndStreamsEachNewOne() throws Exception {
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("changes.duckdb")));
         ParleyServer server = ParleyServer.start(store, null, new ParleyServer.Options("127.0.0.1", 0, null, 1 << 16))) {
      HttpClient http = HttpClient.newHttpClient();
      server.changes().publish(Json.object().put("id", "c-1").put("kind", "round").put("summary", "first"));
      server.changes().publish(Json.object().put("id", "c-2").put("kind", "assault").put("summary", "second"));
      JsonNode recent = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/changes")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(recent.path("items").findValuesAsText("id")).containsExactly("c-2", "c-1");

      HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/changes/stream"))
          .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
      BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
      CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> {
        try {
          boolean change = false;
          for (String l; (l = lines.readLine()) != null; ) {
            if (l.equals("event: change")) {
              change = true;
            } else if (change && l.startsWith("data: ")) {
              return l.substring(6);
            }
          }
          return null;
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      // The stream is registered once its response has begun; published until it is heard.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!data.isDone() && System.nanoTime() < deadline) {
        server.changes().publish(Json.object().put("id", "c-3").put("kind", "contradiction").put("summary", "third"));
        Thread.sleep(100);
      }
      assertThat(JSON.readTree(data.get(1, TimeUnit.SECONDS)).path("id").asText()).isEqualTo("c-3");
      stream.body().close();
    }
  }
}
