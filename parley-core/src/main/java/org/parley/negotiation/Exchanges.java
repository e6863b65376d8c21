// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.events.Event;
import org.parley.events.Stance;

/**
 * Rule {@value #RULE}: two sides negotiate when one puts a proposal (a demand or an offer, to anyone) and the other
 * answers it, addressing the proposer: rejects or opposes it, accepts it, agrees to it, says it is open to it, or
 * counters with a demand or offer of its own. "Caracas offered to pull its troops back if Georgetown froze drilling;
 * Washington rejected the plan" puts Venezuela and the United States in a negotiation although the offer was put to
 * neither of them.
 *
 * <p>A conditional offer is a proposal too ("would withdraw only if"), and a refusal of what is still to come ("will
 * never accept") an answer. An answer naming issues answers only proposals on one of them; an answer naming none
 * ("rejected the proposals") answers every proposal of the addressee, and takes its verdict on their issue when they
 * concern one. Support is no answer: a side that backs another's demand is its ally, not its counterpart.
 */
final class Exchanges {
  /** The rule's name, as the board's documentation and tests call it. */
  static final String RULE = "answered-proposal";

  /** Stances that put something on the table. */
  private static final Set<Stance> PROPOSING = Set.of(Stance.DEMAND, Stance.OFFER);
  /**
   * Stances that give a verdict on what was put on the table: an answer of these takes the proposal's issue. An
   * agreement is not one: it settles what it names, not whatever the other side once asked.
   */
  private static final Set<Stance> VERDICTS = Set.of(Stance.REJECT, Stance.OPPOSE, Stance.ACCEPT, Stance.OPEN);

  private final Sides sides;
  private final List<Event> events;

  Exchanges(Sides sides, List<Event> events) {
    this.sides = sides;
    this.events = events;
  }

  /** Whether {@code e} answers a proposal of the side it addresses (the two sides then negotiate). */
  boolean answers(Event e) {
    return !answered(e).isEmpty();
  }

  /**
   * The issues {@code e} takes a position on: its own, or for a verdict that names none, the issue of the proposals
   * it answers ("rejected the proposals" rejects what they proposed) when they put one issue on the table; when
   * they put several, which one it answers is not said.
   */
  List<String> issuesOf(Event e) {
    Stance stance = EventBoardBuilder.stanceOf(e);
    if (!e.issues().isEmpty() || stance == null || !VERDICTS.contains(stance)) {
      return e.issues();
    }
    Set<String> out = new LinkedHashSet<>();
    answered(e).forEach(p -> out.addAll(p.issues()));
    return out.size() == 1 ? new ArrayList<>(out) : List.of();
  }

  /**
   * The proposals {@code e} answers: those the side it addresses put to others than itself (what a government
   * asks of its own ministers is no offer to anyone), on one of the answer's issues when it names any. A verdict
   * may be passed on a proposal put to anyone; a counter-demand or counter-offer answers only what was put to its
   * maker or to no one in particular (urging an ally on in its demand of a third side is no counter).
   */
  private List<Event> answered(Event e) {
    String by = sides.sideOf(e.source());
    String to = sides.sideOf(e.target());
    Stance stance = EventBoardBuilder.stanceOf(e);
    if (by == null || to == null || by.equals(to) || stance == null || stance == Stance.SUPPORT) {
      return List.of();
    }
    boolean counter = PROPOSING.contains(stance);
    List<Event> out = new ArrayList<>();
    for (Event p : events) {
      Stance put = p == e ? null : EventBoardBuilder.stanceOf(p);
      String putTo = sides.sideOf(p.target());
      if (put != null && PROPOSING.contains(put) && to.equals(sides.sideOf(p.source())) && !to.equals(putTo)
          && (!counter || putTo == null || putTo.equals(by)) && onIssue(e, p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean onIssue(Event answer, Event proposal) {
    return answer.issues().isEmpty() || proposal.issues().stream().anyMatch(answer.issues()::contains);
  }
}
