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
}
