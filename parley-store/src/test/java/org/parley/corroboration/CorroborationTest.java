// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.EventQuery;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Grouping of reports of one event across outlets, on invented reports of a fictional conflict. */
class CorroborationTest {
  private static Report report(String article, String outlet, String published, String type, String source,
                               String target, String date, String place, boolean negated) {
    return new Report(article, "ev-1", outlet, "title of " + article, "https://" + article + ".example.org/",
        LocalDate.parse(published), type, source, source, target, target, date == null ? null : LocalDate.parse(date), place, negated,
        null, "evidence of " + article);
  }

  private final Corroboration corroboration = new Corroboration(Corroboration.DEFAULT_WINDOW_DAYS);

  @Test
  void reportsOfOneAttackFromThreeOutletsAreOneGroupWithItsFirstReportAndItsDenial() {
    List<Group> groups = corroboration.group(List.of(
        report("valley-post", "Valley Post", "2026-12-03", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-03", null, false),
        report("test-wire", "Test Wire", "2026-12-02", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-02", "Brenn", false),
        report("harbour", "Harbour Times", "2026-12-05", "ASSAULT", "aldmil", "ncoreb", "2026-12-04", "brenn", false),
        report("herald", "Capital Herald", "2026-12-03", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-02", "Brenn", true),
        // The same outlet twice is one outlet.
        report("test-wire-2", "Test Wire", "2026-12-03", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-03", null, false)));
    assertThat(groups).hasSize(1);
    Group g = groups.get(0);
    assertThat(g.outlets()).containsExactly("Test Wire", "Valley Post", "Harbour Times");
    assertThat(g.first().articleId()).isEqualTo("test-wire");
    assertThat(g.place()).isEqualTo("Brenn");
    assertThat(g.from()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(g.to()).isEqualTo(LocalDate.parse("2026-12-04"));
    assertThat(g.contradicted()).isTrue();
    assertThat(g.contradictions()).extracting(Report::articleId).containsExactly("herald");
    assertThat(StoredCorroboration.summary(g))
        .isEqualTo("reported by 3 outlets, first by Test Wire on 2026-12-02; contradicted by 1 report");
  }

  @Test
  void differentDaysPlacesTypesOrActorsAreDifferentEvents() {
    List<Group> groups = corroboration.group(List.of(
        report("a", "A", "2026-12-02", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-02", "Brenn", false),
        // Two weeks later: another attack.
        report("b", "B", "2026-12-16", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-16", "Brenn", false),
        // Same day, another place.
        report("c", "C", "2026-12-02", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-02", "Dunmere", false),
        // Same day and place, the other way round.
        report("d", "D", "2026-12-02", "ASSAULT", "NCOREB", "ALDMIL", "2026-12-02", "Brenn", false),
        // Same actors, an accusation, not an attack.
        report("e", "E", "2026-12-02", "ACCUSE", "ALDMIL", "NCOREB", "2026-12-02", null, false),
        // No actor on either side: not known to be any of these.
        report("f", "F", "2026-12-02", "ASSAULT", null, null, "2026-12-02", "Brenn", false)));
    assertThat(groups).hasSize(5);
    assertThat(groups).allSatisfy(g -> assertThat(g.outlets()).hasSize(1));
    assertThat(groups).noneSatisfy(g -> assertThat(g.first().articleId()).isEqualTo("f"));
  }

  @Test
  void aDenialAloneIsAGroupThatALaterAccusationJoins() {
    Report denial = report("herald", "Capital Herald", "2026-12-03", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-03", null, true);
    Group alone = corroboration.group(List.of(denial)).get(0);
    assertThat(alone.reports()).isEmpty();
    assertThat(alone.outlets()).isEmpty();
    assertThat(alone.contradicted()).isFalse();
    assertThat(StoredCorroboration.summary(alone)).isEqualTo("denied by Capital Herald on 2026-12-03, reported by no outlet");

    Report accusation = report("wire", "Test Wire", "2026-12-04", "ASSAULT", "ALDMIL", "NCOREB", "2026-12-02", null, false);
    Group both = corroboration.group(List.of(denial, accusation)).get(0);
    assertThat(both.first()).isEqualTo(accusation);
    assertThat(both.contradictions()).containsExactly(denial);
  }

  @Test
  void aWindowOutsideItsRangeIsRefused() {
    assertThatThrownBy(() -> new Corroboration(61)).hasMessageContaining("between 0 and 60");
  }

  @Test
  void storedEventsAreGroupedWithTheirOutletsAndTheDenialLinkedToTheAccusation(@TempDir Path dir) {
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(dir.resolve("c.duckdb")))) {
      Fixtures.all().forEach(store::put);
      Fixtures.corroboration().forEach(store::put);
      ObjectNode all = StoredCorroboration.of(store, EventQuery.ALL, new StoredCorroboration.Filter(2, false, 3));
      assertThat(all.path("total").asInt()).isEqualTo(1);
      JsonNode g = all.path("items").get(0);
      assertThat(g.path("type").asText()).isEqualTo("ASSAULT");
      assertThat(g.path("source").asText()).isEqualTo("ETHMIL");
      assertThat(g.path("outlet_count").asInt()).isEqualTo(2);
      // An outlet without a name is its web site's host.
      assertThat(g.path("outlets").toString()).isEqualTo("[\"Horn Daily\",\"courier.example.com\"]");
      assertThat(g.path("first").path("article_id").asText()).isEqualTo("a-corr-0005");
      assertThat(g.path("contradictions").get(0).path("article_id").asText()).isEqualTo("a-corr-0007");
      assertThat(g.path("contradictions").get(0).path("outlet").asText()).isEqualTo("Capital Herald");
      assertThat(g.path("summary").asText())
          .isEqualTo("reported by 2 outlets, first by Horn Daily on 2024-03-07; contradicted by 1 report");

      ObjectNode contradicted = StoredCorroboration.of(store, EventQuery.ALL, new StoredCorroboration.Filter(0, true, 3));
      assertThat(contradicted.path("total").asInt()).isEqualTo(1);
      // Single reports are groups of one outlet (the accusation of 6 March in the follow-up, among others).
      assertThat(StoredCorroboration.of(store, EventQuery.ALL, new StoredCorroboration.Filter(1, false, 3))
          .path("total").asInt()).isGreaterThan(1);
    }
  }
}
