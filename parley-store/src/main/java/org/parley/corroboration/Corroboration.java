// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.corroboration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups reports of the same event from different articles. Two reports are of the same event when they have
 * the same type, source and target, dates within {@code windowDays} of the group's first report (news reports an
 * attack on the day it happens and for days after) and, when both name a place, the same place. At least one
 * actor must be known: two "attacks" with no actor on either side are not known to be one.
 *
 * <p>A report that says the event did not happen (negated: a denial, "did not attack") is not a confirmation:
 * it is listed among the group's contradictions. A denial with nothing it denies stands as a group of its own,
 * so a later accusation finds it.
 */
public final class Corroboration {
  /** The default window: a few days either side of the first report. */
  public static final int DEFAULT_WINDOW_DAYS = 3;

  private final int windowDays;

  public Corroboration(int windowDays) {
    if (windowDays < 0 || windowDays > 60) {
      throw new IllegalArgumentException("window must be between 0 and 60 days, got " + windowDays);
    }
    this.windowDays = windowDays;
  }

  private static final Comparator<Report> FIRST = Comparator
      .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Report::date, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Every group of {@code reports}, in order of their first report. Reports without any actor are left out. */
  public List<Group> group(List<Report> reports) {
    Map<String, List<Report>> byKey = new LinkedHashMap<>();
    for (Report r : reports) {
      if (r.source() == null && r.target() == null) {
        continue;
      }
      byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    List<Group> out = new ArrayList<>();
    for (List<Report> same : byKey.values()) {
      // Dated reports in date order, so that each cluster is anchored on its earliest date.
      List<Report> sorted = new ArrayList<>(same);
      sorted.sort(Comparator.comparing(Report::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(FIRST));
      List<Cluster> clusters = new ArrayList<>();
      for (Report r : sorted) {
        Cluster home = null;
        for (Cluster c : clusters) {
          if (c.admits(r, windowDays)) {
            home = c;
            break;
          }
        }
        if (home == null) {
          home = new Cluster();
          clusters.add(home);
        }
        home.add(r);
      }
      for (Cluster c : clusters) {
        out.add(c.group());
      }
    }
    out.sort(Comparator.comparing(Group::first, FIRST).thenComparing(Group::id));
    return out;
  }

  /** Reports gathered around the date of the first of them. */
  private static final class Cluster {
    final List<Report> members = new ArrayList<>();
    LocalDate anchor;
    String place;

    boolean admits(Report r, int window) {
      if (place != null && r.place() != null && !place.equalsIgnoreCase(r.place())) {
        return false;
      }
      if (anchor == null || r.date() == null) {
        // Undated reports (and a cluster of them) can only be matched by who and what: they join the first.
        return true;
      }
      return Math.abs(ChronoUnit.DAYS.between(anchor, r.date())) <= window;
    }

    void add(Report r) {
      members.add(r);
      if (anchor == null) {
        anchor = r.date();
      }
      if (place == null) {
        place = r.place();
      }
    }

    Group group() {
      List<Report> said = new ArrayList<>();
      List<Report> denied = new ArrayList<>();
      for (Report r : members) {
        (r.negated() ? denied : said).add(r);
      }
      said.sort(FIRST);
      denied.sort(FIRST);
      Set<String> outlets = new LinkedHashSet<>();
      said.forEach(r -> outlets.add(r.reporter()));
      LocalDate from = null;
      LocalDate to = null;
      for (Report r : members) {
        LocalDate d = r.date();
        if (d != null) {
          from = from == null || d.isBefore(from) ? d : from;
          to = to == null || d.isAfter(to) ? d : to;
        }
      }
      Report first = said.isEmpty() ? denied.get(0) : said.get(0);
      return new Group(first.articleId() + "/" + first.eventId(), first.type(), first.source(), first.target(), place,
          from, to, said, denied, new ArrayList<>(outlets));
    }
  }
}
