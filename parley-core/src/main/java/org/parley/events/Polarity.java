// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/** Whether the text says the event happened ({@code POSITIVE}) or that it did not ({@code NEGATED}). */
public enum Polarity {
  POSITIVE,
  NEGATED;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
