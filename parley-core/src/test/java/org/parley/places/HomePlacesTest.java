// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;

/** Parses written out in CoreNLP's UD style so the test needs no models; the sentences are our own. */
class HomePlacesTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  /** "The presidents of Latvia and Lithuania signed the treaty in ceremonies in Riga and Vilnius." */
  private static final String TWO_CAPITALS = "The/DT/1/det presidents|president/NNS/6/nsubj of/IN/3/case "
      + "Latvia/NNP/LOCATION/1/nmod and/CC/5/cc Lithuania/NNP/LOCATION/3/conj signed|sign/VBD/-1/root the/DT/8/det "
      + "treaty/NN/6/obj in/IN/10/case ceremonies|ceremony/NNS/6/obl in/IN/12/case Riga/NNP/LOCATION/10/nmod "
      + "and/CC/14/cc Vilnius/NNP/LOCATION/12/conj ././6/punct";

  private Optional<String> atHome(String parse, String country) {
    ParsedText p = ParsedText.of(parse);
    return HomePlaces.atHome(p.sentence(), gazetteer, country).map(pl -> pl.name() + "/" + pl.country());
  }

  @Test
  void eachStateSignsInItsOwnTownWhenTheSentenceNamesOneTownOfEach() {
    assertThat(atHome(TWO_CAPITALS, "LVA")).contains("Riga/LVA");
    assertThat(atHome(TWO_CAPITALS, "LTU")).contains("Vilnius/LTU");
  }

  @Test
  void aStateWithNoTownOfItsOwnInTheSentenceStaysUnplaced() {
    assertThat(atHome(TWO_CAPITALS, "EST")).isEmpty();
  }

  @Test
  void oneTownAloneIsNoDistributionAndIsLeftToTheOtherRules() {
    String s = "Uganda/NNP/LOCATION/1/nsubj signed|sign/VBD/-1/root the/DT/3/det accord/NN/1/obj in/IN/5/case "
        + "Kampala/NNP/LOCATION/1/obl ././1/punct";
    assertThat(atHome(s, "UGA")).isEmpty();
  }
}
