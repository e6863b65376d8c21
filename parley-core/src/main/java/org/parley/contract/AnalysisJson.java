// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Position;
import org.parley.negotiation.Round;
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
    root.set("article", article(analysis.article()));
    ArrayNode actors = root.putArray("actors");
    for (Actor a : analysis.actors()) {
      ObjectNode o = actors.addObject();
      o.put("id", a.id());
      o.put("name", a.name());
      o.put("code", a.code());
      o.put("country", a.country());
      o.put("sector", a.sector());
      o.put("organization", a.organization());
      o.put("role", a.role());
      spans(o.putArray("mentions"), a.mentions(), text);
    }
    ArrayNode events = root.putArray("events");
    for (Event e : analysis.events()) {
      ObjectNode o = events.addObject();
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
        ArrayNode steps = o.putArray("trace");
        e.trace().steps().forEach(st -> steps.addObject().put("rule", st.rule()).put("change", st.change()));
      }
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : analysis.quotes()) {
      ObjectNode o = quotes.addObject();
      o.put("text", q.text());
      o.put("start", q.span().start());
      o.put("end", q.span().end());
      o.put("speaker", q.speakerId());
      o.put("direct", q.direct());
      if (q.cue() != null) {
        o.set("cue", span(q.cue(), text));
      }
      if (trace) {
        ArrayNode steps = o.putArray("trace");
        q.trace().forEach(st -> steps.addObject().put("rule", st.rule()).put("change", st.change()));
      }
    }
    ArrayNode negotiations = root.putArray("negotiations");
    for (NegotiationBoard n : analysis.negotiations()) {
      ObjectNode o = negotiations.addObject();
      ArrayNode parties = o.putArray("parties");
      n.parties().forEach(parties::add);
      ArrayNode mediators = o.putArray("mediators");
      n.mediators().forEach(mediators::add);
      ArrayNode rounds = o.putArray("rounds");
      for (Round r : n.rounds()) {
        ObjectNode ro = rounds.addObject();
        ro.put("name", r.name());
        ro.put("date", r.date());
        ro.set("location", place(r.location()));
        ro.put("level", r.level());
        ro.put("outcome", r.outcome().json());
        ro.put("status", r.status().json());
        spans(ro.putArray("evidence"), r.evidence(), text);
      }
      ArrayNode issues = o.putArray("issues");
      for (IssuePositions ip : n.issues()) {
        ObjectNode io = issues.addObject();
        io.put("issue", ip.issue());
        io.put("detail", ip.detail());
        ArrayNode positions = io.putArray("positions");
        for (Position p : ip.positions()) {
          ObjectNode po = positions.addObject();
          po.put("actor", p.actorId());
          po.put("stance", p.stance().json());
          po.put("date", p.date());
          spans(po.putArray("evidence"), p.evidence(), text);
        }
      }
    }
    return root;
  }

  private static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
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
    return o;
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
