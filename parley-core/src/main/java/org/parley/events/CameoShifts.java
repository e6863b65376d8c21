// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The CAMEO codes an event moves to when intent, threat, rejection or a request shapes it: one table each. */
final class CameoShifts {
  static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
      EventType.CONCEDE, EventType.COOPERATE, EventType.AID, EventType.RETREAT);
  static final Set<EventType> FORCEFUL = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE,
      EventType.SANCTION, EventType.PROTEST);
  /** CAMEO 03x: intent to do the cooperative act of each type. */
  static final Map<EventType, String> INTENT_CAMEO = Map.of(EventType.CONSULT, "036", EventType.AID, "033",
      EventType.COOPERATE, "031", EventType.SUPPORT, "032", EventType.CONCEDE, "035", EventType.RETREAT, "035",
      EventType.AGREE, "030");
  /** CAMEO 13x: threat to do the forceful act of each type. */
  static final Map<EventType, String> THREAT_CAMEO = Map.of(EventType.ASSAULT, "138", EventType.COERCE, "137",
      EventType.MOBILIZE, "138", EventType.SANCTION, "131", EventType.PROTEST, "133");
  /** CAMEO 12x: rejection of each kind of cooperation. */
  static final Map<EventType, String> REJECT_CAMEO = Map.of(EventType.CONSULT, "125", EventType.AID, "122",
      EventType.COOPERATE, "121", EventType.CONCEDE, "124", EventType.RETREAT, "124", EventType.AGREE, "127",
      EventType.SUPPORT, "120");
  /** Last digit of CAMEO 02x (appeal) and 10x (demand) for what is asked. */
  static final Map<EventType, String> REQUEST_DIGIT = Map.of(EventType.COOPERATE, "1", EventType.SUPPORT, "2",
      EventType.AID, "3", EventType.CONCEDE, "5", EventType.RETREAT, "5", EventType.CONSULT, "6", EventType.AGREE, "7");

  /** CAMEO 10x: a demand for {@code asked} (100 when the act asked for has no digit of its own, or is unknown). */
  static String demandFor(EventType asked) {
    return "10" + (asked == null ? "0" : REQUEST_DIGIT.getOrDefault(asked, "0"));
  }

  private CameoShifts() {}
}
