// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.util.Objects;

/**
 * Where an event happened, geocoded from the bundled gazetteer.
 *
 * @param name    place name as the gazetteer spells it
 * @param country ISO 3166-1 alpha-3, or null
 * @param lat     latitude, or null
 * @param lon     longitude, or null
 */
public record Place(String name, String country, Double lat, Double lon) {
  public Place {
    Objects.requireNonNull(name, "name");
  }
}
