// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;

/** Ordering of the ISO dates and months events carry: a month sorts and compares as its first day. */
final class DateKeys {
  private DateKeys() {}

  /** A key that sorts ISO days and months together; null (unknown) sorts last. */
  static String sortKey(String date) {
    if (date == null) {
      return "9999-99-99";
    }
    return date.length() == 7 ? date + "-01" : date;
  }

  /** The first day {@code date} covers, or null when it is not an ISO day or month. */
  static LocalDate firstDay(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date.length() == 7 ? date + "-01" : date);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
