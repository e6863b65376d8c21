// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Team-written sentences, hand-parsed in CoreNLP's UD style. */
class ObligationOnAnotherPartyTest {

  /** "The ministry said the militia must comply with the ruling." — "comply" is no event word of the lexicon. */
  @Test
  void whatASpeakerSaysAnotherPartyMustDoIsTheirDemand() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det militia/NN/6/nsubj must/MD/6/aux "
            + "comply/VB/2/ccomp with/IN/9/case the/DT/9/det ruling/NN/6/obl ././2/punct")
        .actor("act-1", "Ministry", 1, 1).actor("act-2", "the militia", 3, 4)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.cameo()).isEqualTo("100");
      assertThat(e.stance()).isEqualTo(Stance.DEMAND);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.trace().toString()).contains(ObligationOnAnotherParty.NAME, ReportedObligationIsDemand.NAME);
    });
  }

  /** "The militia must comply with the ruling." — the writer's own view: no one is reported demanding it. */
  @Test
  void anObligationNoOneIsReportedToPutIsNoDemand() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det militia/NN/3/nsubj must/MD/3/aux comply/VB/-1/root with/IN/6/case the/DT/6/det ruling/NN/3/obl "
            + "././3/punct")
        .actor("act-2", "the militia", 0, 1)
        .code();

    assertThat(events).isEmpty();
  }

  /** "The ministry said the militia must not comply." — a negated obligation is left to the lexicon's own words. */
  @Test
  void aNegatedObligationIsNoDemandOfAnyAct() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det militia/NN/7/nsubj must/MD/7/aux "
            + "not/RB/7/advmod comply/VB/2/ccomp ././2/punct")
        .actor("act-1", "Ministry", 1, 1).actor("act-2", "the militia", 3, 4)
        .code();

    assertThat(events).isEmpty();
  }

  /**
   * "The ministry said the families must be reunited." — a passive act is asked of whoever would do it, unnamed; the
   * families it is done to are not its addressee.
   */
  @Test
  void aPassiveActIsADemandOnAnUnnamedParty() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det families|family/NNS/7/nsubj:pass "
            + "must/MD/7/aux be/VB/7/aux:pass reunited|reunite/VBN/2/ccomp ././2/punct")
        .actor("act-1", "Ministry", 1, 1)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isNull();
    });
  }

  /** "The ministry said the families must move." — active, and no other party named: no demand on anyone. */
  @Test
  void anActiveActOfNoNamedPartyIsNoDemand() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det families|family/NNS/6/nsubj "
            + "must/MD/6/aux move/VB/2/ccomp ././2/punct")
        .actor("act-1", "Ministry", 1, 1)
        .code();

    assertThat(events).isEmpty();
  }

  /** "The envoy said the rebels should remain in the hills." — a state, not an act, asked of a party. */
  @Test
  void aStateIsNoAct() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det envoy/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det rebels|rebel/NNS/6/nsubj should/MD/6/aux "
            + "remain/VB/2/ccomp in/IN/9/case the/DT/9/det hills|hill/NNS/6/obl ././2/punct")
        .actor("act-1", "envoy", 1, 1).actor("act-2", "the rebels", 3, 4)
        .code();

    assertThat(events).isEmpty();
  }

  /** "Seoul said Pyongyang has to return to the table." — "has" hung on the verb as an auxiliary. */
  @Test
  void hasToObligesAsMustDoes() {
    new CodedArticle().sentence(
        "Seoul/NNP/LOCATION/1/nsubj said|say/VBD/-1/root Pyongyang/NNP/LOCATION/5/nsubj has|have/VBZ/5/aux "
            + "to/TO/5/mark return/VB/1/ccomp to/IN/8/case the/DT/8/det table/NN/5/obl ././1/punct")
        .actor("act-1", "Seoul", 0, 0).actor("act-2", "Pyongyang", 2, 2)
        .assertOneEvent(EventType.REQUEST, "act-1", "act-2");
  }
}
