// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.Set;

/**
 * Rule {@value #NAME}: the parties of the last talks stand in for the doer of an agreement the sentence leaves
 * without one ("no deal was reached", "the talks ended without an accord", "the two sides agreed"), but not when the
 * sentence names a doer of its own that is neither the talks nor their sides: in "the militant group claimed
 * responsibility" the group, unresolved as it is, did it; the negotiators did not.
 */
final class OtherDoerIsNotTheTalksParties {
  static final String NAME = "other-doer-is-not-the-talks-parties";

  /** Nouns that name the sides of talks rather than someone else. */
  private static final Set<String> SIDES = Set.of("side", "party", "delegation", "negotiator", "team", "both");

  private OtherDoerIsNotTheTalksParties() {}

  /**
   * @param subjectLemma lower-case lemma of the subject of the act, or null when it has none
   * @param commonNoun   the subject is a noun (not a pronoun)
   * @param eventWord    the subject is itself an event word ("the talks", "the deal")
   */
  static boolean applies(String subjectLemma, boolean commonNoun, boolean eventWord) {
    return subjectLemma != null && commonNoun && !eventWord && !SIDES.contains(subjectLemma);
  }
}
