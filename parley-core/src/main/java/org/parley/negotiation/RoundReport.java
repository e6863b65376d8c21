// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.Objects;

/**
 * One article's account of a round of talks.
 *
 * @param outcome how that article says the round ended
 * @param from    where the account comes from
 * @param status  whether that article reports the round as held or only scheduled
 */
public record RoundReport(Outcome outcome, TrackSource from, RoundStatus status) {
  public RoundReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(status, "status");
  }

  /** An account of a round that took place. */
  public RoundReport(Outcome outcome, TrackSource from) {
    this(outcome, from, RoundStatus.HELD);
  }
}
