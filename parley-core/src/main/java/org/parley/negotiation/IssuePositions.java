// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * Everyone's stances on one issue.
 *
 * @param issue     issue name from the contract vocabulary
 * @param detail    specifics such as the territories named, or null
 * @param positions stances, one per actor and stance
 */
public record IssuePositions(String issue, String detail, List<Position> positions) {
  public IssuePositions {
    Objects.requireNonNull(issue, "issue");
    positions = List.copyOf(positions);
  }
}
