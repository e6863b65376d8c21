// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 3);
  private final Gazetteer gazetteer = Gazetteer.bundled();

  private Optional<Dateline> read(String text) {
    return Dateline.read(text, PUBLISHED, gazetteer);
  }

  @Test
  void capitalsWithCountryAndAgencyPlaceTheStory() {
    Optional<Dateline> d = read("KHARTOUM, Sudan (Reuters) -- The army said on Friday it had retaken the bridge.");
    assertThat(d).map(x -> x.place().name() + "/" + x.place().country()).contains("Khartoum/SDN");
    assertThat(d.get().date()).isNull();
  }

  @Test
  void aDatelineDayWithoutYearIsTheLatestNotAfterPublication() {
    Optional<Dateline> d = read("ODESA, May 2 (AFP) - Drones struck the port overnight.");
    assertThat(d).map(Dateline::date).contains(LocalDate.of(2025, 5, 2));
    assertThat(d).map(x -> x.place().country()).contains("UKR");
    // a December dateline read in early January is last year's
    assertThat(Dateline.read("GAZA CITY, Dec. 30 (AP) _", LocalDate.of(2025, 1, 2), gazetteer))
        .map(Dateline::date).contains(LocalDate.of(2024, 12, 30));
  }

  @Test
  void anAgencyLineWithoutAKnownTownStillOpensAStory() {
    Optional<Dateline> d = read("UNITED NATIONS (AP) _\n\nThe council met on Tuesday.");
    assertThat(d).isPresent();
    assertThat(d.get().place()).isNull();
  }

  @Test
  void aHeadingInCapitalsIsNoDateline() {
    assertThat(read("UPDATE: talks resume in the capital")).isEmpty();
    assertThat(read("The talks resumed in the capital - officials said.")).isEmpty();
  }
}
