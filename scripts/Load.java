// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of scripts/load, run with the JDK's source launcher (java scripts/Load.java ...): READERS
// clients loop over the read API and WRITERS post new articles with the token, for SECONDS; prints requests/s,
// p50/p99 latency and the error count. A 503 with Retry-After is the server's documented back-pressure on
// analyses (--max-analyses): the writer waits as told and tries again; these are counted apart, not as errors.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class Load {
  static final String[] READS = {"api/events", "api/events?type=CONSULT", "api/events?issue=ceasefire&limit=20",
      "api/events?actor=gov&offset=10", "api/events?from=2020-01-01&to=2026-12-31", "api/search?q=ceasefire",
      "api/search?q=talks&limit=5", "api/articles?limit=20", "api/actors", "api/quotes?limit=20", "api/negotiations",
      "api/stats", "api/stats/timeline", "api/graph?country=SDN"};
  static final String[] TOWNS = {"Port Vell", "Amaranth", "Kessel", "Lowmere", "Tarsk", "Orlen"};

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int readers = Integer.parseInt(args[2]);
    int writers = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newFixedThreadPool(16)).build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ConcurrentLinkedQueue<long[]> readLat = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> writeLat = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicLong seq = new AtomicLong(System.currentTimeMillis());
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(readers + writers);
    long start = System.nanoTime();
    for (int c = 0; c < readers + writers; c++) {
      boolean writer = c >= readers;
      int id = c;
      Thread t = new Thread(() -> {
        List<Long> mine = new ArrayList<>();
        int r = id;
        try {
          while (System.nanoTime() < end) {
            HttpRequest req;
            if (writer) {
              long n = seq.incrementAndGet();
              String town = TOWNS[(int) (n % TOWNS.length)];
              String body = "{\"title\":\"Load report " + n + "\",\"text\":\"Envoys met in " + town + " on Tuesday to "
                  + "discuss a ceasefire, officials said. The rebels rejected the offer of a truce. Load reference " + n
                  + ".\"}";
              req = HttpRequest.newBuilder(URI.create(base + "api/articles")).timeout(Duration.ofSeconds(120))
                  .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            } else {
              req = HttpRequest.newBuilder(URI.create(base + READS[r++ % READS.length]))
                  .timeout(Duration.ofSeconds(60)).build();
            }
            long t0 = System.nanoTime();
            HttpResponse<String> resp;
            try {
              resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
              errors.incrementAndGet();
              if (firstErrors.size() < 5) firstErrors.add(req.uri() + ": " + e);
              continue;
            }
            long took = System.nanoTime() - t0;
            int s = resp.statusCode();
            if (writer && s == 503 && resp.headers().firstValue("Retry-After").isPresent()) {
              busy.incrementAndGet();
              Thread.sleep(Math.min(5, Long.parseLong(resp.headers().firstValue("Retry-After").get())) * 1000L);
              continue;
            }
            if (s / 100 != 2) {
              errors.incrementAndGet();
              if (firstErrors.size() < 5) firstErrors.add(req.uri() + ": HTTP " + s + " " + resp.body());
              continue;
            }
            if (writer) {
              written.incrementAndGet();
            }
            mine.add(took);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          (writer ? writeLat : readLat).add(mine.stream().mapToLong(Long::longValue).toArray());
          done.countDown();
        }
      });
      t.start();
    }
    done.await();
    double secs = (System.nanoTime() - start) / 1e9;
    long[] reads = readLat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    long[] writes = writeLat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(Locale.ROOT, "load: %d readers, %d writers, %.1f s%n", readers, writers, secs);
    System.out.printf(Locale.ROOT, "reads:  %d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        reads.length, reads.length / secs, pct(reads, 50), pct(reads, 99), pct(reads, 100));
    System.out.printf(Locale.ROOT, "writes: %d articles posted, %.2f articles/s, p50 %.1f ms, p99 %.1f ms; "
        + "%d answered 503 + Retry-After (back-pressure, retried)%n", written.get(), written.get() / secs,
        pct(writes, 50), pct(writes, 99), busy.get());
    System.out.printf("errors: %d%n", errors.get());
    firstErrors.forEach(e -> System.out.println("  " + e));
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
    return sorted[i] / 1e6;
  }
}
