// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/** Rule causative-object-acts: the object of "pressured X into", "provoked X into" does the act, if anyone does. */
class CausativeObjectActsTest {
  @Test
  void theObjectPressuredIntoSigningSignsAsAnAimNotADeed() {
    List<Event> events = new CodedArticle().sentence(
        "Washington/NNP/1/nsubj pressured|pressure/VBD/-1/root the/DT/3/det rebels|rebel/NNS/1/obj into/IN/5/mark "
            + "signing|sign/VBG/1/advcl the/DT/7/det accord/NN/5/obj ././1/punct")
        .state("act-1", "United States", "USA", 0, 0)
        .actor("act-2", "Sudanese rebels", 2, 3, MentionKind.DESCRIPTION, "SDN", "REB")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.target()).isNull(); // not the one who pressed for it
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
      assertThat(e.trace().toString()).contains(CausativeObjectActs.NAME);
    });
    assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }

  @Test
  void forceOneIsProvokedIntoIsNeitherTheCausersNorAThreat() {
    List<Event> events = new CodedArticle().sentence(
        "Moscow/NNP/1/nsubj provoked|provoke/VBD/-1/root Kyiv/NNP/1/obj into/IN/4/mark attacking|attack/VBG/1/advcl "
            + "the/DT/6/det convoy/NN/4/obj ././1/punct")
        .state("act-1", "Russia", "RUS", 0, 0)
        .state("act-2", "Ukraine", "UKR", 2, 2)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void anEventNounOneIsForcedIntoIsTheObjects() {
    List<Event> events = new CodedArticle().sentence(
        "Mounting/VBG/1/amod losses|loss/NNS/2/nsubj forced|force/VBD/-1/root the/DT/4/det government/NN/2/obj "
            + "into/IN/6/case talks|talk/NNS/2/obl with/IN/9/case the/DT/9/det rebels|rebel/NNS/6/nmod ././2/punct")
        .state("act-1", "Chad", "TCD", 3, 4)
        .actor("act-2", "Chadian rebels", 8, 9, MentionKind.DESCRIPTION, "TCD", "REB")
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.CONSULT);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void intoAsAnAdverbOverTheGerundStillNamesTheObject() {
    // the parser's reading of "tried to scare X into supporting": "into" an adverb, the gerund hanging from it
    List<Event> events = new CodedArticle().sentence(
        "Moscow/NNP/1/nsubj tried|try/VBD/-1/root to/TO/3/mark scare/VB/1/xcomp Belarus/NNP/3/obj into/IN/3/advmod "
            + "supporting|support/VBG/5/dep the/DT/8/det plan/NN/6/obj ././1/punct")
        .state("act-1", "Russia", "RUS", 0, 0)
        .state("act-2", "Belarus", "BLR", 4, 4)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.SUPPORT);
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void anAmbushOneIsLuredIntoFallsOnTheObject() {
    List<Event> events = new CodedArticle().sentence(
        "Rebels|rebel/NNS/1/nsubj lured|lure/VBD/-1/root the/DT/4/det Chadian/JJ/4/amod army/NN/1/obj into/IN/7/case "
            + "an/DT/7/det ambush/NN/1/obl ././1/punct")
        .actor("act-1", "Chadian military", 2, 4, MentionKind.DESCRIPTION, "TCD", "MIL")
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(e.target()).isEqualTo("act-1");
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void theOneDrivenIntoAnActInThePassiveDoesItAndTheAgentDoesNot() {
    List<Event> events = new CodedArticle().sentence(
        "Kyiv/NNP/2/nsubj:pass was|be/VBD/2/aux:pass goaded|goad/VBN/-1/root into/IN/5/case an/DT/5/det "
            + "offensive/NN/2/obl by/IN/7/case Moscow/NNP/2/obl ././2/punct")
        .state("act-1", "Ukraine", "UKR", 0, 0)
        .state("act-2", "Russia", "RUS", 7, 7)
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isNotEqualTo("act-1");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }

  @Test
  void anActOneIsPressuredIntoIsNotWhatThePressureAsksOnly() {
    List<Event> events = new CodedArticle().sentence(
        "The/DT/1/det rebels|rebel/NNS/3/nsubj:pass were|be/VBD/3/aux:pass pressured|pressure/VBN/-1/root "
            + "into/IN/5/case signing|sign/VBG/3/obl the/DT/7/det accord/NN/5/obj ././3/punct")
        .actor("act-1", "Sudanese rebels", 0, 1, MentionKind.DESCRIPTION, "SDN", "REB")
        .code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
  }
}
