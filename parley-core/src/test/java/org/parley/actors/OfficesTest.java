// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Secretary of State               | foreign minister                  | 2 | foreign ministers
      Minister of Foreign Affairs      | foreign minister                  | 2 | foreign ministers
      Minister of External Affairs     | foreign minister                  | 2 | foreign ministers
      Foreign Secretary                | foreign minister                  | 2 | foreign ministers
      Deputy Minister of Foreign Affairs | deputy minister of foreign affairs | 2 | ministers
      Defence Secretary                | defence minister                  | 2 | defence ministers
      Secretary of Defense             | defence minister                  | 2 | defence ministers
      Premier                          | prime minister                    | 1 | leaders
      Prime Minister                   | prime minister                    | 1 | leaders
      Deputy Prime Minister            | deputy prime minister             | 2 | ministers
      President                        | president                         | 0 | leaders
      Acting President                 | acting president                  | 0 | leaders
      Vice President                   | vice president                    | 2 | delegations
      Presidential Adviser             | presidential adviser              | 2 | delegations
      King                             | king                              | 0 | leaders
      NATO Secretary General           | nato secretary general            | 0 | delegations
      UN Secretary-General             | un secretary-general              | 0 | delegations
      Minister of Finance              | minister of finance               | 2 | ministers
      Special Envoy                    | special envoy                     | 2 | delegations
      """)
  void classesEachRoleOnce(String role, String job, int rank, String level) {
    Offices.Office office = Offices.of(role);
    assertEquals(job, office.job(), "job");
    assertEquals(rank, office.rank(), "rank");
    assertEquals(level, office.level(), "level");
  }

  @Test
  void noRoleIsNoOffice() {
    assertNull(Offices.of(null));
    assertEquals(3, Offices.rank(null));
    assertNull(Offices.level(null));
    assertNull(Offices.job(null));
  }

  @Test
  void aWordInsideAnotherWordDoesNotCount() {
    // "presidential" is not "president", "speaking" is not "king": whole words only
    assertEquals(2, Offices.rank("Presidential Envoy"));
    assertEquals("delegations", Offices.level("Speaking Coach"));
  }
}
