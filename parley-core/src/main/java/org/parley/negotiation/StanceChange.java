// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.events.Stance;

/**
 * A side's stance on an issue moving from one position to another ("Ukraine on neutrality: reject → open,
 * 2022-03-15"). A side may hold two compatible stances at once (a demand and an offer), hence the lists.
 *
 * @param side    side key
 * @param issue   issue
 * @param before  stances held before; empty for the first known stance
 * @param after   stances held from {@code date}
 * @param date    when the change is first reported to have happened
 * @param shownBy the article and sentence that show the new stance
 */
public record StanceChange(String side, String issue, List<Stance> before, List<Stance> after, String date,
                           TrackSource shownBy) {
  public StanceChange {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(issue, "issue");
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(shownBy, "shownBy");
  }

  /** "reject → open", or just "open" for a first stance. */
  public String arrow() {
    String to = names(after);
    return before.isEmpty() ? to : names(before) + " → " + to;
  }

  static String names(List<Stance> stances) {
    return stances.stream().map(Stance::json).collect(Collectors.joining("/"));
  }
}
