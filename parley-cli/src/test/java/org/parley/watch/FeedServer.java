// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local news site for the watcher's tests: feeds whose items the test adds over time, the article pages they
 * link to, ETag support, and paths that fail a given number of times. Every article is invented for these tests.
 */
public final class FeedServer implements AutoCloseable {
  /** One invented article. */
  public record Item(String slug, String title, String date, String body) {}

  private final HttpServer server;
  private final Map<String, List<Item>> feeds = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final AtomicInteger notModified = new AtomicInteger();
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Adds an item to the feed at {@code feedPath} (created empty on first use). */
  public void publish(String feedPath, Item item) {
    feeds.computeIfAbsent(feedPath, k -> new CopyOnWriteArrayList<>()).add(item);
  }

  /** The path answers 500 this many times before it works again (forever with Integer.MAX_VALUE). */
  void fail(String path, int times) {
    failuresLeft.put(path, new AtomicInteger(times));
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    AtomicInteger fail = failuresLeft.get(path);
    if (fail != null && fail.getAndDecrement() > 0) {
      send(ex, 500, "text/plain", "server error");
      return;
    }
    List<Item> feed = feeds.get(path);
    if (feed != null) {
      String xml = rss(path, new ArrayList<>(feed));
      String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      send(ex, 200, "application/rss+xml; charset=utf-8", xml);
      return;
    }
    for (List<Item> items : feeds.values()) {
      for (Item it : items) {
        if (path.equals("/news/" + it.slug())) {
          send(ex, 200, "text/html; charset=utf-8", page(it));
          return;
        }
      }
    }
    send(ex, 404, "text/plain", "no such page");
  }

  private String rss(String path, List<Item> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Test wire " + path + "</title>");
    for (Item it : items) {
      b.append("<item><title>").append(it.title()).append("</title><link>").append(uri("/news/" + it.slug()))
          .append("</link><pubDate>").append(it.date()).append("</pubDate><description>")
          .append(it.body().substring(0, Math.min(120, it.body().length()))).append("</description></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String page(Item it) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>").append(it.title())
        .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(it.title())
        .append("</h1>");
    for (String para : it.body().split("\n\n")) {
      b.append("<p>").append(para).append("</p>");
    }
    return b.append("</article><footer>Copyright Test Wire</footer></body></html>").toString();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * An invented report: a numbered, distinct story in news style about a fictional conflict, so that no two
   * items share their text and none is copied from anywhere.
   */
  public static Item story(int n) {
    String[] places = {"Valmora", "Kestrel Bay", "Dunmere", "Ostrava Pass", "Lake Serin"};
    String place = places[n % places.length];
    String title = "Ceasefire talks on " + place + " enter day " + (n + 2);
    String body = "Negotiators for the Republic of Aldania and the Northern Coalition met for the " + ordinal(n + 2)
        + " day in " + place + " on Tuesday, mediators said, as both sides weighed a proposal to pull heavy weapons "
        + "back from the front line by " + (10 + n) + " kilometres.\n\n"
        + "Aldania's chief negotiator, Mirela Hosk, told reporters that the talks had been \"difficult but serious\" "
        + "and that a prisoner exchange of " + (40 + n) + " detainees could follow within a week.\n\n"
        + "The coalition accused Aldanian forces of shelling the village of Brenn overnight, a charge the defence "
        + "ministry in the capital rejected. Observers counted " + (3 + n) + " craters near the school, report " + n + ".\n\n"
        + "Coalition fighters attacked an army post near " + place + " on Monday, killing " + (2 + n) + " soldiers, "
        + "local officials said.";
    return new Item("story-" + n + ".html", title, "Tue, 0" + (1 + n % 9) + " Dec 2026 0" + (n % 10) + ":00:00 GMT", body);
  }

  private static String ordinal(int n) {
    return n + (n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
        : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
  }
}
