// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.actors.Actor;
import org.parley.actors.MentionTrace;
import org.parley.article.Span;
import org.parley.article.TraceStep;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.Polarity;
import org.parley.events.Trace;
import org.parley.nlp.Sentence;
import org.parley.quotes.Quote;

/**
 * What {@code parley explain} prints for one analysis: per sentence, each event with the steps that made it what it
 * is, each candidate a stage left out with the step that left it out, the quotes and their speakers with the steps
 * that found the attribution and named the speaker, and how each actor mention was resolved (which name, title,
 * rule or antecedent). A reader can answer "why REJECT and not AGREE?", "why is this quote hers?" or "why is this
 * act-4?" from it without a debugger.
 */
final class Explanation {
  private Explanation() {}

  /**
   * @param sentence the 1-based sentence to explain, or null for every sentence
   */
  static void print(PrintWriter out, Analysis a, Integer sentence) {
    String text = a.article().text();
    Map<String, String> names = new HashMap<>();
    for (Actor x : a.actors()) {
      names.put(x.id(), x.name() + " (" + x.id() + ")");
    }
    out.printf("%s%s%n", a.article().id(), a.article().title() == null ? "" : " · " + a.article().title());
    List<Sentence> sentences = a.annotated().sentences();
    for (int k = 0; k < sentences.size(); k++) {
      if (sentence != null && sentence != k + 1) {
        continue;
      }
      Sentence s = sentences.get(k);
      out.printf("%n[%d] %s%n", k + 1, s.span().of(text).replaceAll("\\s+", " "));
      for (TraceStep repair : s.repairs()) {
        out.printf("  parse repaired by %s%n", repair);
      }
      for (Event e : in(a.events(), s)) {
        out.printf("  %s %s %s  %s → %s  %s, %s%s%n", e.id(), e.type(), e.cameo() == null ? "-" : e.cameo(),
            name(names, e.source()), name(names, e.target()), e.polarity().json(), e.modality().json(),
            e.attributedTo() == null ? "" : ", claim of " + name(names, e.attributedTo()));
        steps(out, e.trace());
      }
      for (Event e : in(a.dropped(), s)) {
        List<TraceStep> steps = e.trace().steps();
        String by = steps.isEmpty() ? "?" : steps.get(steps.size() - 1).rule();
        out.printf("  dropped %s %s at '%s' by %s%n", e.type(), e.cameo() == null ? "-" : e.cameo(),
            e.trigger() == null ? "" : e.trigger().of(text), by);
        steps(out, e.trace());
      }
      for (Quote q : a.quotes()) {
        if (q.span().start() >= s.span().start() && q.span().start() < s.span().end()) {
          out.printf("  quote%s \"%s\"  speaker %s%n", q.direct() ? "" : " (reported)",
              abbreviate(q.text(), 80), name(names, q.speakerId()));
          for (TraceStep step : q.trace()) {
            out.printf("      %s%n", step);
          }
        }
      }
      actors(out, a, k, names);
    }
    out.flush();
  }

  /**
   * The "actors" block of sentence {@code k}: each actor the resolver found there once, with each of its mentions
   * and the steps that resolved it; then the mentions a named rule left without an actor.
   */
  private static void actors(PrintWriter out, Analysis a, int k, Map<String, String> names) {
    String text = a.article().text();
    Map<String, List<MentionTrace>> byActor = new LinkedHashMap<>();
    List<MentionTrace> unresolved = new ArrayList<>();
    for (MentionTrace m : a.actorTraces()) {
      if (m.sentence() != k) {
        continue;
      }
      if (m.actorId() == null) {
        unresolved.add(m);
      } else {
        byActor.computeIfAbsent(m.actorId(), x -> new ArrayList<>()).add(m);
      }
    }
    if (byActor.isEmpty() && unresolved.isEmpty()) {
      return;
    }
    out.printf("  actors%n");
    byActor.forEach((id, mentions) -> {
      out.printf("    %s%n", name(names, id));
      for (MentionTrace m : mentions) {
        out.printf("      '%s' %s%n", m.span().of(text).replaceAll("\\s+", " "), String.join(" → ", m.steps()));
      }
    });
    for (MentionTrace m : unresolved) {
      out.printf("    unresolved '%s' %s%n", m.span().of(text), String.join(" → ", m.steps()));
    }
  }

  /** The events whose trigger (or, without one, first evidence span) lies in {@code s}. */
  private static List<Event> in(List<Event> events, Sentence s) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Span at = e.trigger() != null ? e.trigger() : e.evidence().get(0);
      if (at.start() >= s.span().start() && at.start() < s.span().end()) {
        out.add(e);
      }
    }
    return out;
  }

  private static void steps(PrintWriter out, Trace t) {
    for (TraceStep step : t.steps()) {
      out.printf("      %s%n", step);
    }
  }

  private static String name(Map<String, String> names, String id) {
    return id == null ? "-" : names.getOrDefault(id, id);
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
