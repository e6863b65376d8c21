// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.util.Locale;
import java.util.Map;

/**
 * English month names and their abbreviations, shared by the two places that read dates: page datelines
 * (ingest) and time expressions in sentences, so that both accept the same spellings.
 */
public final class MonthNames {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  private MonthNames() {}

  /** The month (1-12) a name or abbreviation stands for, in any case, with or without a final dot; else null. */
  public static Integer number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return NUMBERS.get(w);
  }
}
