// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: the parser sometimes splits "the envoy feels the rebels must withdraw" into "feels the rebels"
 * (an object) and a loose "withdraw" hung on "feels" as a bare dependent. A verb that carries a modal, has no subject
 * of its own and hangs as {@code dep} on a speech or belief verb whose object stands before it is that verb's
 * complement clause, and the object is its subject: the rebels must withdraw, as the envoy feels.
 */
final class SplitComplementOfSpeech {
  static final String NAME = "split-complement-of-speech";

  private SplitComplementOfSpeech() {}

  /**
   * @param cur     the loose verb
   * @param speech  the word {@code cur} hangs on is a speech or belief verb
   * @return the subject the parser gave away (the speech verb's object), or -1 when the rule does not apply
   */
  static int lostSubject(Sentence s, int cur, boolean speech) {
    Dependency up = s.headArc(cur);
    if (!speech || up == null || !up.relation().equals(DEP) || up.head() < 0 || !s.tokens().get(cur).isVerb()
        || ParseReadings.child(s, cur, NSUBJ) >= 0 || !modal(s, cur)) {
      return -1;
    }
    int obj = ParseReadings.child(s, up.head(), OBJ);
    return obj >= 0 && obj < cur ? obj : -1;
  }

  private static boolean modal(Sentence s, int verb) {
    for (int a : ParseReadings.children(s, verb, AUX)) {
      String pos = s.tokens().get(a).pos();
      if (pos != null && pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }
}
