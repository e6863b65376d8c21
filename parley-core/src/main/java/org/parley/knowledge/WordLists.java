// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named closed word lists kept as knowledge in a bundled file of two columns, the list's name and one word per row,
 * so that each list is defined once, in a file a person can read and extend, rather than in the rules' code.
 */
public final class WordLists {
  private final String file;
  private final Map<String, Set<String>> lists;

  private WordLists(String file, Map<String, Set<String>> lists) {
    this.file = file;
    this.lists = lists;
  }

  /** The lists of the file bundled next to {@code owner} (see {@link DataFile#bundled}). */
  public static WordLists bundled(Class<?> owner, String resource, DataFile.Header header) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (DataFile.Row r : DataFile.bundled(owner, resource, header)) {
      if (r.size() != 2 || r.get(0) == null || r.get(1) == null) {
        throw new IllegalStateException(r.where() + ": expected a list name and a word");
      }
      lists.computeIfAbsent(r.get(0), k -> new HashSet<>()).add(r.get(1));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    lists.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
    return new WordLists(resource.substring(resource.lastIndexOf('/') + 1), Map.copyOf(frozen));
  }

  /** The words of list {@code name}; a name the file does not list is a packaging bug. */
  public Set<String> get(String name) {
    Set<String> words = lists.get(name);
    if (words == null) {
      throw new IllegalStateException("built-in " + file + " has no list '" + name + "'");
    }
    return words;
  }
}
