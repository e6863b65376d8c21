// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import static org.parley.nlp.UdRelation.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.SpeechVerbs;
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
 * Immutable and thread-safe.
 */
public final class DependencyEventDating implements EventDating {
  /** Relations across which a clause has its own time: the trigger never borrows one over them. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of(
      CCOMP, PARATAXIS, ADVCL, CSUBJ, ACL_RELCL, ACL, LIST, DEP, DISCOURSE, VOCATIVE);
  /** Verbs whose infinitive complement speaks of a later time ("plans to meet on Friday"). */
  private static final Set<String> FORWARD = Set.of(
      "plan", "expect", "schedule", "set", "due", "intend", "prepare", "aim", "hope", "agree", "promise",
      "vow", "pledge", "threaten", "want", "seek", "propose", "offer", "decide", "arrange", "urge", "ask", "call",
      "invite", "press", "demand", "appeal", "encourage");

  private final SpeechVerbs speech;

  public DependencyEventDating() {
    this(SpeechVerbs.builtIn());
  }

  /** The dating whose verbs that report speech or knowledge are the role {@code report-time} of {@code speech}. */
  public DependencyEventDating(SpeechVerbs speech) {
    this.speech = Objects.requireNonNull(speech, "speech");
  }

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
    if (chosen == null && (future(sentence, triggerToken) || obliged(sentence, triggerToken))) {
      chosen = whenSaid(sentence, triggerToken, found);
    }
    if (chosen == null) {
      return Optional.empty();
    }
    String words = sentence.span(chosen.first(), chosen.last()).of(text);
    int at = attachment(sentence, chosen);
    boolean future = future(sentence, at) || scheduled(sentence, at);
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
          if (d.relation().startsWith(ACL)) {
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
  private TimeExpression sentenceWide(Sentence s, int trigger, List<TimeExpression> found) {
    Set<Integer> reporters = new HashSet<>();
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(trigger); up != null && up.head() >= 0 && seen.add(up.head());
         up = s.headArc(up.head())) {
      if (reporting(s.tokens().get(up.head()).lemmaLower())) {
        reporters.add(up.head());
      }
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression e : found) {
      int at = attachment(s, e);
      if (at != trigger && at >= 0 && reporting(s.tokens().get(at).lemmaLower())
          || reporters.contains(at) || e.kind() == TimeExpression.Kind.ANAPHORIC && at != trigger
          || !verbless(s, trigger) && inOtherClause(s, at, trigger) || inComplement(s, at, trigger)
          || beforeOtherNoun(s, e, at, trigger)) {
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
   * Rule "a request is dated when it was made": an expression inside the trigger verb's own complement clause
   * dates what is asked, offered or planned, not the asking. "The envoy urged both sides to meet on Friday" does
   * not date the appeal to Friday.
   */
  private static boolean inComplement(Sentence s, int node, int trigger) {
    if (node < 0 || node == trigger || !s.tokens().get(trigger).isVerb() || s.child(trigger, AUX_PASS) != null) {
      return false; // "were invited to join the bloc in 1997": a passive's complement date is often its own
    }
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(node); up != null && up.head() >= 0 && seen.add(node); up = s.headArc(node)) {
      if (up.head() == trigger) {
        return up.is(XCOMP) || up.is(CCOMP);
      }
      node = up.head();
    }
    return false;
  }

  /**
   * Whether the trigger is an event noun the parse left without a verb ("Bombings at two embassies on May 7 killed
   * ...", misparsed around an unknown name): every clause then hangs below it, and none is another event's.
   */
  private static boolean verbless(Sentence s, int trigger) {
    return s.root() == trigger && s.tokens().get(trigger).isNoun();
  }

  /**
   * Rule "a date before a noun dates that noun": "condemned the handling of Wednesday's meeting", "protests over
   * the May 3 vote" date the meeting and the vote, not the condemnation or the protests.
   */
  private static boolean beforeOtherNoun(Sentence s, TimeExpression e, int node, int trigger) {
    if (node < 0 || node == trigger || node < e.last() || !s.tokens().get(node).isNoun()) {
      return false;
    }
    // only a noun inside a phrase of the trigger's ("of the vote", "over the vote"): "Monday's talks ended" is dated
    boolean prepositional = false;
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(node); up != null && up.head() >= 0 && seen.add(node); up = s.headArc(node)) {
      prepositional |= up.is(NMOD) || up.is(OBL);
      if (up.head() == trigger) {
        return prepositional;
      }
      node = up.head();
    }
    return false;
  }

  /**
   * Rule "an offer or a plan is dated when it was announced": an intended event with no time of its own takes the
   * time of the verb that reports it. "The general said on Monday that his brigades will pull back" dates the
   * pledge to Monday; when the pull-back itself happens is not said.
   */
  private TimeExpression whenSaid(Sentence s, int trigger, List<TimeExpression> found) {
    Set<Integer> seen = new HashSet<>();
    for (Dependency up = s.headArc(trigger); up != null && up.head() >= 0 && seen.add(up.head());
         up = s.headArc(up.head())) {
      if (reporting(s.tokens().get(up.head()).lemmaLower())) {
        TimeExpression when = attachedTo(s, up.head(), trigger, found);
        if (when != null) {
          return when;
        }
        // "saying on Friday that Moscow feels the talks must wait": a view reported in turn is dated when it was
        // said, so the climb goes on to the next reporting verb
      }
    }
    return null;
  }

  /**
   * Rule "a demand is dated when it was made": "said on Friday that the militia must withdraw" dates the demand, which
   * the events stage reads in the obligation, to Friday; when the withdrawal should happen is not said.
   */
  private static boolean obliged(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals(AUX) && Set.of("must", "should", "ought").contains(s.tokens().get(d.dependent())
          .lemmaLower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time of the sentence's main clause, resolved against {@code reference}: what a following sentence that
   * names no time of its own goes on from ("On Sunday, police said they had found the car. They gave no details.").
   */
  public Optional<String> mainClauseTime(Sentence s, LocalDate reference) {
    int root = s.root();
    for (TimeExpression e : TimeExpressions.find(s)) {
      if (root >= 0 && attachment(s, e) == root && e.kind() != TimeExpression.Kind.ANAPHORIC) {
        return e.resolve(reference, future(s, root) || scheduled(s, root));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code t} is a verb of speech or knowledge, whose time is the report's. */
  public boolean reports(Token t) {
    return reporting(t.lemmaLower());
  }

  /**
   * Verbs that report speech or knowledge (role {@code report-time} in {@code speech-verbs.tsv}): their time is the
   * report's, not the event's.
   */
  private boolean reporting(String lemma) {
    return speech.is(lemma, SpeechVerbs.Role.REPORT_TIME);
  }

  /** Whether a verb of speech in {@code s} carries a time expression ("said on Monday", "announced yesterday"). */
  public boolean reportIsTimed(Sentence s) {
    for (TimeExpression e : TimeExpressions.find(s)) {
      int at = attachment(s, e);
      if (at >= 0 && reporting(s.tokens().get(at).lemmaLower())) {
        return true;
      }
    }
    return false;
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
  public static int attachment(Sentence s, TimeExpression e) {
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

  /**
   * Rule "a timetable in the present tense is ahead": "the two leaders meet Monday", "the council votes on Friday"
   * name the coming day; a verb of speech in the present ("says Monday", headline style) does not.
   */
  boolean scheduled(Sentence s, int node) {
    if (node < 0) {
      return false;
    }
    Token verb = s.tokens().get(node);
    String pos = verb.pos() == null ? "" : verb.pos();
    if (!pos.equals("VBP") && !pos.equals("VBZ") && !pos.equals("VB") || reporting(verb.lemmaLower())) {
      return false;
    }
    for (Dependency d : s.children(node)) {
      String rel = d.baseRelation();
      if (rel.equals(AUX) || rel.equals(MARK) || rel.equals(COP) || rel.equals(AUX_PASS)) {
        return false; // "has met", "to meet", "is open", "must meet": read by future()
      }
    }
    return s.child(node, NSUBJ) != null;
  }

  /** Whether the clause around {@code node} speaks of the future: "will meet", "is meeting", "plans to meet". */
  public static boolean future(Sentence s, int node) {
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
      if (d.is(AUX)) {
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
      if (d.relation().equals(MARK) && w.equals("to")) {
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
