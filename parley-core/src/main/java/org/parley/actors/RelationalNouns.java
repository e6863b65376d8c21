// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.HashSet;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The nouns that name someone by their tie to another person ("the boy's father", "the president's brother", "his
 * lawyer"), read from {@code relational-nouns.tsv}. Such a person is not the one the possessive names: the quotes
 * stage keeps them as a speaker of their own, and the events stage does not hand their acts to the possessor.
 */
public final class RelationalNouns {
  private static final Set<String> LEMMAS = load();

  private RelationalNouns() {}

  /** Every lemma of the list. */
  public static Set<String> all() {
    return LEMMAS;
  }

  /** Whether {@code lemma} (lower case) names someone by their tie to another person. */
  public static boolean contains(String lemma) {
    return LEMMAS.contains(lemma);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (DataFile.Row row : DataFile.bundled(RelationalNouns.class, "relational-nouns.tsv", Header.NONE)) {
      if (row.size() != 1) {
        throw new IllegalStateException(row.where() + ": expected 1 column, got " + row.size());
      }
      out.add(row.text(0));
    }
    return Set.copyOf(out);
  }
}
