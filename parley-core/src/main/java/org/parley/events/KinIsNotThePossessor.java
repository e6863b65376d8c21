// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import org.parley.actors.ActorMention;
import org.parley.actors.RelationalNouns;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: in "the president's brother met the envoy" or "the minister's cousin ran the
 * smuggling ring", the possessive names someone else than the doer: a noun of kinship or personal tie
 * ({@code actors/relational-nouns.tsv}) names a person of their own. Without the rule, the possessor, the only party
 * inside the phrase, became the doer of what the relative did.
 */
final class KinIsNotThePossessor {
  static final String NAME = "kin-is-not-the-possessor";

  private KinIsNotThePossessor() {}

  /** Whether mention {@code m} lies in the possessor of relational noun {@code i} ("the president's" brother). */
  static boolean setsAside(Sentence s, int i, ActorMention m) {
    return possessor(s, i, m.firstToken());
  }

  /** The possessor's first token when {@code i} is a relational noun with a possessor, else -1. */
  static int possessorOf(Sentence s, int i) {
    if (i < 0 || !RelationalNouns.contains(s.tokens().get(i).lemmaLower())) {
      return -1;
    }
    return ParseReadings.child(s, i, NMOD_POSS);
  }

  private static boolean possessor(Sentence s, int i, int token) {
    int owner = possessorOf(s, i);
    return owner >= 0 && s.subtree(owner).contains(token);
  }
}
