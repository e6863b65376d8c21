// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * What makes an act a mediation, decided here for the events stage and the negotiation board. The cue words are
 * data: the event lexicon gives a third party's part in talks between others ("mediated", "brokered", "under the
 * mediation of") mode {@value #MODE} and CAMEO {@value #CAMEO}; hosting talks is read by the board from CAMEO 043
 * and {@code negotiation/talk-words.tsv}. The rules ask at different points and each keeps the test it was measured
 * with: while actors are assigned only the mode is known; after coding the code may have moved on (an intent to
 * mediate is 039), and a user's lexicon may spell the mode otherwise.
 */
public final class Mediation {
  /** The PLOVER mode of a third party's act between others. */
  public static final String MODE = "third-party";
  /** CAMEO 045, mediate. */
  public static final String CAMEO = "045";

  private Mediation() {}

  /** Whether {@code mode} is a third party's: what the actor rules know before the event is coded. */
  static boolean byThirdParty(String mode) {
    return MODE.equals(mode);
  }

  /** Talks a third party holds between others ("C, who mediated the meeting"): CONSULT in the third-party mode. */
  static boolean thirdPartyTalks(Event e) {
    return e.type() == EventType.CONSULT && byThirdParty(e.mode());
  }

  /** An act of a mediator by mode or by code, of any type: never the talks of the two sides themselves. */
  static boolean byModeOrCode(Event e) {
    return byThirdParty(e.mode()) || CAMEO.equals(e.cameo());
  }

  /**
   * A mediation on the negotiation board: CONSULT with CAMEO 045 or a mediator's mode, spelled {@value #MODE} or
   * {@code mediate} in any case (a user's lexicon may use PLOVER's word).
   */
  public static boolean onTheBoard(Event e) {
    return e.type() == EventType.CONSULT && (CAMEO.equals(e.cameo())
        || "mediate".equalsIgnoreCase(e.mode()) || MODE.equalsIgnoreCase(e.mode()));
  }
}
