// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.Objects;
import org.parley.events.Stance;

/**
 * One article's report of a side's stance on an issue.
 *
 * @param side   side key ({@link Sides#key}): alpha-3 of a state or an organisation's name
 * @param issue  issue
 * @param stance the stance reported
 * @param date   ISO date or month the stance was taken (the article's date when it gives none)
 * @param from   where the report comes from
 */
public record StanceReport(String side, String issue, Stance stance, String date, TrackSource from) {
  public StanceReport {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
  }

  /** Whether the stance favours the issue going ahead (demand, offer, support, accept, open, agreed). */
  public boolean favourable() {
    return stance != Stance.REJECT && stance != Stance.OPPOSE;
  }
}
