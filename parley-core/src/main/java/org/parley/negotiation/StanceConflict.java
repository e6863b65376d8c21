// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * Reports from different outlets that disagree on a side's stance on the same day: one says it favours the
 * issue, another that it rejects or opposes it. Both are kept, with their sources.
 *
 * @param side    side key
 * @param issue   issue
 * @param date    the day (or month) both reports speak of
 * @param reports the disagreeing reports, in publication order
 */
public record StanceConflict(String side, String issue, String date, List<StanceReport> reports) {
  public StanceConflict {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(issue, "issue");
    reports = List.copyOf(reports);
  }
}
