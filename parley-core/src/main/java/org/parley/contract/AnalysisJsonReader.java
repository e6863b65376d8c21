// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Position;
import org.parley.negotiation.Round;
import org.parley.negotiation.RoundStatus;
import org.parley.nlp.AnnotatedArticle;
import org.parley.places.Place;
import org.parley.quotes.Quote;

/**
 * Reads a contract object written by {@link AnalysisJson} back into an {@link Analysis}, so that commands can
 * work on saved analyses ({@code parley board --from analyses.jsonl}). The linguistic layers are not part of the
 * contract: the analysis comes back with the article alone. Fields added by later writers are ignored.
 */
public final class AnalysisJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJsonReader() {}

  /** Thrown when a line is not a valid contract object; the message says what is wrong, briefly. */
  public static final class FormatException extends RuntimeException {
    FormatException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Parses one line of contract JSON.
   *
   * @throws FormatException when it is not JSON or not a contract object
   */
  public static Analysis read(String line) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      if (!AnalysisJson.VERSION.equals(text(root, "parley"))) {
        throw new IllegalArgumentException("not a Parley contract object (version " + AnalysisJson.VERSION
            + "), \"parley\" is " + root.get("parley"));
      }
      Article article = article(required(root, "article"));
      List<Actor> actors = new ArrayList<>();
      for (JsonNode a : array(root, "actors")) {
        actors.add(new Actor(text(a, "id"), text(a, "name"), text(a, "code"), text(a, "country"), text(a, "sector"),
            text(a, "organization"), text(a, "role"), spans(a.get("mentions"))));
      }
      List<Event> events = new ArrayList<>();
      for (JsonNode e : array(root, "events")) {
        events.add(event(e));
      }
      List<Quote> quotes = new ArrayList<>();
      for (JsonNode q : array(root, "quotes")) {
        JsonNode cue = q.get("cue");
        quotes.add(new Quote(new Span(q.path("start").asInt(), q.path("end").asInt()), text(q, "text"),
            text(q, "speaker"), cue == null || cue.isNull() ? null : span(cue), q.path("direct").asBoolean(true)));
      }
      List<NegotiationBoard> boards = new ArrayList<>();
      for (JsonNode n : array(root, "negotiations")) {
        boards.add(board(n));
      }
      return new Analysis(AnnotatedArticle.of(article), actors, events, quotes, boards);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new FormatException("not a valid analysis: " + e.getMessage(), e);
    }
  }

  private static Article article(JsonNode a) {
    String published = text(a, "published");
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("article.published is not YYYY-MM-DD: " + published);
    }
    String origin = text(a, "origin");
    JsonNode story = a.get("story");
    Article.StoryLink link = story == null || !story.isObject() || text(story, "id") == null
        || text(story, "copy_of") == null ? null
        : new Article.StoryLink(text(story, "id"), text(story, "copy_of"),
            Math.max(0, Math.min(1, story.path("similarity").asDouble(0))));
    return new Article(text(a, "id"), text(a, "title"), date, text(a, "url"), text(a, "source"),
        text(a, "text"), origin == null ? "contract" : origin, link);
  }

  private static Event event(JsonNode e) {
    String stance = text(e, "stance");
    List<String> issues = new ArrayList<>();
    array(e, "issues").forEach(i -> issues.add(i.asText()));
    JsonNode trigger = e.get("trigger");
    return new Event(text(e, "id"), EventType.valueOf(text(e, "type")), text(e, "mode"), text(e, "cameo"),
        Polarity.valueOf(upper(e, "polarity", "positive")), Modality.valueOf(upper(e, "modality", "asserted")),
        text(e, "source"), text(e, "target"), text(e, "attributed_to"),
        stance == null ? null : Stance.valueOf(stance.toUpperCase(Locale.ROOT)), issues, text(e, "date"),
        text(e, "date_text"), place(e.get("location")), spans(e.get("evidence")),
        trigger == null || trigger.isNull() ? null : span(trigger), e.path("confidence").asDouble(1.0));
  }

  private static NegotiationBoard board(JsonNode n) {
    List<String> parties = new ArrayList<>();
    array(n, "parties").forEach(p -> parties.add(p.asText()));
    List<String> mediators = new ArrayList<>();
    array(n, "mediators").forEach(p -> mediators.add(p.asText()));
    List<Round> rounds = new ArrayList<>();
    for (JsonNode r : array(n, "rounds")) {
      rounds.add(new Round(text(r, "name"), text(r, "date"), place(r.get("location")), text(r, "level"),
          Outcome.valueOf(upper(r, "outcome", "unknown")), spans(r.get("evidence")),
          RoundStatus.valueOf(upper(r, "status", "held"))));
    }
    List<IssuePositions> issues = new ArrayList<>();
    for (JsonNode i : array(n, "issues")) {
      List<Position> positions = new ArrayList<>();
      for (JsonNode p : array(i, "positions")) {
        positions.add(new Position(text(p, "actor"), Stance.valueOf(upper(p, "stance", null)), text(p, "date"),
            spans(p.get("evidence"))));
      }
      issues.add(new IssuePositions(text(i, "issue"), text(i, "detail"), positions));
    }
    return new NegotiationBoard(parties, mediators, rounds, issues);
  }

  private static Place place(JsonNode p) {
    if (p == null || p.isNull()) {
      return null;
    }
    return new Place(text(p, "name"), text(p, "country"), number(p, "lat"), number(p, "lon"));
  }

  private static List<Span> spans(JsonNode array) {
    List<Span> out = new ArrayList<>();
    if (array != null) {
      array.forEach(s -> out.add(span(s)));
    }
    return out;
  }

  private static Span span(JsonNode s) {
    return new Span(required(s, "start").asInt(), required(s, "end").asInt());
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode a = node.get(field);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" is not an array");
    }
    return a;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return v;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String upper(JsonNode node, String field, String fallback) {
    String v = text(node, field);
    if (v == null) {
      v = fallback;
    }
    if (v == null) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }
}
