// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small readings of a Universal Dependencies parse shared by the rule engines: a token's head and relation, its
 * children by relation, the preposition or marker that introduces it, the negators and auxiliaries on a predicate,
 * the words of a noun phrase or of a predicate's arguments, relative clauses and passives.
 *
 * <p>Each reading is defined here once, so that the event coder, the actor and quote finders and the discourse
 * stage read a parse the same way. Indices are token indices of {@code s}; -1 stands for "none" (and for the root
 * as a head). Stateless and thread-safe.
 */
public final class ParseReadings {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "neither", "nor");
  /** Relations that leave a noun phrase for another clause: not part of the phrase's own words. */
  private static final Set<String> CLAUSAL = Set.of(ACL_RELCL, ADVCL, CCOMP, XCOMP, PARATAXIS, PUNCT,
      CC, DEP, DISCOURSE, LIST, VOCATIVE, ORPHAN);

  private ParseReadings() {}

  /** Whether token {@code i} has a case or mark child spelled {@code prep} ("by", "for", "out of"). */
  public static boolean hasCase(Sentence s, int i, String prep) {
    for (Dependency d : s.children(i)) {
      if (d.relation().startsWith(CASE) || d.relation().equals(MARK)) {
        if (s.tokens().get(d.dependent()).lemmaLower().equals(prep)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} has a case child (a preposition, not a mark of a clause) whose lemma is {@code prep}:
   * the narrower reading of {@link #hasCase}, for rules that read a noun's preposition only ("attacked by the
   * militia", "talks to the envoy").
   */
  public static boolean hasPreposition(Sentence s, int i, String prep) {
    for (Dependency d : s.children(i)) {
      if (d.is(CASE) && s.tokens().get(d.dependent()).lemmaLower().equals(prep)) {
        return true;
      }
    }
    return false;
  }

  /** The lemma of the case or mark child of {@code i}, or "". */
  public static String caseOf(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals(CASE) || d.relation().equals(MARK)) {
        return s.tokens().get(d.dependent()).lemmaLower();
      }
    }
    return "";
  }

  /** Children of {@code i} whose relation is {@code rel} or a subtype of it. */
  public static List<Integer> children(Sentence s, int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      if (d.is(rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first child of {@code i} whose relation is {@code rel} or a subtype of it, or -1. */
  public static int child(Sentence s, int i, String rel) {
    for (Dependency d : s.children(i)) {
      if (d.is(rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The relation by which {@code i} hangs on its head; {@link UdRelation#ROOT} at the root and unparsed. */
  public static String relation(Sentence s, int i) {
    Dependency d = s.headArc(i);
    return d == null ? ROOT : d.relation();
  }

  /** The arc governing {@code i}, or null at the root. */
  public static Dependency arc(Sentence s, int i) {
    Dependency d = s.headArc(i);
    return d == null || d.head() < 0 ? null : d;
  }

  /** The index of the head of {@code i}; -1 at the root and for an unparsed sentence. */
  public static int head(Sentence s, int i) {
    Dependency d = s.headArc(i);
    return d == null ? -1 : d.head();
  }

  /** Number of negators ("not", "never") directly on {@code i}, ignoring "no longer", which is read apart. */
  public static int negations(Sentence s, int i) {
    int n = 0;
    for (Dependency d : s.children(i)) {
      Token t = s.tokens().get(d.dependent());
      String rel = d.relation();
      if ((rel.equals(ADVMOD) || rel.equals(NEG) || rel.equals(CC_PRECONJ)) && NEGATORS.contains(t.lemmaLower())) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code i} carries "no longer" / "not any longer". */
  public static boolean noLonger(Sentence s, int i) {
    for (int c : children(s, i, ADVMOD)) {
      Token adv = s.tokens().get(c);
      if (adv.lemmaLower().equals("longer") || adv.text().equalsIgnoreCase("longer")) {
        for (Dependency d : s.children(c)) {
          String l = s.tokens().get(d.dependent()).lemmaLower();
          if (l.equals("no") || l.equals("not")) {
            return true;
          }
        }
        if (c > 0 && Set.of("no", "not").contains(s.tokens().get(c - 1).lemmaLower())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the noun {@code i} is quantified by "no" ("no agreement", "no one"). */
  public static boolean hasNoDeterminer(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      String l = s.tokens().get(d.dependent()).lemmaLower();
      if ((d.relation().equals(DET) || d.relation().equals(ADVMOD) || d.relation().equals(AMOD)) && l.equals("no")) {
        return true;
      }
    }
    String l = s.tokens().get(i).lemmaLower();
    return l.equals("nobody") || l.equals("none") || l.equals("nothing");
  }

  /** Auxiliary lemmas on {@code i} (will, would, could, be, have ...). */
  public static List<String> auxiliaries(Sentence s, int i) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      if (d.relation().equals(AUX)) {
        out.add(s.tokens().get(d.dependent()).lemmaLower());
      }
    }
    return out;
  }

  /** Token indices of the noun phrase headed by {@code i}: its subtree without clauses hanging off it. */
  public static List<Integer> phrase(Sentence s, int i) {
    List<Integer> out = new ArrayList<>();
    collectPhrase(s, i, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private static void collectPhrase(Sentence s, int i, List<Integer> out, int depth) {
    if (depth > 12 || out.contains(i)) {
      return;
    }
    out.add(i);
    for (Dependency d : s.children(i)) {
      if (!CLAUSAL.contains(d.relation()) && !d.relation().startsWith(ACL)) {
        collectPhrase(s, d.dependent(), out, depth + 1);
      }
    }
  }

  /** Tokens of the arguments of predicate {@code i}: its subtree without subjects, other clauses and punctuation. */
  public static List<Integer> arguments(Sentence s, int i) {
    List<Integer> out = new ArrayList<>();
    out.add(i);
    for (Dependency d : s.children(i)) {
      String rel = d.relation();
      if (rel.startsWith(NSUBJ) || rel.startsWith(CSUBJ) || rel.equals(ACL_RELCL) || rel.equals(PARATAXIS)
          || rel.equals(PUNCT) || rel.equals(ADVCL) || rel.equals(CC)
          || rel.equals(CONJ) && s.tokens().get(d.dependent()).isVerb()) {
        continue;
      }
      for (int t : s.subtree(d.dependent())) {
        if (!inRelativeClause(s, t, d.dependent())) {
          out.add(t);
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  private static boolean inRelativeClause(Sentence s, int t, int top) {
    int cur = t;
    for (int guard = 0; guard < s.tokens().size() && cur != top && cur >= 0; guard++) {
      if (relation(s, cur).equals(ACL_RELCL)) {
        return true;
      }
      cur = head(s, cur);
    }
    return false;
  }

  /**
   * The first token of the phrase {@code first..last} that is the subject ({@code nsubj}, {@code nsubj:pass}) of a
   * word outside the phrase, or -1: the phrase is then no subject. Its head is the predicate the phrase is subject of.
   */
  public static int subjectToken(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      Dependency d = s.headArc(i);
      if (d != null && d.relation().startsWith(NSUBJ) && (d.head() < first || d.head() > last)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code i} is a relative pronoun ("who", "which", "that") standing for the noun it modifies. */
  public static boolean isRelative(Token t) {
    return t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT")
        || (t.lemmaLower().equals("that") && t.pos().equals("IN")));
  }

  /** Whether {@code i} is a "to" infinitive (its marks may hold another word first: "on Monday to see"). */
  public static boolean toInfinitive(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals(MARK) && s.tokens().get(d.dependent()).lemmaLower().equals("to")) {
        return true;
      }
    }
    return caseOf(s, i).equals("to");
  }

  /** Whether predicate {@code i} is passive ("was arrested to ..." does not make the arrested the actor). */
  public static boolean passiveHead(Sentence s, int i) {
    return child(s, i, NSUBJ_PASS) >= 0 || child(s, i, AUX_PASS) >= 0;
  }

  /** The noun that the relative clause holding predicate {@code i} describes ("the rebels who fired"), or -1. */
  public static int relativeAntecedent(Sentence s, int i) {
    for (int guard = 0, cur = i; guard < 8 && cur >= 0; guard++) {
      Dependency d = arc(s, cur);
      if (d == null) {
        return -1;
      }
      if (d.relation().equals(ACL_RELCL)) {
        return d.head();
      }
      cur = d.head();
    }
    return -1;
  }
}
