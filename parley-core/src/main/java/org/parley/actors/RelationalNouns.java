// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The nouns that name someone by their tie to another person ("the boy's father", "the president's brother", "his
 * lawyer"), read from {@code relational-nouns.tsv}. Such a person is not the one the possessive names: the quotes
 * stage keeps them as a speaker of their own, and the events stage does not hand their acts to the possessor.
 */
public final class RelationalNouns {
  /** Each lemma with the gender it says ("m", "f"), or null when it says none ("cousin", "lawyer"). */
  private static final Map<String, String> GENDERS = load();

  private RelationalNouns() {}

  /** Every lemma of the list. */
  public static Set<String> all() {
    return GENDERS.keySet();
  }

  /** Whether {@code lemma} (lower case) names someone by their tie to another person. */
  public static boolean contains(String lemma) {
    return GENDERS.containsKey(lemma);
  }

  /** The gender the noun says of the relative ("m" for "brother", "f" for "widow"), or null. */
  public static String gender(String lemma) {
    return GENDERS.get(lemma);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (DataFile.Row row : DataFile.bundled(RelationalNouns.class, "relational-nouns.tsv", Header.NONE)) {
      if (row.size() != 2 || !row.text(1).matches("[mf-]")) {
        throw new IllegalStateException(row.where() + ": expected a lemma and a gender (m, f or -)");
      }
      out.put(row.text(0), row.text(1).equals("-") ? null : row.text(1));
    }
    return Collections.unmodifiableMap(out);
  }
}
