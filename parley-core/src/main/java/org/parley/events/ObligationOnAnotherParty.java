// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame;
import org.parley.events.EventLexicon.Kind;
import org.parley.events.EventLexicon.Pos;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: "the envoy said the militia must comply with the ruling", "Seoul believes Pyongyang has to
 * return to the table": what one party says another must do is a demand (CAMEO 100), whatever the act, even when the
 * act is no event word of the lexicon. The verb becomes a candidate only when an obligation sits on it; the
 * candidate is kept only when {@link ReportedObligationIsDemand} fires (a speech or belief verb above it, no negation)
 * and the demand has a speaker and an addressee who differ ("the minister said the country must prepare" asks
 * nothing of another party).
 */
final class ObligationOnAnotherParty {
  static final String NAME = "obligation-on-another-party";
  private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
  /**
   * Verbs of state, not of action: "the boy should stay with his father", "the ruling must remain in force" ask no
   * act of their subject (what they ask of others, the sentence does not say).
   */
  private static final Set<String> STATES = Set.of("be", "remain", "stay", "live", "exist", "belong", "lie", "seem");

  private ObligationOnAnotherParty() {}

  /**
   * Whether verb {@code i}, which no lexicon entry covers, is an act and carries an obligation: a modal of obligation among
   * {@code auxiliaries}, or "has to" / "ought to" above it.
   */
  static boolean obliged(Sentence s, int i, List<String> auxiliaries) {
    if (STATES.contains(s.tokens().get(i).lemmaLower())) {
      return false;
    }
    if (auxiliaries.stream().anyMatch(OBLIGING::contains)) {
      return true;
    }
    if (auxiliaries.contains("have") && ParseReadings.child(s, i, MARK) >= 0) {
      return true; // "has to return", when the parser hangs "has" on the verb as an auxiliary
    }
    Dependency up = s.headArc(i);
    return up != null && up.head() >= 0 && up.relation().equals(XCOMP)
        && Set.of("have", "ought").contains(s.tokens().get(up.head()).lemmaLower()) && ParseReadings.child(s, i, MARK) >= 0;
  }

  /** The lexicon entry a candidate verb is coded with: a demand, refined by the rules like any other. */
  static Entry entry(String lemma) {
    return new Entry(lemma, Pos.V, new Frame(List.of()), Kind.EVENT, EventType.REQUEST, null, "100", Stance.DEMAND,
        "The envoy said the militia must comply with the ruling.", "rule " + NAME);
  }

  /**
   * Whether the coded candidate is a demand by one party on another (else it is left out). A passive act ("the
   * prisoners must be freed", "the two should be reunited") is a demand on whoever would do it, even unnamed: the
   * speaker asks it of someone else, never of the ones it is done to.
   *
   * @param passive the obliged verb is passive
   */
  static boolean keeps(Event e, boolean passive) {
    return e.type() == EventType.REQUEST && e.polarity() == Polarity.POSITIVE && e.source() != null
        && (e.target() != null && !e.source().equals(e.target()) || passive && e.target() == null)
        && e.trace().steps().stream().anyMatch(step -> step.rule().equals(ReportedObligationIsDemand.NAME));
  }
}
