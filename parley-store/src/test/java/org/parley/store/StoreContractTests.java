// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store must do, run against DuckDB and PostgreSQL by the subclasses. One store per class holds
 * the three fixture articles; tests that write use articles of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  protected JdbcStore store;

  @TempDir
  static Path tmp;

  /** A new, empty store for this class. */
  protected abstract JdbcStore openStore();

  @BeforeAll
  void fill() {
    store = openStore();
    for (ObjectNode a : Fixtures.all()) {
      assertThat(store.put(a)).isEqualTo(Store.PutResult.ADDED);
    }
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void storesAnArticleOnceWhetherItComesBackByIdOrBySameText() {
    long before = store.counts().path("events").asLong();
    assertThat(store.put(Fixtures.talks())).isEqualTo(Store.PutResult.ALREADY_PRESENT);
    ObjectNode sameTextOtherId = Fixtures.talks();
    ((ObjectNode) sameTextOtherId.path("article")).put("id", "a-other-id");
    assertThat(store.put(sameTextOtherId)).isEqualTo(Store.PutResult.ALREADY_PRESENT);
    assertThat(store.counts().path("articles").asLong()).isEqualTo(3);
    assertThat(store.counts().path("events").asLong()).isEqualTo(before);
    assertThat(store.hasContent(org.parley.article.Article.contentId(Fixtures.TALKS_TEXT))).isTrue();
  }

  @Test
  void recordsTheSchemaVersionItMigratedTo() {
    assertThat(store.schemaVersion()).isEqualTo(Migrations.scripts().size());
    assertThat(store.counts().path("schema_version").asInt()).isEqualTo(1);
  }

  @Test
  void returnsTheWholeContractObjectOfAnArticle() {
    ObjectNode a = store.article("a-talks-0001").orElseThrow();
    assertThat(a.path("title").asText()).startsWith("Ethiopia and Tigray rebels resume");
    assertThat(a.path("published").asText()).isEqualTo("2024-03-04");
    assertThat(a.path("analysis")).isEqualTo(Fixtures.talks());
    assertThat(store.article("a-missing")).isEmpty();
  }

  @Test
  void groupsAFollowUpReportWithTheStoryItContinues() {
    ObjectNode first = store.article("a-talks-0001").orElseThrow();
    ObjectNode second = store.article("a-talks-0002").orElseThrow();
    ObjectNode other = store.article("a-hostile-0003").orElseThrow();
    assertThat(second.path("story").asText()).isEqualTo(first.path("story").asText());
    assertThat(other.path("story").asText()).isNotEqualTo(first.path("story").asText());
    assertThat(first.path("story_articles").findValuesAsText("id")).containsExactly("a-talks-0002");
  }

  @Test
  void filtersEventsByTypeCountryIssueDatePlaceAndText() {
    assertThat(ids(store.events(q(Map.of("type", "reject"))))).containsExactly("a-talks-0001/ev-3");
    assertThat(ids(store.events(q(Map.of("issue", "ceasefire")))))
        .containsExactly("a-talks-0001/ev-1", "a-talks-0001/ev-2", "a-talks-0002/ev-1");
    assertThat(ids(store.events(q(Map.of("country", "sdn"))))).containsExactly("a-hostile-0003/ev-1");
    assertThat(ids(store.events(q(Map.of("from", "2024-03-05", "to", "2024-03"))))).containsExactly(
        "a-talks-0002/ev-1", "a-talks-0002/ev-2");
    assertThat(ids(store.events(q(Map.of("place", "mekelle"))))).containsExactly("a-talks-0001/ev-4");
    assertThat(ids(store.events(q(Map.of("text", "ACCUSED"))))).containsExactly("a-talks-0002/ev-2");
    assertThat(ids(store.events(q(Map.of("actor", "tigray", "polarity", "negated"))))).containsExactly("a-talks-0002/ev-1");
    ObjectNode page = store.events(q(Map.of("limit", "2", "offset", "2")));
    assertThat(page.path("total").asInt()).isEqualTo(7);
    assertThat(page.path("items")).hasSize(2);
    assertThat(page.path("items").get(0).path("issues").isArray()).isTrue();
  }

  @Test
  void rejectsBadFilterValuesNamingTheParameter() {
    assertThatThrownBy(() -> q(Map.of("type", "PARTY"))).hasMessageContaining("type must be a PLOVER event type");
    assertThatThrownBy(() -> q(Map.of("from", "March 2024"))).hasMessageContaining("from must be an ISO date");
    assertThatThrownBy(() -> q(Map.of("limit", "lots"))).hasMessageContaining("limit must be a whole number");
    assertThatThrownBy(() -> q(Map.of("limit", "0"))).hasMessageContaining("limit must be between 1 and");
    assertThatThrownBy(() -> q(Map.of("from", "2024-05-01", "to", "2024-04-01"))).hasMessageContaining("is after");
    assertThatThrownBy(() -> store.timeline(EventQuery.ALL, "week")).hasMessageContaining("interval must be");
  }

  @Test
  void listsActorsQuotesAndArticles() {
    assertThat(store.actors("tigray", 10).findValuesAsText("name")).containsExactly("Tigray rebels");
    assertThat(store.actors(null, 10).get(0).path("articles").asInt()).isGreaterThanOrEqualTo(1);
    ObjectNode quotes = store.quotes("haile", null, 10, 0);
    assertThat(quotes.path("items").findValuesAsText("text")).containsExactly("We came to stop the fighting, not to surrender,");
    assertThat(store.quotes("KENGOV", null, 10, 0).path("total").asInt()).isEqualTo(1);
    ObjectNode articles = store.articles(null, null, null, 10, 0);
    assertThat(articles.path("items").findValuesAsText("id")).containsExactly("a-hostile-0003", "a-talks-0002", "a-talks-0001");
    assertThat(store.articles("withdrawal", "2024-03", "2024-03", 10, 0).path("total").asInt()).isEqualTo(1);
  }

  @Test
  void mergesBoardsOfOneSetOfPartiesIntoATrackAndShowsItAsOfADate() {
    var tracks = store.negotiations();
    assertThat(tracks).hasSize(1);
    String id = tracks.get(0).path("id").asText();
    assertThat(id).isEqualTo("ethgov+ethreb");
    assertThat(tracks.get(0).path("articles").asInt()).isEqualTo(2);

    ObjectNode now = store.board(id, null).orElseThrow();
    assertThat(now.findValuesAsText("issue")).contains("ceasefire", "withdrawal");
    JsonNode ceasefire = issue(now, "ceasefire");
    assertThat(ceasefire.path("positions").path("Ethiopian government").path("current").asText()).isEqualTo("open");
    assertThat(ceasefire.path("positions").path("Tigray rebels").path("history").get(0).path("evidence").get(0)
        .path("text").asText()).isEqualTo("The rebels demanded a ceasefire");
    assertThat(now.path("rounds")).hasSize(2);
    assertThat(now.path("mediators").findValuesAsText("")).isEmpty();
    assertThat(now.path("mediators").get(0).asText()).isEqualTo("Kenya");

    ObjectNode before = store.board(id, "2024-03-05").orElseThrow();
    assertThat(issue(before, "ceasefire").path("positions").has("Ethiopian government")).isFalse();
    assertThat(before.path("rounds")).hasSize(1);
    assertThat(store.board("nobody+none", null)).isEmpty();
  }

  @Test
  void countsEventsPerMonthAndBuildsTheActorNetwork() {
    var timeline = store.timeline(EventQuery.ALL, "month");
    long march = 0;
    for (JsonNode r : timeline) {
      if (r.path("period").asText().equals("2024-03")) {
        march += r.path("events").asLong();
      }
    }
    assertThat(march).isEqualTo(6);
    ObjectNode graph = store.graph(EventQuery.ALL);
    assertThat(graph.path("nodes").findValuesAsText("id")).contains("Ethiopian government", "Tigray rebels", "Sudanese army");
    assertThat(graph.path("edges").get(0).path("events").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void searchFindsArticlesAndQuotesByStemmedWords() {
    ObjectNode r = store.search("surrendering", 10);
    assertThat(r.path("quotes").findValuesAsText("article_id")).containsExactly("a-talks-0001");
    assertThat(r.path("articles").findValuesAsText("article_id")).containsExactly("a-talks-0001");
    assertThat(store.search("Kassala", 10).path("articles").findValuesAsText("article_id")).containsExactly("a-hostile-0003");
    assertThat(store.search("title:(ceasefire AND deal", 10).path("articles")).isNotNull();
    assertThatThrownBy(() -> store.search(" ", 10)).hasMessageContaining("q (the words to search for) is required");
  }

  @Test
  void exportsJsonlCsvGdeltAndParquet() throws Exception {
    Exporter ex = new Exporter(store);
    StringWriter jsonl = new StringWriter();
    assertThat(ex.write(Exporter.Format.JSONL, q(Map.of("type", "ACCUSE")), jsonl)).isEqualTo(1);
    assertThat(JSON.readTree(jsonl.toString().strip())).isEqualTo(Fixtures.followUp());

    StringWriter csv = new StringWriter();
    assertThat(ex.write(Exporter.Format.CSV, EventQuery.ALL, csv)).isEqualTo(7);
    String[] lines = csv.toString().split("\r\n");
    assertThat(lines[0]).startsWith("article_id,article_title,article_published");
    assertThat(csv.toString()).contains("\"The army attacked rebel positions <img src=x onerror=\"\"window.__pwned = 2\"\"> near Kassala.\"");

    StringWriter gdelt = new StringWriter();
    long rows = ex.write(Exporter.Format.GDELT, EventQuery.ALL, gdelt);
    assertThat(rows).isEqualTo(6); // the negated AGREE has no GDELT form
    String[] first = gdelt.toString().split("\n")[0].split("\t", -1);
    assertThat(first).hasSize(61);
    assertThat(first[1]).isEqualTo("20240303");
    assertThat(first[26]).isEqualTo("195");
    assertThat(first[29]).isEqualTo("4");
    assertThat(first[52]).isEqualTo("Mekelle");

    Path parquet = tmp.resolve("events.parquet");
    assertThat(ex.writeParquet(EventQuery.ALL, parquet)).isEqualTo(7);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = duck.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT type) FROM read_parquet('"
             + parquet.toAbsolutePath() + "')")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(7);
      assertThat(r.getInt(2)).isEqualTo(6);
    }
    assertThat(Files.size(parquet)).isPositive();
  }

  @Test
  void keepsNothingOfAnArticleWhoseRowsCannotBeWritten() {
    ObjectNode broken = Fixtures.talks();
    ((ObjectNode) broken.path("article")).put("id", "a-broken");
    ((ObjectNode) broken.path("article")).put("text", Fixtures.TALKS_TEXT + " An extra line.");
    // A position without a stance breaks a NOT NULL column, after the article, actor and event rows were written.
    ((ObjectNode) broken.path("negotiations").get(0).path("issues").get(0).path("positions").get(0)).putNull("stance");
    assertThatThrownBy(() -> store.put(broken)).isInstanceOf(StoreException.class);
    assertThat(store.article("a-broken")).isEmpty();
    assertThat(store.counts().path("articles").asLong()).isEqualTo(3);
  }

  private static JsonNode issue(ObjectNode board, String name) {
    for (JsonNode i : board.path("issues")) {
      if (i.path("issue").asText().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no issue " + name + " in " + board);
  }

  static EventQuery q(Map<String, String> params) {
    return EventQuery.of(params);
  }

  static List<String> ids(ObjectNode page) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(e -> out.add(e.path("article_id").asText() + "/" + e.path("event_id").asText()));
    return out;
  }
}
