// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Set;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.WordLists;

/**
 * The word lists of actor resolution (place words, month names, title modifiers, vague sector cues ...), read from
 * {@code resolver-words.tsv} so that each list is defined once, in a file a person can read and extend, rather
 * than in the steps' code.
 */
final class ResolverWords {
  private static final WordLists LISTS =
      WordLists.bundled(ResolverWords.class, ActorKnowledgeBase.RESOURCES + "resolver-words.tsv", Header.COLUMN_NAMES);

  private ResolverWords() {}

  /** The words of list {@code name}. */
  static Set<String> get(String name) {
    return LISTS.get(name);
  }
}
