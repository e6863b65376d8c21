// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule "each side acts at home": a sentence that names towns in several countries ("the two presidents signed in
 * simultaneous ceremonies in Riga and Vilnius") places each state's own act in the one town of its own country. Used
 * for words and signatures (not deeds, which happen where their target is) that have no place of their own.
 */
public final class HomePlaces {
  private HomePlaces() {}

  /**
   * The one town (not a country) named in {@code s} that lies in {@code country}, when {@code s} also names a town
   * in another country; else empty.
   */
  public static Optional<Place> atHome(Sentence s, Gazetteer gazetteer, String country) {
    if (country == null) {
      return Optional.empty();
    }
    Map<String, Place> towns = new LinkedHashMap<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!"LOCATION".equals(t.get(i).ner())) {
        continue;
      }
      int j = i;
      StringBuilder name = new StringBuilder(t.get(i).text());
      while (j + 1 < t.size() && "LOCATION".equals(t.get(j + 1).ner())) {
        name.append(' ').append(t.get(++j).text());
      }
      gazetteer.lookup(name.toString(), country)
          .filter(g -> g.country() != null && !g.isCountry())
          .ifPresent(g -> towns.merge(g.country(), g.place(), (a, b) -> a.equals(b) ? a : null));
      i = j;
    }
    Place home = towns.get(country);
    return home != null && towns.size() > 1 ? Optional.of(home) : Optional.empty();
  }
}
