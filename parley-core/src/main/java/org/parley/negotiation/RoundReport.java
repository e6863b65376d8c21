// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.Objects;

/**
 * One article's account of a round of talks.
 *
 * @param outcome how that article says the round ended
 * @param from    where the account comes from
 */
public record RoundReport(Outcome outcome, TrackSource from) {
  public RoundReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(from, "from");
  }
}
