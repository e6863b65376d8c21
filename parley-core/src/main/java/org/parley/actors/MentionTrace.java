// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.List;
import java.util.Objects;
import org.parley.article.Span;

/**
 * How the resolver came to one mention's actor: the named steps that made the mention and, on an actor's first
 * mention, those that coded the actor ({@code known-name: person Ararat Mirzoyan},
 * {@code title-before-name: foreign minister}, {@code pronoun-antecedent: subject of this sentence}). Only
 * {@code parley explain} shows it; it is no part of the contract.
 *
 * @param span     the mention's text
 * @param sentence index of the sentence holding it
 * @param actorId  the actor it was resolved to; null when a named rule left it without one
 * @param steps    the steps, first fired first, each written {@code rule: what}
 */
public record MentionTrace(Span span, int sentence, String actorId, List<String> steps) {
  public MentionTrace {
    Objects.requireNonNull(span, "span");
    steps = List.copyOf(steps);
  }
}
