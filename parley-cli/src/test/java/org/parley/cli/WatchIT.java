// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.alerts.AlertRules;
import org.parley.alerts.Alerter;
import org.parley.alerts.WebhookSender;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import org.parley.watch.FeedServer;
import org.parley.watch.Watcher;

/**
 * The watcher end to end on the real pipeline, wired as {@code parley watch} wires it: a local feed that grows
 * between polls, articles analysed and stored once, and the attack they report alerted once, signed.
 */
class WatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] SECRET = "it-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path tmp;

  @Test
  void newReportsAreAnalysedStoredOnceAndTheirAttacksAlertedOnce() throws Exception {
    List<JsonNode> alerts = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> perId = new ConcurrentHashMap<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      boolean signed = WebhookSender.signature(SECRET, body).equals(ex.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER));
      if (signed) {
        alerts.add(JSON.readTree(body));
        perId.computeIfAbsent(ex.getRequestHeaders().getFirst(WebhookSender.ID_HEADER), k -> new AtomicInteger()).incrementAndGet();
      }
      ex.sendResponseHeaders(signed ? 204 : 401, -1);
      ex.close();
    });
    receiver.start();
    try (FeedServer site = new FeedServer(); JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("watch.duckdb")))) {
      Path sources = tmp.resolve("sources.txt");
      Files.writeString(sources, "Test Wire = " + site.uri("/wire.rss") + "\n");
      Path rules = tmp.resolve("alerts.txt");
      Files.writeString(rules, "webhook http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\nassault *\n");
      WatchOptions options = new WatchOptions();
      options.every = Duration.ofMinutes(10);
      options.hostInterval = Duration.ZERO;
      options.retries = 1;
      options.backoff = Duration.ofMillis(10);
      StringWriter log = new StringWriter();
      site.publish("/wire.rss", FeedServer.story(1));
      Watcher w = options.watcher(sources, SharedParley.get(), store, new PrintWriter(log, true));
      AlertRules r = AlertRules.read(rules);
      Alerter alerter = new Alerter(r, store, new WebhookSender(r.webhook(), SECRET, WatchOptions.USER_AGENT, 1,
          Duration.ofMillis(10)), line -> log.append(line).append('\n'), Clock.systemUTC());
      alerter.baseline();
      Watcher.RoundListener alerting = WatchOptions.alerting(alerter);

      alerting.done(w.pollDue(options.every));
      site.publish("/wire.rss", FeedServer.story(2));
      alerting.done(w.pollDue(options.every));
      alerting.done(w.pollDue(options.every));

      assertThat(store.counts().path("articles").asInt()).as(log.toString()).isEqualTo(2);
      assertThat(log.toString()).contains("watch Test Wire: 1 new, 0 duplicate, 0 failed",
          "watch Test Wire: 1 new, 1 duplicate, 0 failed", "watch Test Wire: not modified (304)");
      // The invented reports say Aldanian forces shelled a village; the coder reads attacks with named actors.
      JsonNode events = store.events(org.parley.store.EventQuery.of(Map.of("type", "ASSAULT")));
      assertThat(events.path("total").asInt()).as(events.toString()).isPositive();
      assertThat(alerts).as(log.toString()).isNotEmpty();
      assertThat(perId.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
      assertThat(alerts).allSatisfy(a -> assertThat(a.path("kind").asText()).isEqualTo("assault"));
      assertThat(store.articles(null, null, null, 10, 0).path("items").findValuesAsText("source")).containsOnly("Test Wire");
    } finally {
      receiver.stop(0);
    }
  }
}
