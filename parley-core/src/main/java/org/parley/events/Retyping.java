// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * The code rules that only retype: an event of one type, of which the sentence reads a certain way, is another act
 * and takes that act's code. The coder takes the reading from the sentence; the rule only decides. Each is named in
 * the trace by its {@link #rule}.
 */
enum Retyping {
  /**
   * "the council will send peacekeepers to the border" protects; it is no show of force, so a deployment of
   * peacekeepers is AID (CAMEO 074), not MOBILIZE. The reading: the forces deployed are peacekeepers.
   */
  PEACEKEEPERS_ARE_AID("peacekeepers-are-aid", EventType.MOBILIZE, EventType.AID, "074", null, null),
  /**
   * "the union protested that the arrests were unlawful" protests in words; PLOVER codes that as ACCUSE (disapprove,
   * CAMEO 111), as PROTEST presumes people in the street. The reading: the protest verb is the trigger itself and has
   * a clause saying what was protested.
   */
  PROTEST_IN_WORDS_IS_ACCUSATION("protest-in-words-is-accusation", EventType.PROTEST, EventType.ACCUSE, "111",
      Stance.OPPOSE, "disapprove");

  /** The rule's name in the trace. */
  final String rule;
  private final EventType from;
  private final EventType to;
  private final String cameo;
  /** The new code's stance; null keeps the event's own. */
  private final Stance stance;
  /** The new code's mode; the old one goes, as it named a kind of the old type. */
  private final String mode;

  Retyping(String rule, EventType from, EventType to, String cameo, Stance stance, String mode) {
    this.rule = rule;
    this.from = from;
    this.to = to;
    this.cameo = cameo;
    this.stance = stance;
    this.mode = mode;
  }

  /** @param reads whether the sentence reads as the rule says (taken by the coder) */
  boolean apply(Coding c, boolean reads) {
    if (c.type != from || !reads) {
      return false;
    }
    c.recode(to, cameo, stance == null ? c.stance : stance);
    c.mode = mode;
    return true;
  }
}
