// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import java.util.Objects;
import org.parley.article.Span;
import org.parley.places.Place;

/**
 * One coded event: who did what to whom, when and where, and every sentence that reports it.
 *
 * @param id           id unique within the article, e.g. {@code ev-2}
 * @param type         PLOVER type
 * @param mode         PLOVER mode (e.g. mediate, demand, aerial), or null
 * @param cameo        closest CAMEO code, 2 to 4 digits
 * @param polarity     whether the text says it happened
 * @param modality     asserted, intended, reported or hypothetical
 * @param source       actor id of who acts, or null
 * @param target       actor id of who is acted upon, or null
 * @param attributedTo actor id whose claim this is, or null when the article asserts it
 * @param stance       the position on {@code issues} the event expresses (demand, offer, reject ...), or null
 * @param issues       negotiation issues concerned, from the contract's vocabulary
 * @param date         ISO date or year-month when it happened, or null
 * @param dateText     the words that gave the date, or null
 * @param location     where it happened, or null
 * @param evidence     sentences (or clauses) reporting it, in text order, at least one
 * @param trigger      the span of the predicate or event noun that triggered it
 * @param confidence   0 to 1: how central and certain the event is in its sentence; a main-clause predicate with
 *                     named actors ranks above a bare event noun, a complement clause, a scene-setting clause ("as
 *                     troops shelled the town") or a hypothetical event, so the highest is what the sentence reports
 * @param trace        the named steps that made the event what it is; left out of {@link #equals} and of the contract
 *                     unless asked for ({@code analyze --trace})
 */
public record Event(
    String id, EventType type, String mode, String cameo, Polarity polarity, Modality modality, String source,
    String target, String attributedTo, Stance stance, List<String> issues, String date, String dateText, Place location,
    List<Span> evidence, Span trigger, double confidence, Trace trace) {
  /** An event with no trace (read back from a contract, or made by a test). */
  public Event(
      String id, EventType type, String mode, String cameo, Polarity polarity, Modality modality, String source,
      String target, String attributedTo, Stance stance, List<String> issues, String date, String dateText,
      Place location, List<Span> evidence, Span trigger, double confidence) {
    this(id, type, mode, cameo, polarity, modality, source, target, attributedTo, stance, issues, date, dateText,
        location, evidence, trigger, confidence, Trace.EMPTY);
  }

  public Event {
    trace = trace == null ? Trace.EMPTY : trace;
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    issues = List.copyOf(issues);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one evidence span");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got " + cameo);
    }
  }

  /** This event with one more step in its trace. */
  public Event traced(String rule, String change) {
    return withTrace(trace.then(rule, change));
  }

  /** This event done by {@code newSource} to {@code newTarget} (either may be null). */
  public Event withParties(String newSource, String newTarget) {
    return new Event(id, type, mode, cameo, polarity, modality, newSource, newTarget, attributedTo, stance, issues,
        date, dateText, location, evidence, trigger, confidence, trace);
  }

  /** This event about {@code newIssues}. */
  public Event withIssues(List<String> newIssues) {
    return new Event(id, type, mode, cameo, polarity, modality, source, target, attributedTo, stance, newIssues, date,
        dateText, location, evidence, trigger, confidence, trace);
  }

  /** This event with {@code t} as its trace. */
  public Event withTrace(Trace t) {
    return new Event(id, type, mode, cameo, polarity, modality, source, target, attributedTo, stance, issues, date,
        dateText, location, evidence, trigger, confidence, t);
  }

  // The trace explains an event; it does not make it another: merging, dedup and the tests compare content only.
  @Override
  public boolean equals(Object o) {
    return o instanceof Event e && Double.compare(confidence, e.confidence) == 0 && id.equals(e.id)
        && type == e.type && Objects.equals(mode, e.mode) && Objects.equals(cameo, e.cameo)
        && polarity == e.polarity && modality == e.modality && Objects.equals(source, e.source)
        && Objects.equals(target, e.target) && Objects.equals(attributedTo, e.attributedTo) && stance == e.stance
        && issues.equals(e.issues) && Objects.equals(date, e.date) && Objects.equals(dateText, e.dateText)
        && Objects.equals(location, e.location) && evidence.equals(e.evidence) && Objects.equals(trigger, e.trigger);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, mode, cameo, polarity, modality, source, target, attributedTo, stance, issues, date,
        dateText, location, evidence, trigger, confidence);
  }
}
