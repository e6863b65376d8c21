// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: in "the council welcomed and endorsed the ceasefire plan" both verbs act on the plan, but the
 * parser hangs the object on one conjunct only (either one). A verb with no object or complement of its own shares
 * the object of a verb it is coordinated with when that object follows both verbs; "condemned the raids and rejected
 * the plan" gives each verb its own object, a verb whose object comes before it shares nothing, and so does a verb
 * with a prepositional phrase of its own after it ("spoke with the president and asked France to ...").
 */
final class ObjectSharedByCoordinatedVerbs {
  static final String NAME = "object-shared-by-coordinated-verbs";
  /** What a verb may govern of its own that rules out a shared object: objects, complements, a passive subject. */
  private static final Set<String> OWN_OBJECT = Set.of(OBJ, IOBJ, CCOMP, XCOMP, NSUBJ_PASS);

  private ObjectSharedByCoordinatedVerbs() {}

  /** The object verb {@code v} shares with a coordinated verb, or -1. */
  static int of(Sentence s, int v) {
    if (v < 0 || !s.tokens().get(v).isVerb() || ParseReadings.passiveHead(s, v)) {
      return -1;
    }
    for (Dependency d : s.children(v)) {
      if (OWN_OBJECT.contains(d.relation())
          || d.is(OBL) && !ParseReadings.caseOf(s, d.dependent()).isEmpty() && d.dependent() > v) {
        return -1; // "spoke with the president and asked France to ...": a verb with its own phrase shares nothing
      }
    }
    for (int w : partners(s, v)) {
      int obj = ParseReadings.child(s, w, OBJ);
      if (obj > v && obj > w && s.tokens().get(w).isVerb()) {
        return obj;
      }
    }
    return -1;
  }

  /** The verbs {@code v} is coordinated with: the conjunct it hangs on, its own conjuncts and their siblings. */
  private static List<Integer> partners(Sentence s, int v) {
    List<Integer> out = new ArrayList<>(ParseReadings.children(s, v, CONJ));
    Dependency up = ParseReadings.arc(s, v);
    if (up != null && up.relation().equals(CONJ)) {
      out.add(up.head());
      for (int sibling : ParseReadings.children(s, up.head(), CONJ)) {
        if (sibling != v) {
          out.add(sibling);
        }
      }
    }
    return out;
  }
}
