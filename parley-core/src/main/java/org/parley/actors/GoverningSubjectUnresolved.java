// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import org.parley.nlp.Dependency;

/**
 * Rule {@code governing-subject-unresolved}: in "the rebel commander said his men were ready" the subject of a
 * clause that governs the pronoun is its antecedent even when no actor could be made of it (a commander of no
 * named side); reaching back to a person of an earlier sentence would name the wrong man. The pronoun is left
 * unresolved instead. Only subjects that name someone (a title, a group word, or a person's name) count:
 * "the statement said he would attend" still looks back.
 */
final class GoverningSubjectUnresolved extends SentenceStep {
  GoverningSubjectUnresolved(SentenceMentions m) {
    super(m);
  }

  /** Whether the rule leaves the pronoun at token {@code i} unresolved. */
  boolean appliesTo(int i) {
    for (Dependency up = s.headArc(i); up != null && up.head() >= 0; up = s.headArc(up.head())) {
      for (Dependency d : s.children(up.head())) {
        int k = d.dependent();
        if (!d.relation().startsWith(NSUBJ) || k >= i || used[k] || !t.get(k).isNoun()) {
          continue;
        }
        if (isPerson(k)) {
          return true;
        }
        for (int j = Math.max(0, k - 4); j <= k; j++) {
          CueFound f = cueAt(j);
          // a title or a group word; not the act and place words that only stand for a state ("the statement")
          if (f != null && f.last() == k && (f.isTitle() || f.cue() != null && !"-".equals(f.cue().label()))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
