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
  private static final String TWO_CAPITALS = "The/DT/O/1/det presidents|president/NNS/O/6/nsubj of/IN/O/3/case "
      + "Latvia/NNP/LOCATION/1/nmod and/CC/O/5/cc Lithuania/NNP/LOCATION/3/conj signed|sign/VBD/O/-1/root "
      + "the/DT/O/8/det treaty/NN/O/6/obj in/IN/O/10/case ceremonies|ceremony/NNS/O/6/obl in/IN/O/12/case "
      + "Riga/NNP/LOCATION/10/nmod and/CC/O/14/cc Vilnius/NNP/LOCATION/12/conj ././O/6/punct";

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
    String s = "Uganda/NNP/LOCATION/1/nsubj signed|sign/VBD/O/-1/root the/DT/O/3/det accord/NN/O/1/obj "
        + "in/IN/O/5/case Kampala/NNP/LOCATION/1/obl ././O/1/punct";
    assertThat(atHome(s, "UGA")).isEmpty();
  }
}
