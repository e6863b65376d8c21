// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "the donors may halt their aid if the killings go on" holds force over another party's
 * conduct: a threat, so intended rather than hypothetical.
 */
final class ForceOverConductIsThreat {
  static final String NAME = "force-held-over-conduct-is-threat";

  private ForceOverConductIsThreat() {}

  /** @param mayIf whether the trigger has a condition and "may", "might" or "could" */
  static boolean apply(Coding c, boolean mayIf) {
    if (!CameoShifts.FORCEFUL.contains(c.type) || c.negated || c.intend || !mayIf) {
      return false;
    }
    c.intend = true;
    c.hypothetical = false;
    return true;
  }
}
