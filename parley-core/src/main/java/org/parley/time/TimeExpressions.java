// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.time.TimeExpression.Kind;

/**
 * Finds the time expressions of a sentence from its tokens: the NLP profile tags no dates, and news uses a
 * small, regular set of them ("on Thursday", "earlier this week", "two days ago", "on 3 March 2022").
 */
public final class TimeExpressions {
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Map<String, Integer> SHIFTS = Map.of(
      "last", -1, "past", -1, "previous", -1, "this", 0, "next", 1, "coming", 1);
  /** Words before an expression that belong to its words ("on Thursday", "in March", "since 2014"). */
  private static final Set<String> LEAD_WORDS = Set.of(
      "on", "in", "since", "during", "by", "until", "till", "from", "at", "over", "throughout", "early", "late",
      "earlier", "later");
  private static final Set<String> OPENING_MARKS = Set.of("\"", "``", "\u201c", "`", "\u2018");
  private static final Set<String> CLOSING_MARKS = Set.of("\"", "''", "\u201d", "'", "\u2019");
  private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  private TimeExpressions() {}

  /** The time expressions of {@code s}, in token order, not overlapping. */
  public static List<TimeExpression> find(Sentence s) {
    List<Token> t = s.tokens();
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      TimeExpression e = at(t, i);
      if (e == null) {
        i++;
        continue;
      }
      if (quotedTitle(t, e.first(), e.last())) {
        i = e.last() + 1; // ABC's "This Week", a show named by time words, dates nothing
        continue;
      }
      int first = e.first();
      if (first > 0 && LEAD_WORDS.contains(lower(t, first - 1))
          && (out.isEmpty() || out.get(out.size() - 1).last() < first - 1)) {
        first--;
      }
      out.add(new TimeExpression(first, e.last(), e.kind(), e.amount(), e.month(), e.year(), e.shift(), e.day()));
      i = e.last() + 1;
    }
    return out;
  }

  /** Whether tokens {@code first..last} are all the words between quotation marks (a title, not a time). */
  private static boolean quotedTitle(List<Token> t, int first, int last) {
    if (first == 0 || !OPENING_MARKS.contains(t.get(first - 1).text())) {
      return false;
    }
    int after = last + 1;
    if (after < t.size() && (t.get(after).text().equals(",") || t.get(after).text().equals("."))) {
      after++; // American style puts the comma inside: "This Week,"
    }
    return after < t.size() && CLOSING_MARKS.contains(t.get(after).text());
  }

  /** The expression starting at token {@code i}, or null. */
  private static TimeExpression at(List<Token> t, int i) {
    String w = lower(t, i);
    String next = lower(t, i + 1);
    String next2 = lower(t, i + 2);
    if (w.equals("since") && next.equals("then")) {
      return expr(i, i + 1, Kind.ANAPHORIC, 0, 0, 0, 0, null);
    }
    switch (w) {
      case "today", "tonight" -> {
        return expr(i, i, Kind.AGO_DAYS, 0, 0, 0, 0, null);
      }
      case "yesterday" -> {
        return expr(i, i, Kind.AGO_DAYS, -1, 0, 0, 0, null);
      }
      case "tomorrow" -> {
        return expr(i, i, Kind.AGO_DAYS, 1, 0, 0, 0, null);
      }
      default -> { }
    }
    if (w.equals("this") && PART_OF_DAY.contains(next) && !next.equals("night")) {
      return expr(i, i + 1, Kind.AGO_DAYS, 0, 0, 0, 0, null);
    }
    if (w.equals("last") && next.equals("night")) {
      return expr(i, i + 1, Kind.AGO_DAYS, -1, 0, 0, 0, null);
    }
    // "earlier this week", "later this month", "last week", "next year", "this weekend"
    int j = i;
    int shift = 0;
    boolean earlierLater = false;
    boolean later = false;
    if ((w.equals("earlier") || w.equals("later")) && (next.equals("this") || next.equals("in"))) {
      earlierLater = true;
      later = w.equals("later");
      j++;
    }
    String sw = lower(t, j);
    String unit = lower(t, j + 1);
    if (earlierLater && sw.equals("in") && unit.equals("the")) {
      sw = "this";
      j++;
      unit = lower(t, j + 1);
    }
    if (sw.equals("the") && (unit.equals("past") || unit.equals("previous") || unit.equals("coming"))) {
      j++;
      sw = unit;
      unit = lower(t, j + 1);
    }
    if (SHIFTS.containsKey(sw) && !(earlierLater && !sw.equals("this"))) {
      shift = SHIFTS.get(sw);
      switch (unit) {
        case "week" -> {
          return expr(i, j + 1, Kind.WEEK, 0, 0, 0, earlierLater && later ? 2 : shift, null);
        }
        case "weekend" -> {
          return expr(i, j + 1, Kind.WEEKEND, 0, 0, 0, shift, null);
        }
        case "month" -> {
          return expr(i, j + 1, Kind.MONTH, 0, 0, 0, shift, null);
        }
        case "year" -> {
          return expr(i, j + 1, Kind.YEAR, 0, 0, 0, shift, null);
        }
        default -> { }
      }
      DayOfWeek d = WEEKDAYS.get(unit);
      if (d != null && !earlierLater && !sw.equals("past") && !sw.equals("previous")) {
        return expr(i, partOfDay(t, j + 2), Kind.WEEKDAY, 0, 0, 0, shift, d);
      }
      Integer m = month(t, j + 1);
      if (m != null && !earlierLater && (sw.equals("last") || sw.equals("next") || sw.equals("this"))) {
        return expr(i, j + 1, Kind.MONTH, 0, m, 0, 0, null);
      }
    }
    if (w.equals("the") && next.equals("weekend")) {
      return expr(i, i + 1, Kind.WEEKEND, 0, 0, 0, 0, null);
    }
    // "two days ago", "a week ago", "three months ago"
    Integer n = number(t, i);
    if (n != null && lower(t, i + 2).equals("ago")) {
      switch (next) {
        case "day", "days" -> {
          return expr(i, i + 2, Kind.AGO_DAYS, -n, 0, 0, 0, null);
        }
        case "week", "weeks" -> {
          return expr(i, i + 2, Kind.AGO_DAYS, -7 * n, 0, 0, 0, null);
        }
        case "month", "months" -> {
          return expr(i, i + 2, Kind.MONTH, n, 0, 0, 0, null);
        }
        case "year", "years" -> {
          return expr(i, i + 2, Kind.YEAR, n, 0, 0, 0, null);
        }
        default -> { }
      }
    }
    DayOfWeek d = WEEKDAYS.get(w);
    if (d != null && capitalised(t, i)) {
      // "Thursday, March 10" names the date; the weekday only confirms it
      int k = next.equals(",") ? i + 2 : i + 1;
      TimeExpression date = monthDay(t, k);
      if (date != null) {
        return expr(i, date.last(), Kind.DATE, date.amount(), date.month(), date.year(), 0, null);
      }
      return expr(i, partOfDay(t, i + 1), Kind.WEEKDAY, 0, 0, 0, 0, d);
    }
    TimeExpression date = monthDay(t, i);
    if (date != null) {
      return date;
    }
    Integer day = dayOfMonth(t, i);
    if (day != null) {
      int k = next.equals("of") ? i + 2 : i + 1;
      Integer m = month(t, k);
      if (m != null) {
        int y = year(t, k + 1);
        return expr(i, y > 0 ? k + 1 : k, Kind.DATE, day, m, y, 0, null);
      }
    }
    Integer m = month(t, i);
    if (m == null && w.startsWith("mid-")) {
      m = MonthNames.number(w.substring(4));
    }
    if (m != null) {
      int y = year(t, i + 1);
      if (y > 0) {
        return expr(i, i + 1, Kind.MONTH, 0, m, y, 0, null);
      }
      // a month alone must be introduced as a time ("in March", "since May") or it may be a verb or a name
      String before = lower(t, i - 1);
      if (Set.of("in", "since", "during", "until", "till", "by", "early", "late", "mid", "from", "throughout")
          .contains(before) || w.startsWith("mid-")) {
        return expr(i, i, Kind.MONTH, 0, m, 0, 0, null);
      }
    }
    if (year(t, i) > 0 && Set.of("in", "since", "during", "until", "by", "early", "late").contains(lower(t, i - 1))) {
      return expr(i, i, Kind.YEAR, 0, 0, year(t, i), 0, null);
    }
    return null;
  }

  /** "March 3", "March 3rd, 2022", "Mar. 3" at {@code i}, or null. */
  private static TimeExpression monthDay(List<Token> t, int i) {
    Integer m = month(t, i);
    if (m == null) {
      return null;
    }
    Integer day = dayOfMonth(t, i + 1);
    if (day == null) {
      return null;
    }
    int k = i + 1;
    int y = year(t, k + 1);
    if (y == 0 && lower(t, k + 1).equals(",")) {
      y = year(t, k + 2);
      if (y > 0) {
        k++;
      }
    }
    return expr(i, y > 0 ? k + 1 : k, Kind.DATE, day, m, y, 0, null);
  }

  private static int partOfDay(List<Token> t, int i) {
    return PART_OF_DAY.contains(lower(t, i)) ? i : i - 1;
  }

  private static Integer month(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || !capitalised(t, i)) {
      return null;
    }
    Token tok = t.get(i);
    if (tok.pos() != null && (tok.pos().equals("MD") || tok.pos().startsWith("VB"))) {
      return null; // "May" the modal, "March" the verb
    }
    return MonthNames.number(t.get(i).text());
  }

  private static Integer dayOfMonth(List<Token> t, int i) {
    String w = lower(t, i).replaceFirst("(st|nd|rd|th)$", "");
    if (!w.matches("\\d{1,2}")) {
      return null;
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : null;
  }

  private static int year(List<Token> t, int i) {
    String w = lower(t, i);
    return w.matches("(19|20)\\d\\d") ? Integer.parseInt(w) : 0;
  }

  private static Integer number(List<Token> t, int i) {
    String w = lower(t, i);
    if (w.matches("\\d{1,3}")) {
      return Integer.parseInt(w);
    }
    return NUMBERS.get(w);
  }

  private static boolean capitalised(List<Token> t, int i) {
    String w = t.get(i).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String lower(List<Token> t, int i) {
    return i < 0 || i >= t.size() ? "" : t.get(i).text().toLowerCase(Locale.ROOT);
  }

  private static TimeExpression expr(int first, int last, Kind kind, int amount, int month, int year, int shift,
                                     DayOfWeek day) {
    return new TimeExpression(first, last, kind, amount, month, year, shift, day);
  }
}
