// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.article.TraceStep;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.negotiation.NegotiationBoard;
import org.parley.places.Place;
import org.parley.quotes.Quote;

/**
 * Writes an {@link Analysis} as the contract's JSON object (version 1, see {@code shared/contract}). This is
 * Parley's public output: the CLI prints it, the API returns it, exports derive from it.
 */
public final class AnalysisJson {
  public static final String VERSION = "1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  /** The analysis as one line of JSON. */
  public static String line(Analysis analysis) {
    return line(analysis, false);
  }

  /** The analysis as one line of JSON; with {@code trace}, each event and quote carries the steps that made it. */
  public static String line(Analysis analysis, boolean trace) {
    // A tree's toString is compact JSON written with Jackson's default settings, those of MAPPER.
    return tree(analysis, trace).toString();
  }

  public static ObjectNode tree(Analysis analysis) {
    return tree(analysis, false);
  }

  /** The contract object; {@code trace} adds the optional {@code trace} array to each event and quote. */
  public static ObjectNode tree(Analysis analysis, boolean trace) {
    String text = analysis.article().text();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("parley", VERSION);
    article(root.putObject("article"), analysis.article());
    objects(root, "actors", analysis.actors(), (o, a) -> actor(o, a, text));
    objects(root, "events", analysis.events(), (o, e) -> event(o, e, text, trace));
    objects(root, "quotes", analysis.quotes(), (o, q) -> quote(o, q, text, trace));
    objects(root, "negotiations", analysis.negotiations(), (o, n) -> negotiation(o, n, text));
    return root;
  }

  /** Adds the array {@code name} to {@code parent}: one object per item, its fields written by {@code fields}. */
  private static <T> void objects(ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> fields) {
    ArrayNode array = parent.putArray(name);
    items.forEach(item -> fields.accept(array.addObject(), item));
  }

  private static void article(ObjectNode o, Article a) {
    o.put("id", a.id());
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("title", a.title());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("text", a.text());
    o.put("origin", a.origin());
    if (a.story() != null) {
      ObjectNode story = o.putObject("story");
      story.put("id", a.story().storyId());
      story.put("copy_of", a.story().copyOf());
      story.put("similarity", Math.round(a.story().similarity() * 1000) / 1000.0);
    }
  }

  private static void actor(ObjectNode o, Actor a, String text) {
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("code", a.code());
    o.put("country", a.country());
    o.put("sector", a.sector());
    o.put("organization", a.organization());
    o.put("role", a.role());
    spans(o.putArray("mentions"), a.mentions(), text);
  }

  private static void event(ObjectNode o, Event e, String text, boolean trace) {
    o.put("id", e.id());
    o.put("type", e.type().name());
    o.put("mode", e.mode());
    o.put("cameo", e.cameo());
    o.put("polarity", e.polarity().json());
    o.put("modality", e.modality().json());
    o.put("source", e.source());
    o.put("target", e.target());
    o.put("attributed_to", e.attributedTo());
    o.put("stance", e.stance() == null ? null : e.stance().json());
    ArrayNode issues = o.putArray("issues");
    e.issues().forEach(issues::add);
    o.put("date", e.date());
    o.put("date_text", e.dateText());
    o.set("location", place(e.location()));
    spans(o.putArray("evidence"), e.evidence(), text);
    if (e.trigger() != null) {
      o.set("trigger", span(e.trigger(), text));
    }
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    if (trace) {
      objects(o, "trace", e.trace().steps(), AnalysisJson::step);
    }
  }

  private static void quote(ObjectNode o, Quote q, String text, boolean trace) {
    o.put("text", q.text());
    o.put("start", q.span().start());
    o.put("end", q.span().end());
    o.put("speaker", q.speakerId());
    o.put("direct", q.direct());
    if (q.cue() != null) {
      o.set("cue", span(q.cue(), text));
    }
    if (trace) {
      objects(o, "trace", q.trace(), AnalysisJson::step);
    }
  }

  private static void step(ObjectNode o, TraceStep st) {
    o.put("rule", st.rule()).put("change", st.change());
  }

  private static void negotiation(ObjectNode o, NegotiationBoard n, String text) {
    ArrayNode parties = o.putArray("parties");
    n.parties().forEach(parties::add);
    ArrayNode mediators = o.putArray("mediators");
    n.mediators().forEach(mediators::add);
    objects(o, "rounds", n.rounds(), (ro, r) -> {
      ro.put("name", r.name());
      ro.put("date", r.date());
      ro.set("location", place(r.location()));
      ro.put("level", r.level());
      ro.put("outcome", r.outcome().json());
      ro.put("status", r.status().json());
      spans(ro.putArray("evidence"), r.evidence(), text);
    });
    objects(o, "issues", n.issues(), (io, ip) -> {
      io.put("issue", ip.issue());
      io.put("detail", ip.detail());
      objects(io, "positions", ip.positions(), (po, p) -> {
        po.put("actor", p.actorId());
        po.put("stance", p.stance().json());
        po.put("date", p.date());
        spans(po.putArray("evidence"), p.evidence(), text);
      });
    });
  }

  private static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    return o;
  }

  private static void spans(ArrayNode out, List<Span> spans, String text) {
    spans.forEach(s -> out.add(span(s, text)));
  }

  private static ObjectNode span(Span s, String text) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", s.of(text));
    return o;
  }
}
