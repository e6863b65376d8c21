// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A time expression found in a sentence, not yet tied to a publication date.
 *
 * <p>How relative expressions resolve (the words are always kept in {@link EventDate#text()}):
 * <ul>
 *   <li>a weekday ("on Thursday") is the most recent such day up to publication for past reports and the
 *       next one from publication for future ones; the publication weekday itself is the publication day;</li>
 *   <li>a week ("last week", "earlier this week", "next week") resolves to the first day it can mean: the
 *       Monday (ISO week start) of that week, or the day after publication for "later this week"; the
 *       contract has no week granularity and a round of talks "earlier this week" must still fall inside
 *       that week;</li>
 *   <li>a month ("last month", "in March") is a year-month; a month without a year is the latest one not
 *       after publication for past reports and the earliest one not before it for future ones;</li>
 *   <li>a bare year ("in 2021", "last year") and "since then" are recognised but give no date: the contract
 *       has no year-only form, and "then" points at another sentence.</li>
 * </ul>
 *
 * @param first  first token index
 * @param last   last token index, inclusive
 * @param kind   what the words name
 * @param amount day or count, by kind (days for {@link Kind#AGO_DAYS}, day of month for {@link Kind#DATE})
 * @param month  1 to 12 for {@link Kind#DATE} and {@link Kind#MONTH}, else 0
 * @param year   explicit year, or 0
 * @param shift  -1 last/previous, 0 this, +1 next; for weeks -2 means "earlier this", +2 "later this"
 * @param day    the weekday for {@link Kind#WEEKDAY}, else null
 */
public record TimeExpression(int first, int last, Kind kind, int amount, int month, int year, int shift,
                             DayOfWeek day) {
  /** What a time expression names. */
  public enum Kind {
    /** "today", "tonight", "this morning", "yesterday" (amount -1), "tomorrow" (amount 1), "N days ago". */
    AGO_DAYS,
    /** "on Thursday", "last Friday", "next Monday". */
    WEEKDAY,
    /** "last week", "earlier this week". */
    WEEK,
    /** "over the weekend". */
    WEEKEND,
    /** "March 3", "3 March 2022". */
    DATE,
    /** "in March", "March 2022", "last month" (month 0 with shift), "two months ago" (amount). */
    MONTH,
    /** "in 2021", "last year": recognised, not resolvable in the contract. */
    YEAR,
    /** "since then", "at the time": refers to another time expression. */
    ANAPHORIC
  }

  public TimeExpression {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad token range " + first + ".." + last);
    }
  }

  /**
   * The ISO date or year-month this expression names, read against {@code published}.
   *
   * @param published publication date, or null (then only expressions with an explicit year resolve)
   * @param future    whether the clause it modifies speaks of the future ("will meet on Friday")
   */
  public Optional<String> resolve(LocalDate published, boolean future) {
    switch (kind) {
      case DATE -> {
        int y = year;
        if (y == 0) {
          if (published == null) {
            return Optional.empty();
          }
          y = published.getYear();
          LocalDate guess = safeDate(y, month, amount);
          if (guess == null) {
            return Optional.empty();
          }
          // a report rarely dates a past event more than a few days ahead of its publication
          if (!future && guess.isAfter(published.plusDays(7))) {
            y--;
          } else if (future && guess.isBefore(published.minusDays(7))) {
            y++;
          }
        }
        LocalDate d = safeDate(y, month, amount);
        return d == null ? Optional.empty() : Optional.of(d.toString());
      }
      case MONTH -> {
        if (month > 0 && year > 0) {
          return Optional.of(YearMonth.of(year, month).toString());
        }
        if (published == null) {
          return Optional.empty();
        }
        YearMonth now = YearMonth.from(published);
        if (month > 0) {
          YearMonth ym = YearMonth.of(now.getYear(), month);
          if (!future && ym.isAfter(now)) {
            ym = ym.minusYears(1);
          } else if (future && ym.isBefore(now)) {
            ym = ym.plusYears(1);
          }
          return Optional.of(ym.toString());
        }
        return Optional.of(now.plusMonths(amount != 0 ? -amount : shift).toString());
      }
      default -> {
        if (published == null) {
          return Optional.empty();
        }
        return resolveDay(published, future).map(LocalDate::toString);
      }
    }
  }

  private Optional<LocalDate> resolveDay(LocalDate published, boolean future) {
    LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return switch (kind) {
      case AGO_DAYS -> Optional.of(published.plusDays(amount));
      case WEEKDAY -> {
        boolean forward = shift > 0 || (shift == 0 && future);
        if (shift < 0) {
          // "last Friday" on a Friday is a week ago, never today
          yield Optional.of(published.with(TemporalAdjusters.previous(day)));
        }
        yield Optional.of(forward ? published.with(TemporalAdjusters.nextOrSame(day))
            : published.with(TemporalAdjusters.previousOrSame(day)));
      }
      case WEEK -> switch (shift) {
        case -1 -> Optional.of(monday.minusWeeks(1));
        case 1 -> Optional.of(monday.plusWeeks(1));
        case 2 -> Optional.of(published.plusDays(1));
        default -> Optional.of(monday);
      };
      case WEEKEND -> {
        if (shift > 0 || (shift == 0 && future)) {
          yield Optional.of(published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)));
        }
        LocalDate saturday = published.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        // a Sunday report of "the weekend" means the day before; "last weekend" means the week before
        yield Optional.of(shift < 0 && published.getDayOfWeek() == DayOfWeek.SUNDAY ? saturday.minusWeeks(1) : saturday);
      }
      default -> Optional.empty();
    };
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null; // "February 30" is a typo in the text, not a date
    }
  }
}
