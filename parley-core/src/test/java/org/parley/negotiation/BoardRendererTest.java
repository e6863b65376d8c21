// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardRendererTest {
  private static NegotiationTrack track(LocalDate asOf) {
    return new NegotiationTracker().addAll(List.of(
        NegotiationTrackerTest.firstRound().articleBoards(), NegotiationTrackerTest.secondRound().articleBoards(),
        NegotiationTrackerTest.thirdRound().articleBoards(), NegotiationTrackerTest.denial().articleBoards()))
        .tracks(asOf).get(0);
  }

  @Test
  void tableShowsEachSidesLatestStanceWithDateAndOutletPerIssue() {
    LocalDate asOf = LocalDate.of(2026, 2, 20);
    String table = BoardRenderer.table(track(asOf), asOf);

    assertThat(table).startsWith("Ethiopia (ETH) – Eritrea (ERI)\nas of 2026-02-20 · 2 articles · mediators: Kenya (2026-02-02 to 2026-02-16)");
    assertThat(table.lines().filter(l -> l.startsWith("ceasefire")).findFirst()).get().asString()
        .contains("demand 2026-02-02 [Horn Dispatch]").contains("open 2026-02-16 [Horn Dispatch]");
    assertThat(table).contains("2026-02-16  second round  Nairobi  partial  [Horn Dispatch]");
    assertThat(table).contains("2026-02-16  Eritrea on ceasefire: reject → open  (Horn Dispatch, 02: \"Eritrea's information minister said");
    assertThat(table).doesNotContain("Contradictory reports");
  }

  @Test
  void tableMarksAContestedStanceWithBothOutlets() {
    LocalDate asOf = LocalDate.of(2026, 3, 10);
    String table = BoardRenderer.table(track(asOf), asOf);

    assertThat(table).contains("CONTESTED 2026-03-03: open [Red Sea Times] vs reject [Addis Monitor]");
    assertThat(table).contains("Contradictory reports\n  2026-03-03  Ethiopia on withdrawal:\n      open according to Red Sea Times, 03");
    assertThat(table).contains("mediators: Kenya (2026-02-02 to 2026-02-16), then Qatar (2026-03-03)");
  }

  @Test
  void markdownIsATableWithOneRowPerIssue() {
    String md = BoardRenderer.markdown(track(null), null);

    assertThat(md).contains("| issue | Ethiopia | Eritrea | Kenya (mediator) | Qatar (mediator) |\n|---|---|---|---|---|\n");
    assertThat(md.lines().filter(l -> l.startsWith("| withdrawal |")).count()).isEqualTo(1);
    assertThat(md).contains("### Contradictory reports");
    // issue keys in words, as people write them; the JSON keeps the key
    assertThat(md).contains("| prisoner exchange |").doesNotContain("prisoner_exchange");
    assertThat(BoardRenderer.table(track(null), null)).contains("prisoner exchange").doesNotContain("prisoner_exchange");
    assertThat(BoardRenderer.json(track(null), null)).contains("\"prisoner_exchange\"");
  }

  @Test
  void jsonCarriesTheGridRoundsChangesAndConflicts() throws Exception {
    JsonNode o = new ObjectMapper().readTree(BoardRenderer.json(track(null), null));

    assertThat(o.get("parties").findValuesAsText("side")).containsExactly("ETH", "ERI");
    assertThat(o.get("rounds")).hasSize(3);
    assertThat(o.get("conflicts").get(0).get("reports").findValuesAsText("outlet"))
        .containsExactly("Red Sea Times", "Addis Monitor");
    JsonNode withdrawal = o.get("board").findParents("issue").stream()
        .filter(n -> n.get("issue").asText().equals("withdrawal")).findFirst().orElseThrow();
    assertThat(withdrawal.get("positions").get(0).get("contested").asBoolean()).isTrue();
  }
}
