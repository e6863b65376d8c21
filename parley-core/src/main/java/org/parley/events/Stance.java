// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * The position on an issue that an event expresses, as the contract names them: a demand, an offer, support,
 * acceptance, openness to discuss, opposition, rejection, or a settled agreement. The event coder reads it from
 * the predicate; the negotiation board collects it per party and issue.
 */
public enum Stance {
  DEMAND, OFFER, SUPPORT, ACCEPT, OPEN, OPPOSE, REJECT, AGREED;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
