// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.util.Objects;

/**
 * When an event happened, normalised against the publication date.
 *
 * @param value ISO date ({@code 2022-03-10}) or year-month ({@code 2022-03})
 * @param text  the words that gave it ("on Thursday", "earlier this week")
 */
public record EventDate(String value, String text) {
  public EventDate {
    Objects.requireNonNull(value, "value");
    if (!value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      throw new IllegalArgumentException("event date must be YYYY-MM or YYYY-MM-DD, got " + value);
    }
  }
}
