// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "will withdraw its troops", "plans to hold talks": an intended cooperative act is an offer,
 * AGREE with the CAMEO 03x code of the act ("open to talks" leaves the terms open).
 */
final class IntentToCooperateIsAgree {
  static final String NAME = "intent-to-cooperate-is-agree";
  static final String OPEN = "open-to-agree";

  private IntentToCooperateIsAgree() {}

  /** @return the name of the step that fired, or null */
  static String apply(Coding c) {
    if (!c.intend || c.selfIntent || c.givenUp) {
      return null;
    }
    if (CameoShifts.COOPERATIVE.contains(c.type) && c.type != EventType.AGREE) {
      c.recode(EventType.AGREE, CameoShifts.INTENT_CAMEO.get(c.type), c.open ? Stance.OPEN : Stance.OFFER);
      return NAME;
    }
    if (c.open && c.stance != null && c.type == EventType.AGREE) {
      c.stance = Stance.OPEN;
      return OPEN;
    }
    return null;
  }
}
