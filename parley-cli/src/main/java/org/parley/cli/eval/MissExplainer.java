// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.asList;
import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.items;
import static org.parley.cli.eval.Py.norm;
import static org.parley.cli.eval.Py.str;
import static org.parley.cli.eval.Py.strOr;
import static org.parley.cli.eval.Py.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the stage that caused each miss and each false event of a gold reading ({@code parley eval --explain}),
 * so that work on whole articles starts from the kind of error, not from the sentence.
 *
 * <p>The checks follow the order in which the referee's match can fail: no event read at the gold phrase at all
 * (the coder missed the trigger), an event there of another type (the coder's lexicon or rules), the right type
 * with the other polarity (negation), the right reading with other actors (actor resolution or argument choice).
 * A false event is a forbidden misreading, a wrong type or actors at a gold event's words, or an event where the
 * reading has none (background, analysis or a word read as a trigger that is not one).
 */
public final class MissExplainer {
  private MissExplainer() {
  }

  /** One line per missed required event and per unmatched prediction, each opening with the stage to blame. */
  public static List<String> explain(JsonNode gold, JsonNode analysis) {
    String text = strOr(get(analysis, "article"), "text", "");
    Map<String, JsonNode> actors = new HashMap<>();
    for (JsonNode a : items(get(analysis, "actors"))) {
      actors.put(str(a, "id"), a);
    }
    List<JsonNode> preds = items(get(analysis, "events"));
    List<JsonNode> everything = items(get(gold, "events"));
    List<String> out = new ArrayList<>();
    for (JsonNode g : everything) {
      JsonNode req = g.get("required");
      boolean required = req == null || truthy(req);
      if (required && preds.stream().noneMatch(p -> GoldScorer.eventMatches(g, p, actors, text))) {
        out.add("miss " + str(g, "id") + ": " + whyMissed(g, preds, actors, text));
      }
    }
    for (JsonNode p : preds) {
      if (everything.stream().noneMatch(g -> GoldScorer.eventMatches(g, p, actors, text))) {
        out.add("false " + describe(p, actors) + ": " + whyFalse(p, gold, actors, text));
      }
    }
    return out;
  }

  private static String whyMissed(JsonNode g, List<JsonNode> preds, Map<String, JsonNode> actors, String text) {
    List<JsonNode> there = preds.stream().filter(p -> atEvidence(g, p, text)).toList();
    String want = String.join("/", asList(get(g, "types")).stream().map(JsonNode::asText).toList());
    if (there.isEmpty()) {
      return "coder: no event read at '" + firstPhrase(g) + "' (want " + want + ")";
    }
    List<JsonNode> typed = there.stream().filter(p -> typeOk(g, p)).toList();
    if (typed.isEmpty()) {
      return "coder: read as " + String.join(", ", there.stream().map(p -> strOr(p, "type", "?")).distinct().toList())
          + " (want " + want + ")";
    }
    String polarity = g.has("polarity") ? g.get("polarity").asText() : "positive";
    List<JsonNode> polar = typed.stream().filter(p -> strOr(p, "polarity", "positive").equals(polarity)).toList();
    if (polar.isEmpty()) {
      return "coder: polarity " + strOr(typed.get(0), "polarity", "positive") + " (want " + polarity + ")";
    }
    JsonNode p = polar.get(0);
    return "actors: got " + describe(p, actors) + ", want " + spec(get(g, "source")) + " -> " + spec(get(g, "target"));
  }

  private static String whyFalse(JsonNode p, JsonNode gold, Map<String, JsonNode> actors, String text) {
    for (JsonNode f : items(get(gold, "forbidden"))) {
      if (GoldScorer.eventMatches(f, p, actors, text)) {
        return "coder: forbidden misreading " + str(f, "id") + " (modality " + strOr(p, "modality", "asserted") + ")";
      }
    }
    List<JsonNode> there = items(get(gold, "events")).stream().filter(g -> atEvidence(g, p, text)).toList();
    if (there.isEmpty()) {
      return "coder: no gold event at these words (background, analysis or not a trigger; modality "
          + strOr(p, "modality", "asserted") + ")";
    }
    for (JsonNode g : there) {
      if (typeOk(g, p)) {
        String polarity = g.has("polarity") ? g.get("polarity").asText() : "positive";
        if (!strOr(p, "polarity", "positive").equals(polarity)) {
          return "coder: polarity, gold " + str(g, "id") + " is " + polarity;
        }
        return "actors: gold " + str(g, "id") + " wants " + spec(get(g, "source")) + " -> " + spec(get(g, "target"));
      }
    }
    return "coder: type, gold here is " + String.join(", ", there.stream().map(g -> str(g, "id") + " "
        + String.join("/", asList(get(g, "types")).stream().map(JsonNode::asText).toList())).toList());
  }

  private static boolean typeOk(JsonNode g, JsonNode p) {
    return asList(get(g, "types")).stream().anyMatch(t -> t.asText().equals(strOr(p, "type", "")));
  }

  private static boolean atEvidence(JsonNode g, JsonNode p, String text) {
    List<String> spans = GoldScorer.evidenceTexts(p, text);
    return asList(get(g, "evidence")).stream().map(e -> norm(e.asText()))
        .anyMatch(phrase -> spans.stream().anyMatch(s -> s.contains(phrase)));
  }

  private static String firstPhrase(JsonNode g) {
    List<JsonNode> ev = asList(get(g, "evidence"));
    return ev.isEmpty() ? "" : ev.get(0).asText();
  }

  private static String describe(JsonNode p, Map<String, JsonNode> actors) {
    return strOr(p, "type", "?") + (strOr(p, "polarity", "positive").equals("negative") ? " (negated)" : "") + " "
        + actor(actors.get(str(p, "source"))) + " -> " + actor(actors.get(str(p, "target")));
  }

  private static String actor(JsonNode a) {
    if (a == null) {
      return "-";
    }
    String country = strOr(a, "country", "");
    String sector = strOr(a, "sector", "");
    return strOr(a, "name", "?") + (country.isEmpty() && sector.isEmpty() ? "" : " [" + country
        + (sector.isEmpty() ? "" : " " + sector) + "]");
  }

  private static String spec(JsonNode s) {
    if (s == null || s.isNull()) {
      return "any";
    }
    List<String> parts = new ArrayList<>();
    s.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + (e.getValue().isArray()
        ? String.join("|", asList(e.getValue()).stream().map(JsonNode::asText).toList()) : e.getValue().asText())));
    return "{" + String.join(", ", parts) + "}";
  }
}
