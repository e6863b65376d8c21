// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: a protest held for something ("rallies calling for the boy's return", "thousands marched to
 * demand the release of the detainees", "a demonstration for early elections") states a demand on its issues, not an
 * opposition to them; without such words a protest opposes (the board's reading of PROTEST).
 */
final class ProtestForADemand {
  static final String NAME = "protest-for-a-demand";

  private ProtestForADemand() {}

  /** @param forSomething whether the protest has a "for" phrase or a clause of demanding hanging on it */
  static boolean apply(Coding c, boolean forSomething) {
    if (c.type != EventType.PROTEST || c.stance != null || !forSomething) {
      return false;
    }
    c.stance = Stance.DEMAND;
    return true;
  }
}
