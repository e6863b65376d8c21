// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Dates an event by the time expression the dependency parse attaches to its trigger.
 *
 * <p>From the trigger it climbs to the clause that governs it (an event noun to its verb, an infinitive
 * to the verb that controls it: "failed to resolve", "held talks") and takes the first time expression
 * attached on the way. It never climbs out of a reported clause: in "rebels shelled the city, police said on
 * Monday" Monday is when it was reported, not when it happened. When the trigger's own clauses hold none,
 * the sentence's remaining time expression is used, except those of the verbs that report the trigger.
 * Stateless and thread-safe.
 */
public final class DependencyEventDating implements EventDating {
  /** Relations across which a clause has its own time: the trigger never borrows one over them. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of(
      "ccomp", "parataxis", "advcl", "csubj", "acl:relcl", "acl", "list", "dep", "discourse", "vocative");
  /** Verbs that report speech or knowledge: their time is the report's, not the event's. */
  private static final Set<String> REPORTING = Set.of(
      "say", "tell", "add", "claim", "report", "announce", "state", "note", "confirm", "deny", "insist", "write",
      "allege", "declare", "warn", "accuse", "explain", "stress", "argue", "reveal", "acknowledge", "admit",
      "suggest", "believe", "think", "according", "highlight", "affirm", "clarify", "assert");
  /** Verbs whose infinitive complement speaks of a later time ("plans to meet on Friday"). */
  private static final Set<String> FORWARD = Set.of(
      "plan", "expect", "schedule", "set", "due", "intend", "prepare", "aim", "hope", "agree", "promise",
      "vow", "pledge", "threaten", "want", "seek", "propose", "offer", "decide", "arrange");

