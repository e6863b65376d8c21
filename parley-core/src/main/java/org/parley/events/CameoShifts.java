// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The CAMEO codes an event moves to when intent, threat, rejection or a request shapes it: one table each, read from
 * {@code cameo-shifts.tsv} beside this class.
 */
final class CameoShifts {
  static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
      EventType.CONCEDE, EventType.COOPERATE, EventType.AID, EventType.RETREAT);
  static final Set<EventType> FORCEFUL = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE,
      EventType.SANCTION, EventType.PROTEST);
  /** CAMEO 03x: intent to do the cooperative act of each type. */
  static final Map<EventType, String> INTENT_CAMEO = load("intent");
  /** CAMEO 13x: threat to do the forceful act of each type. */
  static final Map<EventType, String> THREAT_CAMEO = load("threat");
  /** CAMEO 12x: rejection of each kind of cooperation. */
  static final Map<EventType, String> REJECT_CAMEO = load("reject");
  /** Last digit of CAMEO 02x (appeal) and 10x (demand) for what is asked. */
  static final Map<EventType, String> REQUEST_DIGIT = load("request-digit");

  /** CAMEO 10x: a demand for {@code asked} (100 when the act asked for has no digit of its own, or is unknown). */
  static String demandFor(EventType asked) {
    return "10" + (asked == null ? "0" : REQUEST_DIGIT.getOrDefault(asked, "0"));
  }

  /** The rows of {@code shift}: type to code. */
  private static Map<EventType, String> load(String shift) {
    Map<EventType, String> m = new EnumMap<>(EventType.class);
    for (DataFile.Row r : DataFile.bundled(CameoShifts.class, "cameo-shifts.tsv", Header.NONE)) {
      if (r.size() != 3) {
        throw new IllegalStateException(r.where() + ": expected shift, type and code, got " + r.size() + " fields");
      }
      if (!r.text(0).equals(shift)) {
        continue;
      }
      EventType type;
      try {
        type = EventType.valueOf(r.text(1));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(r.where() + ": unknown event type '" + r.text(1) + "'");
      }
      if (m.put(type, r.text(2)) != null) {
        throw new IllegalStateException(r.where() + ": " + shift + " " + type + " is listed twice");
      }
    }
    if (m.isEmpty()) {
      throw new IllegalStateException("built-in cameo-shifts.tsv lists no " + shift + " codes");
    }
    // an immutable copy, which (like the literal it replaces) refuses a null type
    return Map.copyOf(m);
  }

  private CameoShifts() {}
}
