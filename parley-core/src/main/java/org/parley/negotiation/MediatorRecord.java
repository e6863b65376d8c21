// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * A side reported as mediating a track, and over which dates: a change of mediator shows as one record ending
 * before another begins.
 *
 * @param side     side key
 * @param first    earliest date reported as mediating (round date, else publication date), or null
 * @param last     latest such date, or null
 * @param articles ids of the articles that report it
 */
public record MediatorRecord(String side, String first, String last, List<String> articles) {
  public MediatorRecord {
    Objects.requireNonNull(side, "side");
    articles = List.copyOf(articles);
  }
}
