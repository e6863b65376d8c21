// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.events.CameoShifts.COOPERATIVE;
import static org.parley.events.CameoShifts.FORCEFUL;

/**
 * Rule {@value #NAME}: what an event is about refines its code. "offered to mediate" is an intent to mediate (039),
 * "offered to strike" a threat; "threatened to impose sanctions" is 131; "refused to withdraw" rejects a retreat
 * (124); "demanded talks" asks for talks (106).
 */
final class ContentRefinesCode {
  static final String NAME = "content-refines-code";

  private ContentRefinesCode() {}

  /** @param inner the type of the event it contains; {@code innerMode} that event's mode */
  static boolean apply(Coding c, EventType inner, String innerMode) {
    String before = c.code();
    switch (c.type) {
      case AGREE -> {
        if (c.selfIntent && FORCEFUL.contains(inner)) {
          c.type = EventType.THREATEN;
          c.cameo = CameoShifts.THREAT_CAMEO.get(inner);
          c.stance = null;
        } else if (c.selfIntent && COOPERATIVE.contains(inner)) {
          c.cameo = inner == EventType.CONSULT && Mediation.byThirdParty(innerMode) ? "039"
              : CameoShifts.INTENT_CAMEO.get(inner);
        }
      }
      case THREATEN -> c.cameo = CameoShifts.THREAT_CAMEO.getOrDefault(inner, c.cameo);
      case REJECT -> {
        if (!c.cameo.startsWith("01")) { // "denied charges that it shelled X" denies blame, refuses no cooperation
          c.cameo = CameoShifts.REJECT_CAMEO.getOrDefault(inner, c.cameo);
        }
      }
      case REQUEST -> {
        String digit = CameoShifts.REQUEST_DIGIT.get(inner);
        if (digit != null && c.cameo.length() >= 2) {
          c.cameo = c.cameo.substring(0, 2) + digit;
        }
      }
      default -> { }
    }
    return !before.equals(c.code());
  }
}
