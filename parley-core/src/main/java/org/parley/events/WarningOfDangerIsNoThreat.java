// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "aid agencies warned that thousands could starve" foresees a danger; it threatens no one. A
 * warning is a threat (CAMEO 13x) when it is addressed to someone ("warned the rebels against advancing") or when
 * what it says is an act ("warned that any incursion would be met with force"); a warning whose clause names no act
 * at all is not an event.
 */
final class WarningOfDangerIsNoThreat {
  static final String NAME = "warning-of-danger-is-no-threat";

  private WarningOfDangerIsNoThreat() {}

  /**
   * @param threat    the entry codes a threat (CAMEO 13x) on a verb
   * @param clause    the verb has a clausal complement (what is warned of)
   * @param addressee the verb has an object or an indirect object (who is warned)
   * @param actInside an event word sits in the clause
   */
  static boolean applies(boolean threat, boolean clause, boolean addressee, boolean actInside) {
    return threat && clause && !addressee && !actInside;
  }
}
