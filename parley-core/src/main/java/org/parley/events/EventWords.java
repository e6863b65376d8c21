// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.Set;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.WordLists;

/**
 * The closed word classes the event coder's rules test for ("a mediation <i>effort</i>", "talks <i>with</i> X",
 * "both <i>sides</i>"), kept as knowledge in {@code event-words.tsv} beside this class rather than in the rules' code:
 * one list per name, one lower-case word per row.
 */
final class EventWords {
  private static final WordLists LISTS = WordLists.bundled(EventWords.class, "event-words.tsv", Header.NONE);

  private EventWords() {}

  /** The words of list {@code name}. */
  static Set<String> list(String name) {
    return LISTS.get(name);
  }
}
