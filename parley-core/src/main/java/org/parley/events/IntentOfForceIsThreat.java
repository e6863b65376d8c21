// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "will strike the depots", "plans to impose sanctions": force announced, not used, is a threat
 * (CAMEO 13x of the act).
 */
final class IntentOfForceIsThreat {
  static final String NAME = "intent-of-force-is-threat";

  private IntentOfForceIsThreat() {}

  static boolean apply(Coding c) {
    if (!c.intend || c.selfIntent || c.givenUp || !CameoShifts.FORCEFUL.contains(c.type)) {
      return false;
    }
    c.recode(EventType.THREATEN, CameoShifts.THREAT_CAMEO.get(c.type), null);
    return true;
  }
}
