// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.time.MonthNames;

/**
 * The wire dateline that opens a story: where the reporter filed it and, often, the day ("KHARTOUM, Sudan
 * (Reuters) --", "GAZA CITY, March 3 (AFP) -", "ODESA, Ukraine, 14 May —"). The place is where the story's local
 * events happen unless a sentence says otherwise; the day is the story's "today", which a later publication date
 * (an agency's copy filed the next morning) must not move.
 *
 * @param place where it was filed, geocoded, or null when the gazetteer does not know the name
 * @param date  the day it names, or null when it names none
 */
public record Dateline(Place place, LocalDate date) {
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  /** Capitals for the place (wire style), then a region or country, a day, an agency, and a dash. */
  private static final Pattern WIRE = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{Lu}.'’ -]{1,40}?)\\s*(?:,\\s*(\\p{Lu}[\\p{L}.'’ -]{1,30}?))?"
          + "(?:,\\s*" + MONTH + "\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*(\\([^)]{1,40}\\))?\\s*(?:--|—|–|-|_|:)");

  /**
   * The dateline opening {@code text}, if it opens with one.
   *
   * @param published the publication date, which gives a dateline day its year; may be null
   */
  public static Optional<Dateline> read(String text, LocalDate published, Gazetteer gazetteer) {
    int end = text.indexOf('\n', Math.min(text.length(), 3));
    String head = end < 0 ? text : text.substring(0, end);
    if (head.length() > 120) {
      return Optional.empty();
    }
    Matcher m = WIRE.matcher(head);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Place place = null;
    String region = m.group(2);
    String hint = region == null ? null : gazetteer.country(region).map(Gazetteer.Entry::country).orElse(null);
    Optional<Gazetteer.Entry> where = gazetteer.lookup(m.group(1).strip(), hint);
    if (where.isPresent()) {
      place = where.get().place();
    }
    LocalDate date = null;
    if (m.group(3) != null) {
      date = day(MonthNames.number(m.group(3)), Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), published);
    }
    if (place == null && date == null && m.group(6) == null) {
      // "UPDATE:" opens no story; "UNITED NATIONS (AP) --" does, though no town is named
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, date));
  }

  /** The day a dateline names: its year, else the latest such day not after the publication date's morrow. */
  private static LocalDate day(Integer month, int day, int year, LocalDate published) {
    try {
      if (year > 0) {
        return LocalDate.of(year, month, day);
      }
      if (published == null || month == null) {
        return null;
      }
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
    } catch (java.time.DateTimeException | NullPointerException e) {
      return null;
    }
  }
}
