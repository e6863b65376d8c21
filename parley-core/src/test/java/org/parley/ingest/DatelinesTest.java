// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void readsTheDateFormsNewsPagesPrint() {
    assertThat(Datelines.find("Posted Sept. 4, 2025 by the Nairobi desk")).contains(LocalDate.of(2025, 9, 4));
    assertThat(Datelines.find("Tuesday, 4th September 2025")).contains(LocalDate.of(2025, 9, 4));
    assertThat(Datelines.find("filed 2025-09-04T08:00Z")).contains(LocalDate.of(2025, 9, 4));
    assertThat(Datelines.find("Jun 30 2024")).contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void aDayThatTheMonthDoesNotHaveIsNoDate() {
    assertThat(Datelines.find("February 30, 2025")).isEmpty();
  }

  @Test
  void aLineThatIsOnlyADateBelongsToThePage() {
    assertThat(Datelines.isBareDate("Updated: Mar. 11, 2022 at 10:30 GMT")).isTrue();
    assertThat(Datelines.isBareDate("On March 11, 2022 the ministers met in the resort town.")).isFalse();
  }

  @Test
  void aWireDatelineOpeningAParagraphDatesTheStory() {
    assertThat(Datelines.wireDateline("YEREVAN, March 14, 2026 (Wire) - A ceasefire collapsed on Saturday."))
        .contains(LocalDate.of(2026, 3, 14));
    assertThat(Datelines.wireDateline("Port Sudan, Sudan, 3 May 2025 — The army said on Friday ..."))
        .contains(LocalDate.of(2025, 5, 3));
    assertThat(Datelines.wireDateline("The two sides met on March 14, 2026 - and agreed nothing.")).isEmpty();
    assertThat(Datelines.wireDateline("GENEVA, March 14 (Wire) - Talks resumed.")).isEmpty(); // no year: no date
  }
}
