// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.NMOD;

import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #RULE}: in "thousands of protesters chanting ...", "dozens of soldiers said" or "two of the hostages
 * told reporters", the speaker's head is a number and the people who spoke are the group it counts, the actor the
 * actor stage already read on the noun after "of".
 */
final class CountedGroup {
  static final String RULE = "the-group-a-number-counts";
  /** Nouns that count rather than name (their plural lemmas), besides the numbers the tagger marks CD. */
  private static final Set<String> COUNTING = Set.of("thousand", "hundred", "dozen", "million", "score");

  private CountedGroup() {}

  /** The noun after "of" that the number at {@code head} counts, or -1 when {@code head} is no number. */
  static int counted(Sentence s, int head) {
    Token h = s.tokens().get(head);
    if (!"CD".equals(h.pos()) && !COUNTING.contains(h.lemmaLower())) {
      return -1;
    }
    for (Dependency d : s.children(head)) {
      if (d.is(NMOD) && ParseReadings.caseOf(s, d.dependent()).equals("of")) {
        return d.dependent();
      }
    }
    return -1;
  }
}
