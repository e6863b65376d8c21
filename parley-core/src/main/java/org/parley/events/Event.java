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
 */
public record Event(
    String id, EventType type, String mode, String cameo, Polarity polarity, Modality modality, String source,
    String target, String attributedTo, Stance stance, List<String> issues, String date, String dateText, Place location,
    List<Span> evidence, Span trigger, double confidence) {
  public Event {
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
}
