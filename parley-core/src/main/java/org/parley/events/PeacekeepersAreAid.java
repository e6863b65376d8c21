// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "the council will send peacekeepers to the border" protects; it is no show of force, so a
 * deployment of peacekeepers is AID (CAMEO 074), not MOBILIZE.
 */
final class PeacekeepersAreAid {
  static final String NAME = "peacekeepers-are-aid";

  private PeacekeepersAreAid() {}

  /** @param peacekeepers whether the forces deployed are peacekeepers (read by the coder) */
  static boolean apply(Coding c, boolean peacekeepers) {
    if (c.type != EventType.MOBILIZE || !peacekeepers) {
      return false;
    }
    c.recode(EventType.AID, "074", c.stance);
    return true;
  }
}
