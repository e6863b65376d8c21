// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "will not sign", "nobody was going to sign a truce": refused cooperation is a positive REJECT,
 * not a negated agreement; "would not withdraw" refuses the withdrawal (124), so the code follows the lexicon's type.
 */
final class NegatedIntentIsRefusal {
  static final String NAME = "negated-intent-is-refusal";

  private NegatedIntentIsRefusal() {}

  /** @param lexiconType the type the trigger's lexicon row gave, before any rule */
  static boolean apply(Coding c, EventType lexiconType) {
    if (!c.negated || !(c.intend || c.selfIntent) || !CameoShifts.COOPERATIVE.contains(c.type)) {
      return false;
    }
    EventType refused = CameoShifts.COOPERATIVE.contains(lexiconType) ? lexiconType : c.type;
    c.recode(EventType.REJECT, CameoShifts.REJECT_CAMEO.getOrDefault(refused, "120"), Stance.REJECT);
    c.negated = false;
    return true;
  }
}
