// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.places.Place;

class GazetteerTest {
  private final Gazetteer bundled = Gazetteer.bundled();

  @Test
  void bundledGazetteerGeocodesTownsCountriesAndRegions() {
    assertThat(bundled.lookup("Mariupol", null)).map(Gazetteer.Entry::place).hasValueSatisfying(p -> {
      assertThat(p.country()).isEqualTo("UKR");
      assertThat(p.lat()).isBetween(46.9, 47.3);
      assertThat(p.lon()).isBetween(37.3, 37.8);
    });
    assertThat(bundled.lookup("Russia", null)).map(e -> e.country() + " " + e.feature()).contains("RUS A.PCLI");
    assertThat(bundled.lookup("the Gaza Strip", null)).map(Gazetteer.Entry::country).contains("PSE");
    assertThat(bundled.lookup("Tigray", null)).map(Gazetteer.Entry::country).contains("ETH");
    assertThat(bundled.size()).isGreaterThan(20000);
  }

  @Test
  void ambiguousNameIsTheMostPopulousUnlessTheCountryIsGiven() {
    assertThat(bundled.lookup("Tripoli", null)).map(Gazetteer.Entry::country).contains("LBY");
    assertThat(bundled.lookup("Tripoli", "LBN")).map(Gazetteer.Entry::country).contains("LBN");
  }

  @Test
  void spellingVariantsAndExonymsFindThePlace() {
    assertThat(bundled.lookup("Kiev", null)).map(Gazetteer.Entry::name).contains("Kyiv");
    assertThat(bundled.lookup("Geneva", null)).map(Gazetteer.Entry::country).contains("CHE");
    assertThat(bundled.lookup("zaporizhzhia", null)).map(Gazetteer.Entry::country).contains("UKR");
    assertThat(bundled.lookup("Zzyzxville", null)).isEmpty();
  }

  @Test
  void countryOutranksATownOfTheSameName() throws IOException {
    Gazetteer g = Gazetteer.read(new BufferedReader(new StringReader("""
        # test
        name\tascii\talternates\tcountry\tlat\tlon\tpopulation\tfeature
        Lebanon\t\t\tUSA\t40.0\t-76.0\t59000\tP.PPL
        Lebanon\t\t\tLBN\t33.9\t35.9\t4000000\tA.PCLI
        Kyiv\t\tKiev\tUKR\t50.45\t30.52\t2797553\tP.PPLC
        """)));
    assertThat(g.lookup("Lebanon", null)).map(Gazetteer.Entry::place).contains(new Place("Lebanon", "LBN", 33.9, 35.9));
    assertThat(g.country("Kiev")).isEmpty();
    assertThat(g.country("lebanon")).isPresent();
  }
}
