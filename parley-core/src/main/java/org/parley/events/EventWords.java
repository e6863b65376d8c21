// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The closed word classes the event coder's rules test for ("a mediation <i>effort</i>", "talks <i>with</i> X",
 * "both <i>sides</i>"), kept as knowledge in {@code event-words.tsv} beside this class rather than in the rules' code:
 * one list per name, one lower-case word per row.
 */
final class EventWords {
  private static final Map<String, Set<String>> LISTS = load();

  private EventWords() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> lists = new HashMap<>();
    for (DataFile.Row r : DataFile.bundled(EventWords.class, "event-words.tsv", Header.NONE)) {
      if (r.size() != 2 || r.get(0) == null || r.get(1) == null) {
        throw new IllegalStateException(r.where() + ": expected a list name and a word");
      }
      lists.computeIfAbsent(r.text(0), k -> new HashSet<>()).add(r.text(1));
    }
    Map<String, Set<String>> out = new HashMap<>();
    lists.forEach((name, words) -> out.put(name, Set.copyOf(words)));
    return Map.copyOf(out);
  }

  /** The words of list {@code name}; a name the file does not list is a packaging bug. */
  static Set<String> list(String name) {
    Set<String> words = LISTS.get(name);
    if (words == null) {
      throw new IllegalStateException("built-in event-words.tsv has no list '" + name + "'");
    }
    return words;
  }
}
