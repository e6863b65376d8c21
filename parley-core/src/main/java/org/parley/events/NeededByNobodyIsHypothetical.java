// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "a withdrawal is necessary before talks" asks for the act without anyone named asking: it has
 * not happened, so it is hypothetical.
 */
final class NeededByNobodyIsHypothetical {
  static final String NAME = "needed-by-nobody-named";

  private NeededByNobodyIsHypothetical() {}

  /** @param needed whether a need word ("necessary", "need") shapes the act */
  static boolean apply(Coding c, boolean needed) {
    if (!needed || c.demanded) {
      return false;
    }
    c.hypothetical = true;
    return true;
  }
}