  @Override
  public Optional<EventDate> date(Sentence sentence, int triggerToken, String text, LocalDate published) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    if (triggerToken < 0 || triggerToken >= sentence.tokens().size()) {
      throw new IllegalArgumentException("trigger " + triggerToken + " is outside the sentence");
    }
    List<TimeExpression> found = TimeExpressions.find(sentence);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TimeExpression chosen = own(sentence, triggerToken, found);
    if (chosen == null) {
      chosen = sentenceWide(sentence, triggerToken, found);
    }
    if (chosen == null) {
      return Optional.empty();
    }
    String words = sentence.span(chosen.first(), chosen.last()).of(text);
    boolean future = future(sentence, attachment(sentence, chosen));
    TimeExpression e = chosen;
    return e.resolve(published, future).map(v -> new EventDate(v, words));
  }

  /** The expression attached to the trigger or to a clause it belongs to without a clause boundary. */
  private static TimeExpression own(Sentence s, int trigger, List<TimeExpression> found) {
    Set<Integer> seen = new HashSet<>();
    int node = trigger;
    while (node >= 0 && seen.add(node)) {
      TimeExpression e = attachedTo(s, node, trigger, found);
      if (e != null) {
        return e;
      }
      // "the talks that took place on Thursday": a clause describing an event noun dates it
      if (s.tokens().get(node).isNoun()) {
        for (Dependency d : s.children(node)) {
          if (d.relation().startsWith("acl")) {
            e = attachedTo(s, d.dependent(), trigger, found);
            if (e != null) {
              return e;
            }
          }
        }
      }
      Dependency up = s.headArc(node);
      if (up == null || up.head() < 0 || CLAUSE_BOUNDARIES.contains(up.relation())
          || CLAUSE_BOUNDARIES.contains(up.baseRelation())) {
        return null;
      }
      node = up.head();
    }
    return null;
  }

  /** The sentence's other time expression, skipping those of the verbs that report the trigger's clause. */
  private static TimeExpression sentenceWide(Sentence s, int trigger, List<TimeExpression> found) {
    Set<Integer> reporters = new HashSet<>();
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(trigger); up != null && up.head() >= 0 && seen.add(up.head());
         up = s.headArc(up.head())) {
      if (REPORTING.contains(s.tokens().get(up.head()).lemmaLower())) {
        reporters.add(up.head());
      }
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression e : found) {
      int at = attachment(s, e);
      if (at != trigger && at >= 0 && REPORTING.contains(s.tokens().get(at).lemmaLower())
          || reporters.contains(at) || e.kind() == TimeExpression.Kind.ANAPHORIC && at != trigger
          || inOtherClause(s, at, trigger)) {
        continue;
      }
      int distance = Math.min(Math.abs(e.first() - trigger), Math.abs(e.last() - trigger));
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether {@code node} sits in a subordinate clause that does not hold the trigger: "said ... the city, where
   * troops shelled a school last week" lends "last week" to the shelling only, never to the saying.
   */
  private static boolean inOtherClause(Sentence s, int node, int trigger) {
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(node); node >= 0 && up != null && seen.add(node); up = s.headArc(node)) {
      if ((CLAUSE_BOUNDARIES.contains(up.relation()) || CLAUSE_BOUNDARIES.contains(up.baseRelation()))
          && !s.subtree(node).contains(trigger)) {
        return true;
      }
      node = up.head();
    }
    return false;
  }

  /** Of the expressions attached to {@code node}, the one nearest the trigger. */
  private static TimeExpression attachedTo(Sentence s, int node, int trigger, List<TimeExpression> found) {
    TimeExpression best = null;
    for (TimeExpression e : found) {
      if (attachment(s, e) == node && (best == null
          || Math.abs(e.first() - trigger) < Math.abs(best.first() - trigger))) {
        best = e;
      }
    }
    return best;
  }

  /** The token an expression modifies: the governor of its head word, or -1. */
  static int attachment(Sentence s, TimeExpression e) {
    List<Integer> heads = new ArrayList<>();
    for (int i = e.first(); i <= e.last(); i++) {
      Dependency d = s.headArc(i);
      if (d != null && (d.head() < e.first() || d.head() > e.last())) {
        heads.add(d.head());
      }
    }
    if (heads.isEmpty()) {
      return -1;
    }
    // the expression's own words hang from it; the governor of its noun is where it attaches
    for (int i = e.first(); i <= e.last(); i++) {
      Dependency d = s.headArc(i);
      Token t = s.tokens().get(i);
      if (d != null && (d.head() < e.first() || d.head() > e.last()) && (t.isNoun() || t.pos() == null
          || t.pos().equals("RB") || t.pos().equals("CD"))) {
        return d.head();
      }
    }
    return heads.get(heads.size() - 1);
  }

  /** Whether the clause around {@code node} speaks of the future: "will meet", "is meeting", "plans to meet". */
  static boolean future(Sentence s, int node) {
    Set<Integer> seen = new HashSet<>();
    while (node >= 0 && seen.add(node) && !s.tokens().get(node).isVerb()) {
      Dependency up = s.headArc(node);
      if (up == null) {
        return false;
      }
      node = up.head();
    }
    if (node < 0) {
      return false;
    }
    Token verb = s.tokens().get(node);
    boolean beAux = false;
    boolean toMark = false;
    for (Dependency d : s.children(node)) {
      Token c = s.tokens().get(d.dependent());
      String w = c.text().toLowerCase(java.util.Locale.ROOT);
      if (d.baseRelation().equals("aux")) {
        if (Set.of("will", "shall", "'ll", "wo", "going").contains(w)) {
          return true;
        }
        if (Set.of("is", "are", "am", "'s", "'re").contains(w)) {
          beAux = true;
        }
        if (w.equals("to")) {
          toMark = true;
        }
      }
      if (d.relation().equals("mark") && w.equals("to")) {
        toMark = true;
      }
    }
    if (beAux && "VBG".equals(verb.pos())) {
      return true; // "is meeting on Friday"
    }
    if (toMark) {
      Dependency up = s.headArc(node);
      if (up != null && up.head() >= 0) {
        Token governor = s.tokens().get(up.head());
        if (FORWARD.contains(governor.lemmaLower())) {
          return true;
        }
        if (governor.lemmaLower().equals("go") || governor.lemmaLower().equals("be")) {
          return future(s, up.head()) || governor.lemmaLower().equals("go");
        }
      }
    }
    return false;
  }
}
