// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * Rule {@value #NAME}: in "the cabinet's decision to expel the envoy", "the ruling by the court to free the
 * detainees" or "Moscow's plan to cut gas supplies", the act of the infinitive is done by whose the decision or plan
 * is (its possessor, its "by" phrase, its adjective), as "the cabinet decided to expel the envoy" is the cabinet's
 * act. The noun shapes the act as the verb would (the lexicon's {@code inf} rows: a decision or vote as "decided to",
 * a plan as "plans to"). Without the rule the parser's subject of the infinitive is the whole noun phrase, whose
 * first actor may be whom the act falls on ("the decision to expel two Cuban diplomats" done by Cuba).
 */
final class DecisionNounOwnerActs {
  static final String NAME = "owner-of-the-decision-acts";
  static final String REPORTED = "decided-force-is-reported";
  /** Verbs whose subject holds the deciding noun that is their object ("has no intention to", "took a decision to"). */
  static final Set<String> HOLDING = Set.of("have", "make", "take", "reach", "announce");
  /** Verbs whose subject is given the event noun that is their object ("had orders to shoot", "received an order to"). */
  static final Set<String> RECEIVING = Set.of("have", "receive", "get");
  /** Step: the subject of such a verb is whom the noun's act (an order) is aimed at, not its doer. */
  static final String RECEIVER = "receiver-of-the-order-is-target";
  /** Step naming whom the infinitive of an event noun aims the act at ("Russia's proposal to hold talks with Kyiv"). */
  static final String TARGET = "target-of-the-nouns-infinitive";

  private DecisionNounOwnerActs() {}

  /**
   * Whose the decision at {@code decider} is, not any party its phrase names ("the cabinet's decision to expel the
   * envoy"); else who holds it ("Egypt has no intention to close the border", "the cabinet took a decision to").
   */
  static String owner(TriggerSyntax parse, int decider, String speaker) {
    String owner = parse.arguments.nounActors(decider, EventType.AGREE)[0];
    Dependency held = parse.arc(decider);
    if (owner == null && held != null && held.relation().equals(OBJ)
        && HOLDING.contains(parse.tok.get(held.head()).lemmaLower())) {
      owner = parse.arguments.actorOf(parse.arguments.subjectOf(held.head()), speaker);
    }
    return owner;
  }

  /** Whether an act hanging by {@code rel} from a word of entry {@code e} is the infinitive of a deciding noun. */
  static boolean infinitiveOf(Entry e, boolean noun, String rel) {
    return e != null && noun && e.frame().has(Flag.INFINITIVE) && e.kind() != Kind.EVENT
        && (rel.equals(ACL) || rel.equals(XCOMP));
  }

  /**
   * The deciding noun whose infinitive verb {@code v} is, read past the parser's misattachments
   * ({@link EventLexicon.Frame#infinitiveOf}), when the parse does not hang {@code v} from it; or -1.
   */
  static int misattachedNounOf(TriggerSyntax parse, int v) {
    int mark = -1;
    for (int m : ParseReadings.children(parse.s, v, MARK)) {
      mark = parse.tok.get(m).lemmaLower().equals("to") ? m : mark; // not "after" in "after X's order to"
    }
    int n = mark - 1;
    if (mark < 1 || parse.lex[n] == null || !parse.lex[n].frame().has(Flag.INFINITIVE) || !parse.tok.get(n).isNoun()) {
      return -1;
    }
    Dependency d = parse.arc(v);
    return (d == null || d.head() != n) && EventLexicon.Frame.infinitiveOf(parse.s, n) == v ? n : -1;
  }

  /**
   * Rule {@value #REPORTED}: whether force under deciding noun {@code n} is reported as its owner's deed even where
   * another event names the decision ("condemned Washington's decision to expel two diplomats"), as a forceful deed
   * with its own doer is ("condemned the shelling by the army"). Only a decision made (a decision, ruling or
   * vote), by a named owner, and only force: a plan is no deed yet, and a cooperative act decided is often only
   * ordered for later, what the event naming it disputes.
   */
  static boolean reported(TriggerSyntax parse, int n, EventType act) {
    Entry e = parse.lex[n];
    return e != null && e.kind() == Kind.ASPECT && e.frame().has(Flag.INFINITIVE) && parse.tok.get(n).isNoun()
        && CameoShifts.FORCEFUL.contains(act) && parse.arguments.nounActors(n, EventType.AGREE)[0] != null;
  }
}
