// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

/** How a round of talks ended. */
public enum Outcome {
  AGREEMENT, PARTIAL, NO_AGREEMENT, UNKNOWN;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
