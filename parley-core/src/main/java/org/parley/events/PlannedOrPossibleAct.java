// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.Set;

/**
 * Rule {@value #NAME}: "the planned strikes", "a proposed ceasefire", "the upcoming talks", "possible sanctions" name
 * an act that has not happened; the modifier that plans or supposes it makes the event intended or hypothetical,
 * never asserted. A modifier that only describes ("the failed talks", "the alleged raid") is read elsewhere.
 */
final class PlannedOrPossibleAct {
  static final String NAME = "planned-or-possible-act";

  /** Participles that plan an act: "planned", "proposed", "scheduled", "threatened". */
  private static final Set<String> PLANNED_PARTICIPLES =
      Set.of("plan", "propose", "intend", "schedule", "expect", "envisage", "moot", "threaten");
  /** Adjectives that put an act ahead ("upcoming", "future") or leave it possible ("potential"). */
  private static final Set<String> AHEAD = Set.of("upcoming", "forthcoming", "future", "prospective");
  private static final Set<String> POSSIBLE = Set.of("possible", "potential", "eventual");

  /** What a modifier of an event noun makes of the event. */
  enum Reading { INTENDED, HYPOTHETICAL, NONE }

  private PlannedOrPossibleAct() {}

  /**
   * @param lemma the modifier's lemma, lower case
   * @param pos   its part-of-speech tag (Penn)
   */
  static Reading of(String lemma, String pos) {
    if (PLANNED_PARTICIPLES.contains(lemma) && ("VBN".equals(pos) || "JJ".equals(pos))) {
      return Reading.INTENDED;
    }
    if (AHEAD.contains(lemma) && pos.startsWith("JJ")) {
      return Reading.INTENDED;
    }
    if (POSSIBLE.contains(lemma) && pos.startsWith("JJ")) {
      return Reading.HYPOTHETICAL;
    }
    return Reading.NONE;
  }
}
