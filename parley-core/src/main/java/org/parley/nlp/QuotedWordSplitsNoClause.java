// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.parley.nlp.UdRelation.CCOMP;
import static org.parley.nlp.UdRelation.DEP;
import static org.parley.nlp.UdRelation.NSUBJ;
import static org.parley.nlp.UdRelation.OBJ;
import static org.parley.nlp.UdRelation.PARATAXIS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@value #NAME}: a reporter quotes one word of a reported clause ('the ministry said it "firmly" opposes the
 * plan', 'they said they "fully" back the truce'). The parser then reads the pronoun as the object of "said", the
 * quoted word as a modifier of "said", and the clause's verb as a loose dependent of "said" with no subject, so the
 * act loses its doer and its speaker. When the object of a verb stands just before a quotation of at most four
 * words, and just after the closing mark a finite verb without a subject hangs on the same verb, the verb is the
 * reported clause (a clausal complement), the object its subject and the quoted words its own.
 */
final class QuotedWordSplitsNoClause implements ParseRepairs.Rule {
  static final String NAME = "quoted-word-splits-no-clause";
  private static final Set<String> OPENING = Set.of("\"", "``", "\u201c");
  private static final Set<String> CLOSING = Set.of("\"", "''", "\u201d");
  /** The longest quotation, in tokens, read as a word of the clause rather than a quotation of its own. */
  private static final int MAX_QUOTED = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<ParseRepairs.Repair> apply(Sentence s) {
    List<Token> t = s.tokens();
    for (Dependency obj : s.dependencies()) {
      int pronoun = obj.dependent();
      int say = obj.head();
      int open = pronoun + 1;
      if (!obj.is(OBJ) || say < 0 || say > pronoun || open >= t.size() || !OPENING.contains(t.get(open).text())) {
        continue;
      }
      int close = closingMark(s, open);
      if (close < 0 || close + 1 >= t.size()) {
        continue;
      }
      int verb = close + 1;
      Dependency up = s.headArc(verb);
      if (up == null || up.head() != say || !(up.is(DEP) || up.is(PARATAXIS) || up.is(CCOMP))
          || !finite(t.get(verb)) || ParseReadings.child(s, verb, NSUBJ) >= 0 || !quotedHangOn(s, open, close, say)) {
        continue;
      }
      return Optional.of(new ParseRepairs.Repair(rebuilt(s, say, pronoun, open, close, verb),
          t.get(verb).text() + " " + CCOMP + " of " + t.get(say).text() + ", " + t.get(pronoun).text() + " its "
              + NSUBJ));
    }
    return Optional.empty();
  }

  /** The closing mark of the quotation opened at {@code open}, at most {@link #MAX_QUOTED} words on; or -1. */
  private static int closingMark(Sentence s, int open) {
    for (int i = open + 2; i <= open + MAX_QUOTED + 1 && i < s.tokens().size(); i++) {
      if (CLOSING.contains(s.tokens().get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean finite(Token v) {
    return v.pos() != null && Set.of("VBZ", "VBD", "VBP", "MD").contains(v.pos());
  }

  /** Whether the marks and the words between them hang on {@code say} or on each other, and on nothing outside. */
  private static boolean quotedHangOn(Sentence s, int open, int close, int say) {
    for (int i = open; i <= close; i++) {
      Dependency d = s.headArc(i);
      if (d == null || d.head() != say && (d.head() < open || d.head() > close)) {
        return false;
      }
    }
    return true;
  }

  /** The arcs with the verb as the complement of "said", the object as its subject and the quotation as its own. */
  private static List<Dependency> rebuilt(Sentence s, int say, int pronoun, int open, int close, int verb) {
    List<Dependency> arcs = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent();
      if (dep == verb) {
        arcs.add(new Dependency(say, verb, CCOMP));
      } else if (dep == pronoun) {
        arcs.add(new Dependency(verb, pronoun, NSUBJ));
      } else if (dep >= open && dep <= close && d.head() == say) {
        arcs.add(new Dependency(verb, dep, d.relation()));
      } else {
        arcs.add(d);
      }
    }
    return arcs;
  }
}
