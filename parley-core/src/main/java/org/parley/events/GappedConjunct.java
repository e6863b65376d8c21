// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #NAME}: "Syria withdrew from Lebanon and Israel from Gaza", "Egypt sent 500 troops and Morocco 300":
 * a second conjunct whose verb is left out (gapping) reports a second act of the same kind by its own subject, on
 * what its own phrase names. Parsers read such a conjunct as a noun conjoined to the verb or to one of its phrases,
 * followed by a phrase left dangling; the rule reads it only where that shape is clear: the verb has a subject of
 * its own, the conjunct names an actor, and after it comes an object or a phrase with the same preposition as the
 * one the conjunct is joined to (a date or a time after it is no such phrase: "withdrew from Lebanon and Syria in
 * May" joins two places).
 */
final class GappedConjunct {
  static final String NAME = "gapped-second-conjunct";
  /** Phrases that only date or time a clause, never the remnant of a gapped act. */
  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** A gapped conjunct: the word naming its subject and the head of its remnant phrase. */
  record Gap(int subject, int remnant) {}

  private GappedConjunct() {}

  /** The gapped conjuncts of verb {@code verb}, in the order the sentence has them. */
  static List<Gap> gaps(Sentence s, int verb) {
    List<Gap> out = new ArrayList<>();
    int subject = ParseReadings.child(s, verb, NSUBJ);
    if (!s.tokens().get(verb).isVerb() || subject < 0 || subject > verb) {
      return out;
    }
    for (int y : ParseReadings.children(s, verb, CONJ)) {
      // "France recognised the council, and Germany the government": the subject read as the verb's conjunct, with
      // an object, or, where the verb has no object that it could be a second one of ("met A in Paris and B in
      // Rome"), a phrase of the verb's own preposition ("withdraws from X and Greece from Y")
      int r = firstAfter(s, y, ParseReadings.children(s, y, OBJ), "");
      boolean intransitive = ParseReadings.child(s, verb, OBJ) < 0;
      for (int o : intransitive ? ParseReadings.children(s, verb, OBL) : List.<Integer>of()) {
        int p = o < y ? firstAfter(s, y, ParseReadings.children(s, y, NMOD), ParseReadings.caseOf(s, o)) : -1;
        r = r < 0 || p >= 0 && p < r ? p : r;
      }
      if (y > verb && s.tokens().get(y).isNoun() && r >= 0) {
        out.add(new Gap(y, r));
      }
    }
    for (Dependency d : s.children(verb)) {
      int x = d.dependent();
      if (x < verb || !(d.relation().equals(OBJ) || d.relation().equals(IOBJ) || d.relation().equals(OBL))) {
        continue;
      }
      for (int y : ParseReadings.children(s, x, CONJ)) {
        int r = remnant(s, verb, x, y);
        int number = ParseReadings.child(s, y, NUMMOD);
        int named = ParseReadings.child(s, y, COMPOUND);
        if (r >= 0) {
          out.add(new Gap(y, r)); // "withdrew from Lebanon and Israel from Gaza"
        } else if (number > y && !d.relation().equals(OBL)) {
          out.add(new Gap(y, number)); // "will send 500 troops, Jordan 300"
        } else if (named >= 0 && number > named && s.tokens().get(named).isProperNoun()) {
          out.add(new Gap(named, y)); // "sent 500 troops and Morocco 300 troops", read as a compound
        }
      }
    }
    return out;
  }

  /**
   * The remnant after conjunct {@code y} of the verb's phrase {@code x}: another object of the verb, a phrase of the
   * verb or of {@code x} with {@code x}'s preposition, or a nominal left hanging on {@code x} or {@code y}; or -1.
   */
  private static int remnant(Sentence s, int verb, int x, int y) {
    String prep = ParseReadings.caseOf(s, x);
    List<Integer> candidates = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      boolean sameKind = d.relation().equals(OBJ) || d.relation().equals(OBL) && !prep.isEmpty();
      if (d.dependent() != x && sameKind) {
        candidates.add(d.dependent());
      }
    }
    for (int head : List.of(x, y)) {
      candidates.addAll(ParseReadings.children(s, head, DEP));
      if (!prep.isEmpty()) {
        candidates.addAll(ParseReadings.children(s, head, NMOD));
      }
    }
    if (!prep.isEmpty()) {
      candidates.addAll(ParseReadings.children(s, x, NUMMOD)); // "sent 500 troops to Somalia and Morocco 300"
    }
    return firstAfter(s, y, candidates, prep);
  }

  /** The first of {@code candidates} after {@code y} that is no date, with preposition {@code prep} or none; or -1. */
  private static int firstAfter(Sentence s, int y, List<Integer> candidates, String prep) {
    int best = -1;
    for (int c : candidates) {
      Token t = s.tokens().get(c);
      String own = ParseReadings.caseOf(s, c);
      boolean fits = own.isEmpty() ? t.isNoun() || "CD".equals(t.pos()) : own.equals(prep);
      if (c > y && (best < 0 || c < best) && fits && !TIMES.contains(String.valueOf(t.ner()))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The second acts of event {@code ev}, coded at verb {@code verb}: one for each gapped conjunct whose subject names
   * an actor other than the first act's doer, by that actor, on the actor its remnant names (none where that is the
   * doer itself or, for forces readied, the doer's own).
   */
  static List<Event> events(Event ev, Sentence s, int verb, EventArguments arguments) {
    List<Event> out = new ArrayList<>();
    for (Gap g : ev.source() == null ? List.<Gap>of() : gaps(s, verb)) {
      String doer = arguments.namedAt(g.subject());
      String on = arguments.actorOf(g.remnant(), null);
      if (doer == null && ParseReadings.relation(s, g.subject()).equals(COMPOUND)) {
        doer = on; // "Morocco 300 troops" read as one phrase naming Morocco's forces: Morocco sends them
      }
      if (on != null && (on.equals(doer) || ev.type() == EventType.MOBILIZE && arguments.sameState(doer, on))) {
        on = null;
      }
      if (doer != null && !doer.equals(ev.source())) {
        out.add(ev.withParties(doer, on).traced(NAME + " '" + s.tokens().get(g.subject()).text() + "'",
            "source → " + doer + ", target → " + (on == null ? "-" : on)));
      }
    }
    for (int c : ParseReadings.children(s, verb, CCOMP)) {
      out.addAll(askedToo(ev, s, c, arguments));
    }
    return out;
  }

  /**
   * Event {@code ev} and the acts it makes of a gapped conjunct: "demanded that Israel withdraw from the Golan Heights
   * and Syria from Lebanon", "will pull out only if Israel withdraws from X and Syria from Y": an act asked of the
   * subject of {@code clause} (the event's content, or the clause the event is read from) is asked of the subject of
   * that clause's gapped conjunct too, when the event falls on the first.
   */
  static List<Event> withAskedToo(Event ev, Sentence s, int clause, EventArguments arguments) {
    List<Event> all = new ArrayList<>(List.of(ev));
    all.addAll(askedToo(ev, s, clause, arguments));
    return all;
  }

  /** The acts {@link #withAskedToo} adds. */
  private static List<Event> askedToo(Event ev, Sentence s, int clause, EventArguments arguments) {
    List<Event> out = new ArrayList<>();
    if (ev.target() == null || !ev.target().equals(arguments.actorOf(ParseReadings.child(s, clause, NSUBJ), null))) {
      return out;
    }
    for (Gap g : gaps(s, clause)) {
      String also = arguments.namedAt(g.subject());
      if (also != null && !also.equals(ev.source()) && !also.equals(ev.target())) {
        out.add(ev.withParties(ev.source(), also).traced(NAME + " '" + s.tokens().get(g.subject()).text() + "'",
            "target → " + also + " (asked of it too)"));
      }
    }
    return out;
  }

  /**
   * Whether actor {@code a} is named by a gapped conjunct of verb {@code verb}, as its subject or its remnant ("sent
   * 500 troops and Morocco 300 troops": the second troops are Morocco's to send), not a further object of the first.
   */
  static boolean partyOf(Sentence s, int verb, EventArguments arguments, String a) {
    return gaps(s, verb).stream().anyMatch(g -> a.equals(arguments.namedAt(g.subject()))
        || a.equals(arguments.actorOf(g.remnant(), null)));
  }

  /**
   * The first act, no longer falling on a gapped conjunct's subject the parser joined to its phrase ("the army
   * attacked the village and the rebels the town": the rebels attack, they are not attacked); a target named
   * before the second conjunct stays ("expelled ten British diplomats and Britain five Russian ones").
   */
  static Event firstAct(Event ev, Sentence s, int verb, EventArguments arguments) {
    for (Gap g : ev.target() == null ? List.<Gap>of() : gaps(s, verb)) {
      boolean ownPhrase = false;
      for (int k = verb + 1; k < g.subject(); k++) { // the words before the second subject's own phrase
        Dependency d = ParseReadings.arc(s, k);
        ownPhrase |= (d == null || d.head() != g.subject()) && ev.target().equals(arguments.namedAt(k));
      }
      if (!ownPhrase) {
        return ev.withParties(ev.source(), null).traced(NAME, "target → - (named only in the second conjunct)");
      }
    }
    return ev;
  }
}
