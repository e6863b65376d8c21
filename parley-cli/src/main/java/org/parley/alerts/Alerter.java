// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.corroboration.StoredCorroboration;
import org.parley.store.EventQuery;
import org.parley.store.Store;

/**
 * Finds what changed in the store and sends an alert for each change a rule covers, once. Changes are found by
 * comparison with what the store said at the previous check (at start-up: what was stored then, which raises
 * nothing), so the store, not a log of the watcher's, says what is new; each change has a key, and a key seen
 * once is never alerted again in this process. An alert that cannot be delivered is kept and sent again at the
 * next check.
 */
public final class Alerter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AlertRules rules;
  private final Store store;
  private final WebhookSender sender;
  private final Consumer<String> log;
  private final Clock clock;
  private final Set<String> known = new HashSet<>();
  private final Deque<ObjectNode> pending = new ArrayDeque<>();
  private final Consumer<JsonNode> published;

  public Alerter(AlertRules rules, Store store, WebhookSender sender, Consumer<String> log, Clock clock) {
    this(rules, store, sender, log, clock, change -> { });
  }

  /**
   * @param sender    the webhook, or null to only publish
   * @param published hears of each alert as it is found (the dashboard's live "What changed")
   */
  public Alerter(AlertRules rules, Store store, WebhookSender sender, Consumer<String> log, Clock clock,
                 Consumer<JsonNode> published) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.store = Objects.requireNonNull(store, "store");
    this.sender = sender;
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.published = Objects.requireNonNull(published, "published");
  }

  /** Remembers what the store says now, so that only later changes raise alerts. */
  public void baseline() {
    find(List.of(), true);
  }

  /**
   * Finds the changes since the last check ({@code added}: the articles stored since, for the rules about single
   * events), sends their alerts and any left undelivered before.
   *
   * @return the alerts found in this check
   */
  public synchronized List<Alert> check(List<String> added) throws InterruptedException {
    List<Alert> found = added.isEmpty() ? List.of() : find(added, false);
    for (Alert a : found) {
      ObjectNode body = body(a);
      published.accept(body);
      if (sender != null) {
        pending.add(body);
      }
    }
    int n = pending.size();
    for (int i = 0; i < n; i++) {
      ObjectNode body = pending.poll();
      String id = body.path("id").asText();
      String problem = sender.send(id, bytes(body));
      if (problem != null) {
        log.accept("alert " + id + " (" + body.path("summary").asText() + ") not delivered: " + problem
            + "; sent again after the next poll");
        pending.add(body);
      } else {
        log.accept("alert " + id + " sent: " + body.path("summary").asText());
      }
    }
    return found;
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private ObjectNode body(Alert a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("kind", a.kind().word());
    o.put("rule", a.rule());
    o.put("summary", a.summary());
    o.put("detected_at", clock.instant().toString());
    o.set("details", a.details());
    return o;
  }

  private synchronized List<Alert> find(List<String> added, boolean quietly) {
    List<Alert> out = new ArrayList<>();
    if (has(Rule.Kind.STANCE_CHANGE) || has(Rule.Kind.ROUND)) {
      for (JsonNode track : store.negotiations()) {
        String id = track.path("id").asText();
        List<String> parties = new ArrayList<>();
        for (JsonNode p : track.path("parties")) {
          parties.add(p.path("side").asText(null));
          parties.add(p.path("name").asText(null));
        }
        String talks = String.join(" – ", track.path("parties").findValuesAsText("name"));
        JsonNode board = store.board(id, null).orElse(null);
        if (board == null) {
          continue;
        }
        for (JsonNode c : board.path("changes")) {
          String key = "stance|" + id + "|" + c.path("side").asText() + "|" + c.path("issue").asText() + "|"
              + c.path("date").asText() + "|" + c.path("from") + "|" + c.path("to") + "|"
              + c.path("shown_by").path("article").asText();
          String summary = "stance change in the talks " + talks + ": " + name(track, c.path("side").asText()) + " on "
              + c.path("issue").asText() + " from " + words(c.path("from")) + " to " + words(c.path("to"))
              + dateOf(c.path("date")) + by(c.path("shown_by"));
          raise(out, quietly, key, Rule.Kind.STANCE_CHANGE, parties, true, summary, c);
        }
        for (JsonNode r : board.path("rounds")) {
          String key = "round|" + id + "|" + r.path("date").asText() + "|" + r.path("location").asText() + "|"
              + r.path("name").asText() + "|" + r.path("status").asText() + "|" + r.path("outcome").asText();
          String summary = "round of the talks " + talks + ": " + r.path("status").asText("reported")
              + dateOf(r.path("date")) + (r.path("location").isTextual() ? " in " + r.path("location").asText() : "")
              + ", outcome " + r.path("outcome").asText("unknown").replace('_', ' ') + by(r.path("reports").path(0));
          raise(out, quietly, key, Rule.Kind.ROUND, parties, true, summary, r);
        }
      }
    }
    if (has(Rule.Kind.ASSAULT)) {
      for (String article : added) {
        store.forEachEventRow(new EventQuery(null, null, "ASSAULT", null, null, null, null, null, "positive",
            "asserted,reported", article, EventQuery.MAX_LIMIT, 0), e -> {
              List<String> actors = new ArrayList<>();
              for (String f : List.of("source_code", "source_name", "target_code", "target_name")) {
                actors.add(e.path(f).asText(null));
              }
              String summary = "ASSAULT: " + e.path("source_name").asText("someone") + " -> "
                  + e.path("target_name").asText("someone") + dateOf(e.path("event_date"))
                  + (e.path("place_name").isTextual() ? " in " + e.path("place_name").asText() : "")
                  + ", reported by " + e.path("outlet").asText("an article") + ": \"" + e.path("evidence_text").asText() + "\"";
              raise(out, quietly, "assault|" + article + "|" + e.path("event_id").asText(), Rule.Kind.ASSAULT, actors,
                  false, summary, e);
            });
      }
    }
    if (has(Rule.Kind.CONTRADICTION)) {
      JsonNode groups = StoredCorroboration.of(store, EventQuery.ALL.page(EventQuery.MAX_LIMIT, 0),
          new StoredCorroboration.Filter(1, true, org.parley.corroboration.Corroboration.DEFAULT_WINDOW_DAYS)).path("items");
      for (JsonNode g : groups) {
        List<String> actors = new ArrayList<>();
        actors.add(g.path("source").asText(null));
        actors.add(g.path("target").asText(null));
        for (JsonNode c : g.path("contradictions")) {
          String key = "contradiction|" + c.path("article_id").asText() + "|" + c.path("event_id").asText();
          String summary = "contradiction: " + g.path("type").asText() + " " + g.path("source").asText("someone")
              + " -> " + g.path("target").asText("someone") + " " + g.path("summary").asText() + "; denied by "
              + c.path("outlet").asText("an article") + ": \"" + c.path("evidence").asText() + "\"";
          raise(out, quietly, key, Rule.Kind.CONTRADICTION, actors, false, summary, g);
        }
      }
    }
    return out;
  }

  private boolean has(Rule.Kind kind) {
    return rules.rules().stream().anyMatch(r -> r.kind() == kind);
  }

  /** Records {@code key}; when it is new (and not the baseline) and a rule covers it, adds its alert. */
  private void raise(List<Alert> out, boolean quietly, String key, Rule.Kind kind, List<String> actors, boolean all,
                     String summary, JsonNode details) {
    if (!known.add(key) || quietly) {
      return;
    }
    for (Rule r : rules.rules()) {
      if (r.kind() == kind && (all ? r.coversAll(actors) : r.coversAny(actors))) {
        out.add(new Alert(id(key), r.text(), kind, summary, details));
        return;
      }
    }
  }

  private static String id(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)),
          0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static String name(JsonNode track, String side) {
    for (JsonNode p : track.path("parties")) {
      if (side.equals(p.path("side").asText())) {
        return p.path("name").asText(side);
      }
    }
    return side;
  }

  private static String words(JsonNode stances) {
    List<String> w = new ArrayList<>();
    stances.forEach(s -> w.add(s.asText()));
    return w.isEmpty() ? "none" : String.join("/", w);
  }

  private static String dateOf(JsonNode date) {
    return date.isTextual() ? " on " + date.asText() : "";
  }

  private static String by(JsonNode report) {
    return report.path("outlet").isTextual() ? " (" + report.path("outlet").asText() + ")" : "";
  }
}
