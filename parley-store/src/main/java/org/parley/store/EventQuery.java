// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.parley.events.EventType;

/**
 * A filter over stored events. Every field is optional (null); bad values are rejected here with a message a
 * person can act on, which the API returns as a 400.
 *
 * @param actor    part of the source's or target's name or code (case-insensitive)
 * @param country  ISO 3166 alpha-3 country of the source or target
 * @param type     PLOVER event type
 * @param issue    negotiation issue (e.g. ceasefire)
 * @param from     first event date, ISO (YYYY-MM-DD or YYYY-MM), inclusive
 * @param to       last event date, ISO, inclusive
 * @param place    part of the place name or its country code
 * @param text     words in the evidence
 * @param polarity positive or negated, or both joined by a comma
 * @param modality asserted, reported, intended or hypothetical, or several joined by commas
 * @param article  only this article's events
 * @param limit    page size, 1 to 1000
 * @param offset   rows skipped, 0 or more
 */
public record EventQuery(String actor, String country, String type, String issue, String from, String to,
                         String place, String text, String polarity, String modality, String article, int limit,
                         int offset) {
  public static final int MAX_LIMIT = 1000;
  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null, null,
      null, MAX_LIMIT, 0);
  /** The values {@code polarity} and {@code modality} take (the contract's). */
  public static final java.util.List<String> POLARITIES = java.util.List.of("positive", "negated");
  public static final java.util.List<String> MODALITIES = java.util.List.of("asserted", "reported", "intended",
      "hypothetical");

  public EventQuery {
    actor = blankToNull(actor);
    country = blankToNull(country);
    if (country != null) {
      if (!country.matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("country must be a three-letter ISO code such as UKR, got '" + country + "'");
      }
      country = country.toUpperCase(Locale.ROOT);
    }
    type = blankToNull(type);
    if (type != null) {
      try {
        type = EventType.valueOf(type.toUpperCase(Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("type must be a PLOVER event type (" + java.util.Arrays.toString(EventType.values())
            + "), got '" + type + "'");
      }
    }
    issue = blankToNull(issue);
    if (issue != null && !issue.matches("[a-z_]{2,60}")) {
      throw new IllegalArgumentException("issue must be a snake_case issue such as ceasefire, got '" + issue + "'");
    }
    from = date("from", from);
    to = date("to", to);
    if (from != null && to != null && from.compareTo(to.length() == 7 ? to + "~" : to) > 0) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    place = blankToNull(place);
    text = blankToNull(text);
    polarity = oneOf("polarity", polarity, POLARITIES);
    modality = oneOf("modality", modality, MODALITIES);
    article = blankToNull(article);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
  }

  /** Reads the query parameters of an API call or CLI filter; unknown keys are ignored by the caller. */
  public static EventQuery of(Map<String, String> p) {
    return new EventQuery(p.get("actor"), p.get("country"), p.get("type"), p.get("issue"), p.get("from"), p.get("to"),
        p.get("place"), p.get("text"), p.get("polarity"), p.get("modality"), p.get("article"), intParam(p, "limit", 50),
        intParam(p, "offset", 0));
  }

  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(actor, country, type, issue, from, to, place, text, polarity, modality, article, newLimit,
        newOffset);
  }

  /** True when some filter other than paging is set. */
  public boolean filtered() {
    return actor != null || country != null || type != null || issue != null || from != null || to != null
        || place != null || text != null || polarity != null || modality != null || article != null;
  }

  /** The values of a comma-separated list as one normalised string, each checked against {@code valid}. */
  static String oneOf(String name, String v, java.util.List<String> valid) {
    v = blankToNull(v);
    if (v == null) {
      return null;
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String s : v.toLowerCase(Locale.ROOT).split(",")) {
      String t = s.strip();
      if (!valid.contains(t)) {
        throw new IllegalArgumentException(name + " must be one of " + valid + " (several joined by commas), got '" + s.strip() + "'");
      }
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return String.join(",", out);
  }

  /** The values of a list filter ({@link #polarity}, {@link #modality}). */
  public static java.util.List<String> values(String list) {
    return list == null ? java.util.List.of() : java.util.List.of(list.split(","));
  }

  static int intParam(Map<String, String> p, String name, int dflt) {
    String v = blankToNull(p.get(name));
    if (v == null) {
      return dflt;
    }
    return name.equals("limit") ? wholeNumber(name, v, 1, MAX_LIMIT) : wholeNumber(name, v, 0, Integer.MAX_VALUE);
  }

  /**
   * The one rule for a numeric parameter, here and in the API: a value that is no whole number says so, and a
   * whole number outside {@code [min, max]} (however large) says the range.
   */
  public static int wholeNumber(String name, String v, int min, int max) {
    String s = v.strip();
    if (!s.matches("[+-]?\\d{1,30}")) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
    java.math.BigInteger n = new java.math.BigInteger(s);
    if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + s);
    }
    return n.intValue();
  }

  static String date(String name, String v) {
    v = blankToNull(v);
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 7) {
        return YearMonth.parse(v).toString();
      }
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO date (YYYY-MM-DD or YYYY-MM), got '" + v + "'");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
