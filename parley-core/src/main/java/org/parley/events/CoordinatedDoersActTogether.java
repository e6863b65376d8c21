// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: "Russia and China vetoed the resolution", "the presidents of A and B called for a withdrawal",
 * "A and B are mediating between C and D", "was condemned by A and B": a one-sided act with an object, aimed at a
 * third party or mediated, is done by each coordinated subject (or agent), not by one of them to the other. Not so
 * when the object is what the two hold between them ({@code shared-bond} in event-words.tsv: "A and B upgraded their
 * ties", "violated the truce", "blamed each other"), or a {@code reciprocal} verb moves it between them ("A and B
 * exchanged prisoners"): they are then a pair. Without the rule the second subject became the first one's target.
 */
final class CoordinatedDoersActTogether {
  static final String NAME = "coordinated-doers-act-together";
  private static final Set<String> SHARED_BONDS = EventWords.list("shared-bond");
  private static final Set<String> RECIPROCAL = EventWords.list("reciprocal");

  private CoordinatedDoersActTogether() {}

  /**
   * @param subjects the actors of the coordinated subject, the source first
   * @param object    the predicate's object, or -1
   * @param mediation whether the act is a third party's mediation ("A and B are mediating between C and D")
   */
  static boolean applies(Sentence s, List<String> subjects, String source, String target, int object,
                         boolean mediation) {
    int verb = object >= 0 ? s.headArc(object).head() : -1;
    boolean reciprocal = verb >= 0 && RECIPROCAL.contains(s.tokens().get(verb).lemmaLower());
    return !subjects.isEmpty() && Objects.equals(source, subjects.get(0)) && !sharedBond(s, object) && !reciprocal
        && (mediation || object >= 0 || target != null && !subjects.contains(target));
  }

  private static boolean sharedBond(Sentence s, int object) {
    if (object < 0) {
      return false;
    }
    int owner = ParseReadings.child(s, object, NMOD_POSS);
    String lemma = s.tokens().get(object).lemmaLower();
    return SHARED_BONDS.contains(lemma) || lemma.equals("other")
        || owner >= 0 && s.tokens().get(owner).lemmaLower().equals("they");
  }
}
