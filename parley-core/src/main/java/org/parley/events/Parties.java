// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * The two sides of the talks or agreement the article reported last: what "both sides", "the two leaders" and
 * "the talks ended without a deal" refer to.
 */
final class Parties {
  String first;
  String second;

  void note(Event e) {
    boolean mediation = Mediation.byModeOrCode(e);
    if (EventMerger.SYMMETRIC.contains(e.type()) && !mediation && e.source() != null && e.target() != null
        && !e.source().equals(e.target())) {
      first = e.source();
      second = e.target();
    }
  }

  boolean known() {
    return first != null;
  }
}
