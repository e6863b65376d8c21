// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.store.DbSpec;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;

/**
 * Alerts from the store's changes to a local webhook receiver that fails now and then: each alert arrives once,
 * signed; nothing stored before start-up raises one, nor does a restart.
 */
class AlertsTest {
  private static final byte[] SECRET = "test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private HttpServer receiver;
  private JdbcStore store;
  /** Alert ids the receiver accepted (answered 2xx), with their bodies. */
  private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      String id = ex.getRequestHeaders().getFirst(WebhookSender.ID_HEADER);
      String sig = ex.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER);
      int n = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      int status;
      if (!WebhookSender.signature(SECRET, body).equals(sig)) {
        badSignatures.incrementAndGet();
        status = 401;
      } else if (n == 1) {
        status = 503; // every alert's first delivery fails: the retry must bring it, once
      } else {
        accepted.add(JSON.readTree(body));
        status = 204;
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    receiver.start();
    store = JdbcStore.open(DbSpec.duckdb(dir.resolve("alerts.duckdb")));
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    store.close();
  }

  private AlertRules rules(String... lines) throws Exception {
    Path f = dir.resolve("alerts.txt");
    List<String> all = new ArrayList<>(List.of("# test rules", "webhook http://127.0.0.1:" + receiver.getAddress().getPort()
        + "/hook"));
    all.addAll(List.of(lines));
    Files.write(f, all);
    return AlertRules.read(f);
  }

  private Alerter alerter(AlertRules rules) {
    Alerter a = new Alerter(rules, store, new WebhookSender(rules.webhook(), SECRET, "Parley/0.1.0 (test)", 2,
        Duration.ofMillis(10)), log::add, Clock.systemUTC());
    a.baseline();
    return a;
  }

  @Test
  void eachChangeIsAlertedOnceSignedAndNothingAgainAfterARestart() throws Exception {
    store.put(Fixtures.talks());
    AlertRules rules = rules("stance-change ETH tigray", "round *", "assault ethmil", "contradiction *",
        "assault KENGOV");
    Alerter alerter = alerter(rules);

    List<String> added = new ArrayList<>();
    for (var c : List.of(Fixtures.followUp(), Fixtures.accusation(), Fixtures.secondReport(), Fixtures.denial())) {
      store.put(c);
      added.add(c.path("article").path("id").asText());
    }
    List<Alert> found = alerter.check(added);

    assertThat(badSignatures.get()).isZero();
    List<String> kinds = accepted.stream().map(a -> a.path("kind").asText()).sorted().toList();
    // The government's stance on the ceasefire (reject, then open), the round that ended without agreement,
    // the two reports of the attack (not the denial: it says no attack happened), and the denial itself.
    assertThat(kinds).containsExactly("assault", "assault", "contradiction", "round", "stance-change");
    assertThat(accepted.stream().map(a -> a.path("id").asText()).distinct().count()).isEqualTo(accepted.size());
    assertThat(found).hasSize(5);
    assertThat(attempts.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(2));
    JsonNode stance = accepted.stream().filter(a -> a.path("kind").asText().equals("stance-change")).findFirst().orElseThrow();
    assertThat(stance.path("rule").asText()).isEqualTo("stance-change ETH tigray");
    assertThat(stance.path("summary").asText()).contains("Ethiopian government on ceasefire from reject to open");
    JsonNode contradiction = accepted.stream().filter(a -> a.path("kind").asText().equals("contradiction")).findFirst()
        .orElseThrow();
    assertThat(contradiction.path("summary").asText()).contains("denied by Capital Herald");
    assertThat(contradiction.path("details").path("outlet_count").asInt()).isEqualTo(2);

    // The same changes found again: nothing sent.
    assertThat(alerter.check(added)).isEmpty();
    // After a restart, an article that changes nothing the rules cover (a clash elsewhere): the negotiation and
    // the contradiction, compared again in full, raise nothing either.
    Alerter restarted = alerter(rules);
    store.put(Fixtures.hostile());
    assertThat(restarted.check(List.of("a-hostile-0003"))).isEmpty();
    assertThat(accepted).hasSize(5);
  }

  @Test
  void anAlertNotDeliveredIsSentAgainAfterTheNextPoll() throws Exception {
    AlertRules rules = rules("assault *");
    Alerter alerter = new Alerter(rules, store, new WebhookSender(rules.webhook(), SECRET, "Parley/0.1.0 (test)", 0,
        Duration.ofMillis(10)), log::add, Clock.systemUTC());
    alerter.baseline();
    store.put(Fixtures.secondReport());
    // No retries: the first delivery fails and the alert waits.
    assertThat(alerter.check(List.of("a-corr-0006"))).hasSize(1);
    assertThat(accepted).isEmpty();
    assertThat(log).anyMatch(l -> l.contains("not delivered: HTTP 503 after 1 attempts"));
    assertThat(alerter.check(List.of())).isEmpty();
    assertThat(accepted).hasSize(1);
  }

  @Test
  void aBadRulesFileFailsNamingTheLineAndWhatIsValid() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "webhook https://hooks.example.org/x\nassault\n");
    assertThatThrownBy(() -> AlertRules.read(f)).isInstanceOf(ConfigException.class)
        .hasMessage(f + ":2: assault needs * (any) or the actors it is about");
    Files.writeString(f, "webhook https://hooks.example.org/x\nstance ETHGOV\n");
    assertThatThrownBy(() -> AlertRules.read(f)).hasMessage(f + ":2: unknown statement 'stance'; valid: webhook URL, "
        + "stance-change, round, assault, contradiction followed by * or actors");
    Files.writeString(f, "round *\n");
    assertThatThrownBy(() -> AlertRules.read(f)).hasMessageContaining("no webhook line");
  }
}
