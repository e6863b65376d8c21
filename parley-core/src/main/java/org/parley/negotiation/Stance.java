// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

/** A side's position on an issue, as the contract names them. */
public enum Stance {
  DEMAND, OFFER, SUPPORT, ACCEPT, OPEN, OPPOSE, REJECT, AGREED;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
