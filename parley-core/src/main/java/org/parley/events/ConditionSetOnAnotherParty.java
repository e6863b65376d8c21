// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame;
import org.parley.events.EventLexicon.Kind;
import org.parley.events.EventLexicon.Pos;
import org.parley.time.EventDate;

/**
 * Rule {@value #NAME}: "the rebels will free the hostages only if the government releases their fighters", "the
 * army will not pull back unless the militia disarms": a party that makes its own act depend on an act of another
 * party demands that act (CAMEO 10x of what is asked), even though the act itself has not happened and is, as a
 * plain condition ("if it is attacked"), left out. The demand needs two different parties: the doer of the main
 * clause and the doer of the condition. A threat with its condition ("threatened to cut ties unless Moscow closed
 * the base") is coded as the threat alone, as CAMEO does: the threat carries the demand.
 */
final class ConditionSetOnAnotherParty {
  static final String NAME = "condition-set-on-another-party";
  /** Marks of a condition someone sets ("unless", "provided that"); a bare "if" only with "only" ("only if"). */
  private static final Set<String> SETTING = Set.of("unless", "provided", "providing");

  private ConditionSetOnAnotherParty() {}

  /**
   * @param mark the lemma of the condition clause's mark ("if", "unless")
   * @param only "only" modifies the clause or its mark ("only if")
   */
  static boolean setsACondition(String mark, boolean only) {
    return SETTING.contains(mark) || mark.equals("if") && only;
  }

  /** The demand an act in such a condition is coded as: 10x of the act asked for, or 100 for any other act. */
  static Entry entry(String lemma, Entry asked) {
    EventType type = asked == null || asked.kind() != Kind.EVENT ? null : asked.type();
    return new Entry(lemma, Pos.V, new Frame(List.of()), Kind.EVENT, EventType.REQUEST, null,
        CameoShifts.demandFor(type), Stance.DEMAND,
        "The rebels will free the hostages only if the government releases their fighters.", "rule " + NAME);
  }

  /**
   * The demand {@code demander} makes of {@code asked} by the condition coded as {@code ev}: asserted, and dated
   * when the condition was set ({@code setOn}, "announced yesterday that it will withdraw only if ...") unless the
   * condition's own words date it.
   */
  static Event demand(Event ev, String demander, String asked, EventDate setOn) {
    Event demand = new Event(ev.id(), ev.type(), ev.mode(), ev.cameo(), ev.polarity(), Modality.ASSERTED, demander,
        asked, ev.attributedTo(), ev.stance(), ev.issues(), setOn == null ? ev.date() : setOn.value(),
        setOn == null ? ev.dateText() : setOn.text(), ev.location(), ev.evidence(), ev.trigger(), ev.confidence(),
        ev.trace());
    return demand.traced(NAME, "demand by " + demander + " on " + asked + ", asserted");
  }

  /** Whether a demand has the two different parties it needs. */
  static boolean keeps(String demander, String asked) {
    return demander != null && asked != null && !demander.equals(asked);
  }
}
