// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #NAME}: "pressured the rebels into signing the accord", "provoked the militia into attacking",
 * "forced the government into talks": the act of a causative verb's "into" phrase is done by the verb's object (or by
 * its passive subject: "the rebels were pressured into signing"), not by its subject; and it is only what the causer
 * aimed at, so it is intended, not reported as done. The verbs are list {@code causative} of
 * {@code event-words.tsv}; nouns one is driven into as the victim ("lured the patrol into an ambush", list
 * {@code undergone-into}) are left as they are.
 */
final class CausativeObjectActs {
  static final String NAME = "causative-object-acts";
  private static final Set<String> CAUSATIVE = EventWords.list("causative");
  private static final Set<String> UNDERGONE = EventWords.list("undergone-into");

  private CausativeObjectActs() {}

  /**
   * The word naming who does act {@code act} (a gerund or an event noun) that a causative verb drives its object
   * into, or -1 when {@code act} is no such act.
   */
  static int doerOf(Sentence s, int act) {
    Token t = s.tokens().get(act);
    Dependency d = ParseReadings.arc(s, act);
    if (d == null || d.head() < 0 || t.isNoun() && UNDERGONE.contains(t.lemmaLower())) {
      return -1;
    }
    int h = d.head();
    if (!ParseReadings.caseOf(s, act).equals("into")) {
      // "scare the leaders into supporting him": parsers may read "into" as an adverb the gerund hangs from
      Dependency up = ParseReadings.arc(s, h);
      if (!d.relation().equals(DEP) || !s.tokens().get(h).lemmaLower().equals("into") || up == null) {
        return -1;
      }
      h = up.head();
    } else if (!Set.of(ADVCL, XCOMP, OBL, DEP, NMOD, ACL).contains(d.baseRelation())) {
      return -1;
    }
    Token head = s.tokens().get(h);
    if (head.isNoun()) {
      // "forced the government into talks" read as a phrase of the object: the object is driven into them
      Dependency obj = ParseReadings.arc(s, h);
      return obj != null && obj.relation().equals(OBJ) && causative(s, obj.head()) ? h : -1;
    }
    if (!causative(s, h)) {
      return -1;
    }
    int obj = ParseReadings.child(s, h, OBJ);
    return obj >= 0 ? obj : ParseReadings.child(s, h, NSUBJ_PASS);
  }

  private static boolean causative(Sentence s, int verb) {
    return verb >= 0 && s.tokens().get(verb).isVerb() && CAUSATIVE.contains(s.tokens().get(verb).lemmaLower());
  }
}
