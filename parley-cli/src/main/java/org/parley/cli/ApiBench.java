// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;
import org.parley.server.ParleyServer;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/**
 * {@code parley bench --stage api}: requests/s and latency percentiles of {@code GET /api/events} (varied
 * filters and pages) with concurrent clients on this machine's loopback. A benchmark, not a test: the request
 * count is fixed, so it always ends.
 */
final class ApiBench {
  private static final String[] QUERIES = {"", "type=CONSULT", "type=ASSAULT&limit=20", "issue=ceasefire",
      "from=2023-01-01&to=2025-12-31", "actor=gov", "text=talks", "offset=50&limit=50", "country=SDN", "polarity=negated"};

  private ApiBench() {}

  /**
   * @param analyses the example analyses; copies with distinct ids and texts fill the store to {@code copies} x their number
   */
  static void run(List<Analysis> analyses, int copies, int clients, int requestsPerClient, String db, PrintWriter out)
      throws Exception {
    Path tmp = db == null ? Files.createTempDirectory("parley-bench") : null;
    DbSpec spec = db != null ? DbSpec.parse(db) : DbSpec.duckdb(tmp.resolve("bench.duckdb"));
    try (JdbcStore store = JdbcStore.open(spec)) {
      for (int c = 0; c < copies; c++) {
        for (Analysis a : analyses) {
          ObjectNode tree = AnalysisJson.tree(a);
          ObjectNode art = (ObjectNode) tree.path("article");
          art.put("id", art.path("id").asText() + "-copy" + c);
          // Appending keeps every span's offsets valid and gives each copy its own content key.
          art.put("text", art.path("text").asText() + "\n(copy " + c + ")");
          store.put(tree);
        }
      }
      out.printf("api bench: %s holds %s articles, %s events%n", store.describe(), store.counts().path("articles"),
          store.counts().path("events"));
      try (ParleyServer server = ParleyServer.start(store, null,
          new ParleyServer.Options("127.0.0.1", 0, null, ParleyServer.Options.DEFAULT_MAX_BODY))) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
        String base = server.url() + "api/events?";
        for (int i = 0; i < 200; i++) {
          http.send(HttpRequest.newBuilder(URI.create(base + QUERIES[i % QUERIES.length])).build(),
              HttpResponse.BodyHandlers.discarding());
        }
        long[] latencies = new long[clients * requestsPerClient];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
          int client = c;
          pool.submit(() -> {
            try {
              for (int r = 0; r < requestsPerClient; r++) {
                String q = QUERIES[(client + r) % QUERIES.length];
                long t0 = System.nanoTime();
                HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create(base + q)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.discarding());
                latencies[next.getAndIncrement()] = System.nanoTime() - t0;
                if (resp.statusCode() != 200) {
                  errors.incrementAndGet();
                }
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            } finally {
              done.countDown();
            }
            return null;
          });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int n = next.get();
        long[] l = Arrays.copyOf(latencies, n);
        Arrays.sort(l);
        out.printf(Locale.ROOT, "api bench: GET /api/events, %d clients x %d requests: %d requests in %.2f s = %.0f requests/s; "
                + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors%n", clients, requestsPerClient, n,
            seconds, n / seconds, pct(l, 50), pct(l, 90), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6, errors.get());
        out.flush();
      }
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          List<Path> all = new ArrayList<>(files.toList());
          all.sort((a, b) -> b.getNameCount() - a.getNameCount());
          for (Path p : all) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
