// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;
import org.parley.article.Span;
import org.parley.events.Stance;

/**
 * One actor's stance on one issue.
 *
 * @param actorId  actor id of a party or mediator
 * @param stance   the stance
 * @param date     when it was taken (ISO), or null
 * @param evidence sentences showing it
 */
public record Position(String actorId, Stance stance, String date, List<Span> evidence) {
  public Position {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(stance, "stance");
    evidence = List.copyOf(evidence);
  }
}
