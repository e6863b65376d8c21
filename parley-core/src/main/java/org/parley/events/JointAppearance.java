// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: in "at a joint news conference with the visiting chancellor, the premier said ...", the
 * conference is an appearance of the clause's subject together with the party of its "with" phrase (CAMEO 040,
 * one party on each side), not a scene the statement is set in. The clause's subject, the speaker, is the other
 * party. A conference with no "with" party names no counterpart and stays no event (its lexicon row needs one).
 * Likewise "appeared alongside the visiting premier": whom a consulting row's frame phrase names is the other party,
 * whatever its preposition. Only a state's or an international body's side counts as the other party: a news
 * conference with reporters is no meeting.
 */
final class JointAppearance {
  static final String NAME = "party-at-a-joint-appearance";
  /** Words whose consulting rows report appearing together (event-words.tsv, list appearance). */
  private static final Set<String> APPEARANCES = EventWords.list("appearance");

  private JointAppearance() {}

  /**
   * The verb whose "at" phrase holds event noun {@code noun} while the noun has a "with" phrase of its own ("said at
   * a news conference with X"), or -1.
   */
  static int clauseOf(Sentence s, int noun) {
    Dependency d = s.headArc(noun);
    if (d == null || d.head() < 0 || !d.is(OBL) || !s.tokens().get(d.head()).isVerb()
        || !ParseReadings.caseOf(s, noun).equals("at")) {
      return -1;
    }
    for (Dependency c : s.children(noun)) {
      if (c.is(NMOD) && ParseReadings.caseOf(s, c.dependent()).equals("with")) {
        return d.head();
      }
    }
    return -1;
  }

  /**
   * The phrase of verb {@code anchor} that the frame of entry {@code e} requires ("appeared alongside X": the
   * "alongside" phrase), or -1: whom a joint appearance is made with, whatever its preposition.
   */
  static int framePhrase(Sentence s, int anchor, EventLexicon.Entry e) {
    for (String c : e.frame().conditions()) {
      if (!c.startsWith("prep:")) {
        continue;
      }
      String prep = c.substring(5, c.contains("=") ? c.indexOf('=') : c.length());
      for (Dependency d : s.children(anchor)) {
        if (d.is(OBL) && ParseReadings.hasCase(s, d.dependent(), prep)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /**
   * Whether the consulting event at {@code trigger} reports a joint appearance: its word, or the object of its verb
   * ("held a news conference with X"), is one of the list's.
   */
  static boolean appearance(Sentence s, int trigger, EventType type) {
    if (type != EventType.CONSULT) {
      return false;
    }
    int object = ParseReadings.child(s, trigger, OBJ);
    return APPEARANCES.contains(s.tokens().get(trigger).lemmaLower())
        || object >= 0 && APPEARANCES.contains(s.tokens().get(object).lemmaLower());
  }

  /**
   * Appearance {@code ev}, or null when no state's or body's side is beside the doer (the candidate then joins
   * {@code dropped}).
   */
  static Event kept(Event ev, ActorLayer actors, List<Event> dropped) {
    Actor other = ev.target() == null ? null : actors.actor(ev.target()).orElse(null);
    if (ev.source() == null || other == null || !("GOV".equals(other.sector()) || "IGO".equals(other.sector()))) {
      dropped.add(ev.traced(NAME, "no state's side appears with the doer: dropped"));
      return null;
    }
    return ev;
  }
}
