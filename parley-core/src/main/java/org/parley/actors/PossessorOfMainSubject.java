// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: in "The governor's speech answered critics who argue the mayor must resign. He called the
 * demand absurd.", "he" is the governor: the owner of the main clause's subject is what that sentence is about, more
 * than the subject of a clause buried inside it ("the mayor"). Used for a person pronoun looking back to an earlier
 * sentence: the possessor of the root's subject ranks under a person who is the root's subject itself and above a
 * subject of an embedded clause.
 */
final class PossessorOfMainSubject {
  static final String NAME = "possessor-of-main-subject";

  private PossessorOfMainSubject() {}

  /** The mention {@code first..last} of {@code s} is the possessor ("X's") of the subject of the sentence's root. */
  static boolean applies(Sentence s, int first, int last) {
    int root = s.root();
    for (int k = first; k <= last; k++) {
      Dependency arc = s.headArc(k);
      if (arc == null || !arc.relation().equals(NMOD_POSS) || arc.head() < 0) {
        continue;
      }
      Dependency up = s.headArc(arc.head());
      if (up != null && up.relation().startsWith(NSUBJ) && up.head() == root) {
        return true;
      }
    }
    return false;
  }
}
