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
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "militia/militia/NN/O>6:nsubj", "must/must/MD/O>6:aux", "comply/comply/VB/O>2:ccomp",
        "with/with/IN/O>9:case", "the/the/DT/O>9:det", "ruling/ruling/NN/O>6:obl", "./././O>2:punct")
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
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "militia/militia/NN/O>3:nsubj", "must/must/MD/O>3:aux", "comply/comply/VB/O>-1:root",
        "with/with/IN/O>6:case", "the/the/DT/O>6:det", "ruling/ruling/NN/O>3:obl", "./././O>3:punct")
        .actor("act-2", "the militia", 0, 1)
        .code();

    assertThat(events).isEmpty();
  }

  /** "The ministry said the militia must not comply." — a negated obligation is left to the lexicon's own words. */
  @Test
  void aNegatedObligationIsNoDemandOfAnyAct() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "militia/militia/NN/O>7:nsubj", "must/must/MD/O>7:aux", "not/not/RB/O>7:advmod",
        "comply/comply/VB/O>2:ccomp", "./././O>2:punct")
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
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "families/family/NNS/O>7:nsubj:pass", "must/must/MD/O>7:aux", "be/be/VB/O>7:aux:pass",
        "reunited/reunite/VBN/O>2:ccomp", "./././O>2:punct")
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
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "families/family/NNS/O>6:nsubj", "must/must/MD/O>6:aux",
        "move/move/VB/O>2:ccomp", "./././O>2:punct")
        .actor("act-1", "Ministry", 1, 1)
        .code();

    assertThat(events).isEmpty();
  }

  /** "The envoy said the rebels should remain in the hills." — a state, not an act, asked of a party. */
  @Test
  void aStateIsNoAct() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "envoy/envoy/NN/O>2:nsubj", "said/say/VBD/O>-1:root",
        "the/the/DT/O>4:det", "rebels/rebel/NNS/O>6:nsubj", "should/should/MD/O>6:aux", "remain/remain/VB/O>2:ccomp",
        "in/in/IN/O>9:case", "the/the/DT/O>9:det", "hills/hill/NNS/O>6:obl", "./././O>2:punct")
        .actor("act-1", "envoy", 1, 1).actor("act-2", "the rebels", 3, 4)
        .code();

    assertThat(events).isEmpty();
  }

  /** "Seoul said Pyongyang has to return to the table." — "has" hung on the verb as an auxiliary. */
  @Test
  void hasToObligesAsMustDoes() {
    List<Event> events = new Parsed().sentence(
        "Seoul/Seoul/NNP/LOCATION>1:nsubj", "said/say/VBD/O>-1:root", "Pyongyang/Pyongyang/NNP/LOCATION>5:nsubj",
        "has/have/VBZ/O>5:aux", "to/to/TO/O>5:mark", "return/return/VB/O>1:ccomp", "to/to/IN/O>8:case",
        "the/the/DT/O>8:det", "table/table/NN/O>5:obl", "./././O>1:punct")
        .actor("act-1", "Seoul", 0, 0).actor("act-2", "Pyongyang", 2, 2)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }
}
