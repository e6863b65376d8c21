// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.function.BooleanSupplier;

/**
 * Rule {@value #NAME}: "will pull out its monitors unless a truce is arranged" holds an act over another party: a
 * threat, and the condition is the threat's, not a doubt about what was said.
 */
final class ActUnlessIsThreat {
  static final String NAME = "act-unless-is-threat";

  private ActUnlessIsThreat() {}

  /** @param unless whether an "unless" clause hangs on the trigger or a word shaping it (read only when needed) */
  static boolean apply(Coding c, BooleanSupplier unless, EventType lexiconType) {
    if (!(c.intend || c.selfIntent) || c.negated || !unless.getAsBoolean() || c.type == EventType.REQUEST
        || c.type == EventType.REJECT) {
      return false;
    }
    if (c.type != EventType.THREATEN) {
      c.recode(EventType.THREATEN, CameoShifts.THREAT_CAMEO.getOrDefault(lexiconType, "130"), null);
    }
    c.hypothetical = false;
    c.intend = true;
    return true;
  }
}
