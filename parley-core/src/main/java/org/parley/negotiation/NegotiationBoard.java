// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;

/**
 * Where one negotiation stands according to one article.
 *
 * @param parties   actor ids of the sides (states or armed groups), never individual envoys
 * @param mediators actor ids of the mediators
 * @param rounds    rounds of talks, in time order
 * @param issues    stances per issue
 */
public record NegotiationBoard(List<String> parties, List<String> mediators, List<Round> rounds,
                               List<IssuePositions> issues) {
  public NegotiationBoard {
    parties = List.copyOf(parties);
    mediators = List.copyOf(mediators);
    rounds = List.copyOf(rounds);
    issues = List.copyOf(issues);
  }
}
