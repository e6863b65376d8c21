// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;

/**
 * A round of talks as every article that reports it tells it.
 *
 * @param date     ISO date or month, or null
 * @param name     e.g. "third round", or null
 * @param location place name, or null
 * @param level    leaders, foreign ministers, delegations..., or null
 * @param reports  each article's account, in publication order
 */
public record TrackRound(String date, String name, String location, String level, List<RoundReport> reports) {
  public TrackRound {
    reports = List.copyOf(reports);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a round needs at least one report");
    }
  }

  /**
   * How the round ended: the latest known account (an article that knows the outcome beats one written before
   * it was known); {@link Outcome#UNKNOWN} when none says.
   */
  public Outcome outcome() {
    Outcome known = Outcome.UNKNOWN;
    for (RoundReport r : reports) {
      if (r.outcome() != Outcome.UNKNOWN) {
        known = r.outcome();
      }
    }
    return known;
  }

  /** Whether every account has the round still to come: none reports it held. */
  public boolean scheduled() {
    return reports.stream().allMatch(r -> r.status() == RoundStatus.SCHEDULED);
  }

  /** Whether one account says the round ended in (partial) agreement and another that it ended in none. */
  public boolean contested() {
    boolean agreed = reports.stream().anyMatch(r -> r.outcome() == Outcome.AGREEMENT || r.outcome() == Outcome.PARTIAL);
    boolean failed = reports.stream().anyMatch(r -> r.outcome() == Outcome.NO_AGREEMENT);
    return agreed && failed;
  }

  TrackRound with(RoundReport report, String betterDate, String name, String location, String level) {
    List<RoundReport> all = new java.util.ArrayList<>(reports);
    all.add(report);
    return new TrackRound(betterDate, first(this.name, name), first(this.location, location),
        first(this.level, level), all);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
