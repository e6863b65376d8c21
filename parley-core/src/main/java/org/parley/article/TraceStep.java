// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.article;

import java.util.Objects;

/**
 * One step of a trace: a rule or stage that fired on an event or a quote, and what it changed. Events and quotes
 * keep their traces as lists of these, so that {@code parley explain} and the contract read both the same way.
 *
 * @param rule   the short name of the rule or stage that fired, e.g. {@code negated-intent-is-refusal} or
 *               {@code speech-cue-after-quote}
 * @param change what it changed or found, e.g. {@code REJECT 127} or the speaker's phrase and id; empty when the
 *               name says it all
 */
public record TraceStep(String rule, String change) {
  public TraceStep {
    Objects.requireNonNull(rule, "rule");
    change = change == null ? "" : change;
  }

  @Override
  public String toString() {
    return change.isEmpty() ? rule : rule + ": " + change;
  }
}
