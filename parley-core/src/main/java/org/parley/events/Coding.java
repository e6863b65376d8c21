// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * What the coding rules decide about one event while they run, in order: its code (type, CAMEO, mode, stance) and the
 * readings that shape it (negated, intended, open, hypothetical ...). Each rule reads and changes this state and says
 * whether it fired; the coder names the fired rule in the event's {@link Trace}.
 */
final class Coding {
  EventType type;
  String cameo;
  String mode;
  Stance stance;
  boolean negated;
  boolean intend;
  /** "open to": an offer to cooperate that leaves the terms open. */
  boolean open;
  boolean hypothetical;
  /** "no longer seeking": an aim given up. */
  boolean givenUp;
  /** The trigger's own word states its doer's intent (an offer, a threat), whatever shapes it. */
  boolean selfIntent;
  /** The trigger is no event word, only an act someone must do ({@link ObligationOnAnotherParty}). */
  boolean anyAct;
  /** The act is only what another party drove its doer toward ({@link CausativeObjectActs}): intended. */
  boolean aimedAt;
  /** Someone reported saying another party must act: a demand. */
  boolean demanded;

  Coding(EventType type, String cameo, String mode, Stance stance) {
    this.type = type;
    this.cameo = cameo;
    this.mode = mode;
    this.stance = stance;
  }

  /** The code as a trace shows it: {@code REJECT 127}. */
  String code() {
    return type + " " + cameo;
  }

  /** A new code; the mode goes, as it named a kind of the old type. */
  void recode(EventType newType, String newCameo, Stance newStance) {
    type = newType;
    cameo = newCameo;
    mode = null;
    stance = newStance;
  }
}
