// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;
import org.parley.article.Span;
import org.parley.places.Place;

/**
 * One round of talks.
 *
 * @param name     e.g. "third round", or null
 * @param date     ISO date or month, or null
 * @param location where it was held, or null
 * @param level    heads of state, foreign ministers, delegations..., or null
 * @param outcome  how it ended
 * @param evidence sentences reporting it
 * @param status   held, or only scheduled (then the outcome is unknown)
 */
public record Round(String name, String date, Place location, String level, Outcome outcome, List<Span> evidence,
                    RoundStatus status) {
  public Round {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
  }

  /** A round that took place. */
  public Round(String name, String date, Place location, String level, Outcome outcome, List<Span> evidence) {
    this(name, date, location, level, outcome, evidence, RoundStatus.HELD);
  }
}
