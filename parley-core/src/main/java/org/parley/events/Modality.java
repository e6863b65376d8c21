// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/** How the article presents an event. */
public enum Modality {
  /** Stated by the article as fact. */
  ASSERTED,
  /** A plan, offer, threat or willingness: not (yet) done. */
  INTENDED,
  /** Only a party's claim, reported by the article. */
  REPORTED,
  /** Conditional: would happen if. */
  HYPOTHETICAL;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
