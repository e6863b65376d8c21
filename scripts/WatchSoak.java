// SPDX-License-Identifier: GPL-3.0-or-later
// The firehose, webhook receiver and referee of scripts/watch-soak (run by it; JDK and the DuckDB driver only).

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class WatchSoak {
  static final String SECRET = "soak-secret-" + Long.toHexString(System.nanoTime());
  static final String[] TOWNS = {"Port Vell", "Amaranth", "Kessel", "Lowmere", "Tarsk", "Orlen", "Brisa", "Hollin",
      "Veyd", "Marrow", "Sallow Ford", "Ketter"};
  static final String[] SIDES = {"government troops", "the northern rebels", "the river militia", "the border guard",
      "highland fighters", "the coastal brigade"};
  static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  record Item(int feed, int n, long releaseMs, String slug, String title, String body) {}

  static volatile long start;
  static List<Item> items = new ArrayList<>();
  static final Map<String, Long> released = new ConcurrentHashMap<>();
  static final Map<String, Long> alerted = new ConcurrentHashMap<>();
  static final AtomicInteger alertsReceived = new AtomicInteger();
  static final AtomicInteger alertsDuplicate = new AtomicInteger();
  static final AtomicInteger badSignatures = new AtomicInteger();
  static final AtomicInteger feedRequests = new AtomicInteger();
  static final AtomicInteger notModified = new AtomicInteger();
  static final Map<String, Boolean> alertIds = new ConcurrentHashMap<>();
  static int port;
  static int feedCount;

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int feeds = Integer.parseInt(args[2]);
    feedCount = feeds;
    int perFeed = Integer.parseInt(args[3]);
    String every = args[4];
    Path work = Files.createTempDirectory(Path.of("/tmp"), "parley-watch-soak.");
    System.out.println("watch-soak: " + feeds + " feeds x " + perFeed + " items over " + seconds + " s, poll every "
        + every + "; work folder " + work);
    long releaseWindow = seconds * 800L;
    int total = feeds * perFeed;
    for (int k = 0; k < perFeed; k++) {
      for (int f = 0; f < feeds; f++) {
        int i = k * feeds + f;
        items.add(item(f, k, releaseWindow * i / total));
      }
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext("/", WatchSoak::handle);
    server.start();
    port = server.getAddress().getPort();
    StringBuilder sources = new StringBuilder("# simulated firehose\n");
    for (int f = 0; f < feeds; f++) {
      sources.append("http://127.0.0.1:").append(port).append("/feed/").append(f).append(".rss\tSoak Wire ").append(f)
          .append('\n');
    }
    Files.writeString(work.resolve("sources.txt"), sources);
    Files.writeString(work.resolve("alerts.txt"), "webhook http://127.0.0.1:" + port + "/hook\nassault *\n");

    ProcessBuilder pb = new ProcessBuilder(home.resolve("parley").toString(), "watch", work.resolve("sources.txt").toString(),
        "--every", every, "--host-interval", "0ms", "--alerts", work.resolve("alerts.txt").toString(), "--db",
        work.resolve("soak.duckdb").toString());
    pb.environment().put("PARLEY_WEBHOOK_SECRET", SECRET);
    pb.redirectErrorStream(true);
    start = System.currentTimeMillis();
    Process watch = pb.start();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger failedLines = new AtomicInteger();
    Pattern newCount = Pattern.compile("watch Soak Wire \\d+: (\\d+) new, (\\d+) duplicate, (\\d+) failed");
    Path log = work.resolve("watch.log");
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
           var out = Files.newBufferedWriter(log)) {
        for (String line; (line = r.readLine()) != null; ) {
          out.write(line);
          out.newLine();
          out.flush();
          Matcher m = newCount.matcher(line);
          if (m.find()) {
            stored.addAndGet(Integer.parseInt(m.group(1)));
            failedLines.addAndGet(Integer.parseInt(m.group(3)));
          } else if (line.contains("failed")) {
            failedLines.incrementAndGet();
          }
        }
      } catch (IOException e) {
        // the watcher ended
      }
    });
    reader.start();
    long peakRss = 0;
    long lastRss = 0;
    long deadline = start + seconds * 1000L;
    long drainUntil = deadline + Math.max(60_000L, seconds * 500L);
    while (System.currentTimeMillis() < drainUntil && watch.isAlive()) {
      Thread.sleep(2000);
      lastRss = rssKb(watch.pid());
      peakRss = Math.max(peakRss, lastRss);
      if (System.currentTimeMillis() >= deadline && stored.get() >= total) {
        break;
      }
    }
    long stoppedAt = System.currentTimeMillis();
    watch.destroy(); // SIGTERM: the watcher stops between articles, each stored whole
    watch.waitFor();
    reader.join(5000);
    Thread.sleep(500);
    server.stop(0);

    // The referee: the store as the watcher left it.
    List<Long> storeLag = new ArrayList<>();
    int rows = 0;
    Map<String, Integer> perUrl = new java.util.HashMap<>();
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("soak.duckdb"), ro);
         ResultSet r = c.createStatement().executeQuery(
             "SELECT url, epoch_ms(ingested_at) FROM articles")) {
      while (r.next()) {
        rows++;
        String url = r.getString(1);
        perUrl.merge(url, 1, Integer::sum);
        Long rel = released.get(url);
        if (rel != null) {
          storeLag.add(r.getLong(2) - rel);
        }
      }
    }
    long releasedCount = released.size();
    long lost = released.keySet().stream().filter(u -> !perUrl.containsKey(u)).count();
    long duplicated = perUrl.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    List<Long> alertLag = new ArrayList<>();
    alerted.forEach((url, at) -> {
      Long rel = released.get(url);
      if (rel != null) {
        alertLag.add(at - rel);
      }
    });
    System.out.printf("released %d of %d items in %d s; the watcher ran %d s%n", releasedCount, total,
        Math.min(seconds, (stoppedAt - start) / 1000), (stoppedAt - start) / 1000);
    System.out.printf("store: %d articles; lost %d, duplicated %d; item lines reported failed: %d%n", rows, lost,
        duplicated, failedLines.get());
    System.out.println("lag publication -> stored (s): " + stats(storeLag));
    System.out.printf("alerts: %d received (%d items alerted), %d sent twice, %d with a bad signature%n",
        alertsReceived.get(), alerted.size(), alertsDuplicate.get(), badSignatures.get());
    System.out.println("lag publication -> alert (s): " + stats(alertLag));
    System.out.printf("feed requests: %d, answered 304 Not Modified: %d%n", feedRequests.get(), notModified.get());
    System.out.printf("watcher memory (resident): peak %d MiB, last %d MiB%n", peakRss / 1024, lastRss / 1024);
    boolean ok = lost == 0 && duplicated == 0 && badSignatures.get() == 0 && alertsDuplicate.get() == 0;
    System.out.println(ok ? "watch-soak: OK" : "watch-soak: FAILED (see " + log + ")");
    System.exit(ok ? 0 : 1);
  }

  static String stats(List<Long> ms) {
    if (ms.isEmpty()) {
      return "none";
    }
    Collections.sort(ms);
    return String.format("median %.1f, p95 %.1f, max %.1f (n=%d)", ms.get(ms.size() / 2) / 1000.0,
        ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1)) / 1000.0, ms.get(ms.size() - 1) / 1000.0,
        ms.size());
  }

  static long rssKb(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // gone
    }
    return 0;
  }

  /** An invented report: unique by feed and number, with an attack the event coder reads as an ASSAULT. */
  static Item item(int feed, int n, long releaseMs) {
    int i = feed * 100_000 + n;
    String town = TOWNS[(i * 7 + n) % TOWNS.length];
    String a = SIDES[i % SIDES.length];
    String b = SIDES[(i / SIDES.length + 1 + i) % SIDES.length];
    if (a.equals(b)) {
      b = SIDES[(i + 1) % SIDES.length];
    }
    String day = DAYS[i % DAYS.length];
    String title = "Fighting near " + town + ", report " + feed + "-" + n;
    String body = town.toUpperCase() + " - " + Character.toUpperCase(a.charAt(0)) + a.substring(1) + " attacked "
        + b + " near " + town + " on " + day + ", killing " + (2 + i % 17) + " people, local officials said.\n\n"
        + "The fighting broke out hours after mediators proposed a ceasefire around " + town + ". Residents said "
        + (10 + i % 90) + " families had fled the area.\n\nReference soak-" + feed + "-" + n + ".";
    return new Item(feed, n, releaseMs, "n/" + feed + "/" + n + ".html", title, body);
  }

  static void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    long now = System.currentTimeMillis() - start;
    if (path.equals("/hook")) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String sig = ex.getRequestHeaders().getFirst("X-Parley-Signature");
      String id = ex.getRequestHeaders().getFirst("X-Parley-Alert-Id");
      if (!signature(body).equals(sig)) {
        badSignatures.incrementAndGet();
        send(ex, 401, "text/plain", "bad signature");
        return;
      }
      alertsReceived.incrementAndGet();
      if (alertIds.putIfAbsent(id, true) != null) {
        alertsDuplicate.incrementAndGet();
      }
      Matcher m = Pattern.compile("\"article_url\":\"([^\"]+)\"").matcher(new String(body, StandardCharsets.UTF_8));
      if (m.find()) {
        alerted.putIfAbsent(m.group(1), System.currentTimeMillis());
      }
      send(ex, 204, "text/plain", "");
      return;
    }
    if (path.startsWith("/feed/")) {
      feedRequests.incrementAndGet();
      int feed = Integer.parseInt(path.replaceAll("\\D", ""));
      List<Item> live = new ArrayList<>();
      for (Item it : items) {
        if (it.feed() == feed && it.releaseMs() <= now) {
          live.add(it);
          released.putIfAbsent(url(it), start + it.releaseMs());
        }
      }
      // Newest first, the latest 50, as real feeds are.
      Collections.reverse(live);
      List<Item> shown = live.subList(0, Math.min(50, live.size()));
      String etag = "\"" + feed + "-" + live.size() + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>Soak Wire " + feed + "</title>");
      for (Item it : shown) {
        b.append("<item><title>").append(it.title()).append("</title><link>").append(url(it)).append("</link><pubDate>")
            .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(start + it.releaseMs())
                .atOffset(ZoneOffset.UTC))).append("</pubDate><description>").append(it.title())
            .append("</description></item>");
      }
      send(ex, 200, "application/rss+xml; charset=utf-8", b.append("</channel></rss>").toString());
      return;
    }
    if (path.startsWith("/n/")) {
      String[] p = path.split("/");
      int feed = Integer.parseInt(p[2]);
      int n = Integer.parseInt(p[3].replace(".html", ""));
      Item it = items.get(n * feedCount + feed);
      StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>").append(it.title())
          .append("</title></head><body><article><h1>").append(it.title()).append("</h1>");
      for (String para : it.body().split("\n\n")) {
        b.append("<p>").append(para).append("</p>");
      }
      send(ex, 200, "text/html; charset=utf-8", b.append("</article></body></html>").toString());
      return;
    }
    send(ex, 404, "text/plain", "no such page");
  }

  static String url(Item it) {
    return "http://127.0.0.1:" + port + "/" + it.slug();
  }

  static String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    if (status == 204) {
      ex.sendResponseHeaders(204, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
