// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.ingest.RawDocument;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/**
 * An analysis ties up a core for as long as its text needs: the server runs a bounded number at once, refuses
 * more with 503 and Retry-After, and answers a request whose analysis outlasts the time limit with 503. The
 * analyses here wait on a latch the test holds, so nothing depends on how fast the machine is.
 */
class AnalysisLimitsTest {
  private static final String TOKEN = "test-token-1234";
  private static final String BODY = "{\"text\": \"Delegates met again in the capital on Monday.\"}";

  @TempDir
  Path tmp;

  /** A pipeline whose analyses wait until the test lets them go. */
  static final class HeldPipeline implements Pipeline {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final TextOnlyPipeline inner = new TextOnlyPipeline();

    @Override
    public Article article(RawDocument d) {
      return inner.article(d);
    }

    @Override
    public Analysis analyze(Article article) {
      started.countDown();
      boolean interrupted = false;
      while (true) {
        try {
          release.await(); // like the NLP models, it does not stop when interrupted
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return inner.analyze(article);
    }
  }

  @Test
  void aFullPoolIsRefusedAtOnceWith503AndRetryAfter() throws Exception {
    HeldPipeline held = new HeldPipeline();
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("slots.duckdb")));
         ParleyServer server = ParleyServer.start(store, held, new ParleyServer.Options("127.0.0.1", 0, TOKEN,
             64 * 1024, 1, Duration.ofMinutes(5)))) {
      HttpClient http = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> first = http.sendAsync(post(server), HttpResponse.BodyHandlers.ofString());
      assertThat(held.started.await(30, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> second = http.send(post(server), HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(second.body()).contains("\"status\":503").contains("busy");
      held.release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(http.send(post(server), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anAnalysisOverTheTimeLimitIsAnsweredWith503AndKeepsItsSlotUntilItEnds() throws Exception {
    HeldPipeline held = new HeldPipeline();
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("limit.duckdb")));
         ParleyServer server = ParleyServer.start(store, held, new ParleyServer.Options("127.0.0.1", 0, TOKEN,
             64 * 1024, 1, Duration.ofMillis(200)))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> late = http.send(post(server), HttpResponse.BodyHandlers.ofString());
      assertThat(late.statusCode()).isEqualTo(503);
      assertThat(late.body()).contains("longer than the limit");
      // the held analysis ignores the interruption and still runs: its slot is not handed out twice
      HttpResponse<String> busy = http.send(post(server), HttpResponse.BodyHandlers.ofString());
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).isPresent();
      held.release.countDown();
    }
  }

  private static HttpRequest post(ParleyServer server) {
    return HttpRequest.newBuilder(URI.create(server.url() + "api/analyze"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
  }
}
