// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;

/** The tests of "is this a mediation" that the rules were measured with, side by side. */
class MediationTest {
  @Test
  void theLexiconsMediationIsOneForEveryRule() {
    Event mediated = event(EventType.CONSULT, "third-party", "045");

    assertThat(Mediation.byThirdParty(mediated.mode())).isTrue();
    assertThat(Mediation.thirdPartyTalks(mediated)).isTrue();
    assertThat(Mediation.byModeOrCode(mediated)).isTrue();
    assertThat(Mediation.onTheBoard(mediated)).isTrue();
  }

  @Test
  void talksOfTheTwoSidesAreNoMediation() {
    Event talks = event(EventType.CONSULT, null, "046");

    assertThat(Mediation.thirdPartyTalks(talks)).isFalse();
    assertThat(Mediation.byModeOrCode(talks)).isFalse();
    assertThat(Mediation.onTheBoard(talks)).isFalse();
  }

  @Test
  void theRulesDifferWhereTheCodeOrTheSpellingOfTheModeDoes() {
    // coded 045 without the mode: no third party's talks for the actor rules, a mediation for the others
    Event coded = event(EventType.CONSULT, null, "045");
    assertThat(Mediation.thirdPartyTalks(coded)).isFalse();
    assertThat(Mediation.byModeOrCode(coded)).isTrue();
    assertThat(Mediation.onTheBoard(coded)).isTrue();
    // PLOVER's word for the mode, as a user's lexicon may write it: the board reads it
    Event plover = event(EventType.CONSULT, "Mediate", "04");
    assertThat(Mediation.onTheBoard(plover)).isTrue();
    assertThat(Mediation.byModeOrCode(plover)).isFalse();
    // a mediator's mode on another type: not talks, but never the two sides' own act either
    Event agreed = event(EventType.AGREE, "third-party", "03");
    assertThat(Mediation.onTheBoard(agreed)).isFalse();
    assertThat(Mediation.byModeOrCode(agreed)).isTrue();
  }

  private static Event event(EventType type, String mode, String cameo) {
    return new Event("ev-1", type, mode, cameo, Polarity.POSITIVE, Modality.ASSERTED, "act-1", "act-2", null, null,
        List.of(), null, null, null, List.of(new Span(0, 10)), new Span(0, 5), 0.9);
  }
}
