// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #NAME}: in "the mayor thanked the rescuers and their relatives" or "the refugees and their
 * belongings", the owner of "their" is the conjunct just before it ("the rescuers"), not the nearest state or group
 * named earlier in the sentence. When that conjunct is no actor the pronoun is left unresolved, which is right: the
 * rescuers' relatives are no party of the story (before this rule they became the state named last).
 */
final class OwnerIsTheConjunctBefore {
  static final String NAME = "owner-is-the-conjunct-before";

  private OwnerIsTheConjunctBefore() {}

  /**
   * The head of the conjunct that owns the possessive pronoun at {@code i} ("their", "its"), or -1: the pronoun is
   * the owner of a noun coordinated with an earlier noun of the same number.
   */
  static int conjunct(Sentence s, int i) {
    Dependency poss = s.headArc(i);
    if (poss == null || !poss.relation().equals(NMOD_POSS) || poss.head() < 0) {
      return -1;
    }
    Dependency conj = s.headArc(poss.head());
    if (conj == null || !conj.relation().equals(CONJ) || conj.head() < 0 || conj.head() >= i) {
      return -1;
    }
    Token before = s.tokens().get(conj.head());
    String pronoun = s.tokens().get(i).lemmaLower();
    boolean wantPlural = pronoun.equals("they") || pronoun.equals("their");
    if (!wantPlural && !pronoun.equals("it") && !pronoun.equals("its")) {
      return -1; // "his", "her": a person's, read by the person rules
    }
    boolean plural = "NNS".equals(before.pos()) || "NNPS".equals(before.pos());
    return before.isNoun() && plural == wantPlural ? conj.head() : -1;
  }
}
