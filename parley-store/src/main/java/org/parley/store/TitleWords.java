// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Content words of a headline, for grouping reports of one story. */
final class TitleWords {
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
      "as", "by", "with", "from", "after", "over", "into", "is", "are", "was", "were", "be", "says", "said", "new");

  private TitleWords() {}

  static Set<String> of(String title) {
    Set<String> out = new TreeSet<>();
    if (title == null) {
      return out;
    }
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Jaccard similarity of at least one half. */
  static boolean similar(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    long common = a.stream().filter(b::contains).count();
    return common * 2 >= a.size() + b.size() - common;
  }
}
