// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "the union protested that the arrests were unlawful" protests in words; PLOVER codes that as
 * ACCUSE (disapprove, CAMEO 111), as PROTEST presumes people in the street.
 */
final class ProtestInWordsIsAccusation {
  static final String NAME = "protest-in-words-is-accusation";

  private ProtestInWordsIsAccusation() {}

  /** @param saysWhat whether the protest verb is the trigger itself and has a clause saying what was protested */
  static boolean apply(Coding c, boolean saysWhat) {
    if (c.type != EventType.PROTEST || !saysWhat) {
      return false;
    }
    c.recode(EventType.ACCUSE, "111", Stance.OPPOSE);
    c.mode = "disapprove";
    return true;
  }
}
