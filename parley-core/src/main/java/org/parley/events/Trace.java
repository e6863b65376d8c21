// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.TraceStep;

/**
 * Why an event came out as it did: the named steps that made, reshaped or dropped it, in the order they fired
 * ({@code predicates.tsv:10 sign/V AGREE 057 → modal 'will': intended → negated-intent-is-refusal → REJECT 127}).
 * Only {@code parley explain} and {@code analyze --trace} show it; it is no part of what the event is, so two events
 * that differ only in their trace are equal.
 *
 * @param steps the steps, first fired first
 */
public record Trace(List<TraceStep> steps) {
  /** The trace of an event nothing explains (read back from a contract without traces). */
  public static final Trace EMPTY = new Trace(List.of());

  public Trace {
    steps = List.copyOf(steps);
  }

  /** This trace followed by one more step. */
  public Trace then(String rule, String change) {
    List<TraceStep> more = new ArrayList<>(steps);
    more.add(new TraceStep(rule, change));
    return new Trace(more);
  }

  /** This trace followed by the steps of {@code after}. */
  public Trace then(Trace after) {
    List<TraceStep> more = new ArrayList<>(steps);
    more.addAll(after.steps());
    return new Trace(more);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  @Override
  public String toString() {
    return String.join(" → ", steps.stream().map(TraceStep::toString).toList());
  }
}
