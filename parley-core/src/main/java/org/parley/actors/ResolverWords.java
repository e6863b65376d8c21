// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The word lists of actor resolution (place words, month names, title modifiers, vague sector cues ...), read from
 * {@code resolver-words.tsv} so that each list is defined once, in a file a person can read and extend, rather
 * than in the steps' code.
 */
final class ResolverWords {
  private static final String FILE = ActorKnowledgeBase.RESOURCES + "resolver-words.tsv";
  private static final Map<String, Set<String>> LISTS = load();

  private ResolverWords() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (DataFile.Row row : DataFile.bundled(ResolverWords.class, FILE, Header.COLUMN_NAMES)) {
      if (row.get(0) == null || row.get(1) == null) {
        throw new ConfigException(row.where() + ": expected the columns list, word");
      }
      out.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(row.get(1));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /** The words of list {@code name}; a list the file lacks is a configuration error. */
  static Set<String> get(String name) {
    Set<String> words = LISTS.get(name);
    if (words == null) {
      throw new ConfigException(FILE + ": no words of the list '" + name + "'");
    }
    return words;
  }
}
