// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

/**
 * Whether a round of talks has taken place or is only announced. A round the article reports as agreed on,
 * planned or set for a later date ("the two sides will meet again next week", "agreed to hold talks") is
 * scheduled: it has no outcome yet, and agreeing to it settles nothing but the meeting itself.
 */
public enum RoundStatus {
  HELD, SCHEDULED;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
