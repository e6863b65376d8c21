// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.time.MonthNames;

/** Reads the calendar dates that news pages print: "March 11, 2022", "11 March 2022", "2022-03-11", "Mar. 11, 2022". */
public final class Datelines {
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
  private static final Pattern MDY = Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY = Pattern.compile(WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A line that is nothing but a date, with perhaps a time and a zone or "Updated". */
  private static final Pattern BARE = Pattern.compile(
      "(?i)^\\s*(?:(?:published|updated|posted|last updated)\\s*:?\\s*)?" + WEEKDAY
          + "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
          + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
          + "(?:\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$");

  /**
   * A wire dateline opening a paragraph: place, date with its year, perhaps the agency, then a dash or colon
   * ("YEREVAN, March 14, 2026 (Reuters) -", "Khartoum, 3 May 2025 —").
   */
  private static final Pattern WIRE_DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?"
      + ",\\s+" + WEEKDAY + "((?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
      + ",?\\s+\\d{4}))\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:]");

  private Datelines() {}

  /** The date of a wire dateline that opens {@code paragraph}, if it opens with one. */
  public static Optional<LocalDate> wireDateline(String paragraph) {
    Matcher m = WIRE_DATELINE.matcher(paragraph);
    return m.lookingAt() ? find(m.group(1)) : Optional.empty();
  }

  /** The first calendar date written in {@code text}. */
  public static Optional<LocalDate> find(String text) {
    Matcher m = MDY.matcher(text);
    if (m.find()) {
      return date(m.group(3), MonthNames.number(m.group(1)), m.group(2));
    }
    m = DMY.matcher(text);
    if (m.find()) {
      return date(m.group(3), MonthNames.number(m.group(2)), m.group(1));
    }
    m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** Whether {@code line} says nothing but a date (a dateline), so it belongs to the page, not the body. */
  public static boolean isBareDate(String line) {
    return line.length() < 80 && BARE.matcher(line).matches();
  }

  private static Optional<LocalDate> date(String year, Integer month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
