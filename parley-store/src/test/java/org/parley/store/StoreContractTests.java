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
import java.time.LocalDate;
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
    assertThat(store.counts().path("articles").asLong()).isEqualTo(Fixtures.all().size());
    assertThat(store.counts().path("events").asLong()).isEqualTo(before);
    assertThat(store.hasContent(org.parley.article.Article.contentId(Fixtures.TALKS_TEXT))).isTrue();
  }

  /**
   * The counts behind {@code /api/stats} follow what is written after they were first asked for (scripts/load
   * reported "3 articles" while /api/articles listed 78). Each count is asked for before and after every write
   * on the pooled connection whose prepared COUNT statements are cached, so a cached count or a snapshot kept
   * from the first call would show. Note: this passes on main too; the stale figure was not reproduced at the
   * store level (also not with 16 concurrent counts over the 8 pooled connections), see issue 16.
   */
  @Test
  void countsFollowArticlesWrittenAfterTheFirstCount() {
    try (JdbcStore s = openStore()) {
      ObjectNode first = s.counts();
      assertThat(first.path("articles").asLong()).isZero();
      long articles = 0;
      long events = 0;
      long quotes = 0;
      for (ObjectNode a : Fixtures.all()) {
        assertThat(s.counts().path("articles").asLong()).isEqualTo(articles);
        assertThat(s.put(a)).isEqualTo(Store.PutResult.ADDED);
        articles++;
        events += a.path("events").size();
        quotes += a.path("quotes").size();
        ObjectNode now = s.counts();
        assertThat(now.path("articles").asLong()).as("articles after %s", a.path("article").path("id")).isEqualTo(articles);
        assertThat(now.path("events").asLong()).as("events after %s", a.path("article").path("id")).isEqualTo(events);
        assertThat(now.path("quotes").asLong()).as("quotes after %s", a.path("article").path("id")).isEqualTo(quotes);
        // What the counts say agrees with what the listing behind /api/articles finds.
        assertThat(s.articles(null, null, null, 100, 0).path("total").asLong()).isEqualTo(articles);
      }
      assertThat(events).as("the fixtures carry events, so the event count is tested too").isPositive();
    }
  }

  @Test
  void recordsTheSchemaVersionItMigratedTo() {
    assertThat(store.schemaVersion()).isEqualTo(Migrations.scripts().size());
    assertThat(store.counts().path("schema_version").asInt()).isEqualTo(3);
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
  void handsIngestTheTextsOfTheArticlesPublishedInADateRange() {
    List<String> seen = new ArrayList<>();
    store.forEachPublished(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5),
        (id, story, text) -> seen.add(id + " " + story + " " + text.substring(0, 14)));
    String talksStory = store.article("a-talks-0001").orElseThrow().path("story").asText();
    assertThat(seen).containsExactlyInAnyOrder(
        "a-talks-0001 " + talksStory + " NAIROBI, March",
        "a-rival-0004 " + store.article("a-rival-0004").orElseThrow().path("story").asText() + " ADDIS ABABA, M");
    List<String> none = new ArrayList<>();
    store.forEachPublished(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), (id, story, text) -> none.add(id));
    assertThat(none).isEmpty();
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
    assertThat(page.path("total").asInt()).isEqualTo(8);
    assertThat(page.path("items")).hasSize(2);
    assertThat(page.path("items").get(0).path("issues").isArray()).isTrue();
  }

  @Test
  void percentAndUnderscoreAreLettersNotWildcardsAndAnUnknownPolarityIsRefused() {
    for (String wild : List.of("%", "%%", "\\", "a%b")) {
      assertThat(ids(store.events(q(Map.of("actor", wild))))).as("actor=%s", wild).isEmpty();
      assertThat(ids(store.events(q(Map.of("text", wild))))).as("text=%s", wild).isEmpty();
      assertThat(ids(store.events(q(Map.of("place", wild))))).as("place=%s", wild).isEmpty();
      assertThat(store.quotes(wild, null, 10, 0).path("total").asInt()).as("speaker=%s", wild).isZero();
      assertThat(store.quotes(null, wild, 10, 0).path("total").asInt()).as("quote q=%s", wild).isZero();
      assertThat(store.articles(wild, null, null, 10, 0).path("total").asInt()).as("article q=%s", wild).isZero();
    }
    assertThat(ids(store.events(q(Map.of("actor", "tig_ay"))))).isEmpty();
    // only the hostile fixture's names hold a real underscore ("window.__pwned")
    assertThat(ids(store.events(q(Map.of("actor", "_"))))).containsExactly("a-hostile-0003/ev-1");
    assertThat(ids(store.events(q(Map.of("polarity", "NEGATED"))))).containsExactly("a-talks-0002/ev-1");
    assertThatThrownBy(() -> q(Map.of("polarity", "negative"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[positive, negated]").hasMessageContaining("'negative'");
  }

  @Test
  void pagesKeepTheirTotalPastTheEndAndOnEmptyFilters() {
    ObjectNode past = store.events(q(Map.of("limit", "5", "offset", "40")));
    assertThat(past.path("total").asInt()).isEqualTo(8);
    assertThat(past.path("items")).isEmpty();
    ObjectNode none = store.events(q(Map.of("type", "COERCE")));
    assertThat(none.path("total").asInt()).isZero();
    assertThat(none.path("items")).isEmpty();
    int quotes = store.quotes(null, null, 10, 0).path("total").asInt();
    assertThat(quotes).isPositive();
    assertThat(store.quotes(null, null, 10, quotes).path("total").asInt()).isEqualTo(quotes);
    int articles = store.articles(null, null, null, 10, 0).path("total").asInt();
    assertThat(articles).isGreaterThanOrEqualTo(4);
    assertThat(store.articles(null, null, null, 2, articles + 10).path("total").asInt()).isEqualTo(articles);
  }

  @Test
  void pageItemsHoldOnlyTheirOwnFields() {
    for (ObjectNode page : List.of(store.events(EventQuery.ALL.page(3, 0)), store.quotes(null, null, 3, 0),
        store.articles(null, null, null, 3, 0))) {
      assertThat(page.path("items")).isNotEmpty();
      page.path("items").forEach(item -> assertThat(item.fieldNames()).toIterable().noneMatch(f -> f.contains("total")));
    }
  }

  @Test
  void answersTheSameQueryShapeWithEachCallsOwnValues() {
    // Same SQL, different parameters: a reused statement must not carry the previous call's values or rows.
    for (int round = 0; round < 3; round++) {
      assertThat(ids(store.events(q(Map.of("country", "sdn"))))).containsExactly("a-hostile-0003/ev-1");
      assertThat(ids(store.events(q(Map.of("place", "mekelle"))))).containsExactly("a-talks-0001/ev-4");
      assertThat(store.events(q(Map.of("country", "xyz"))).path("total").asInt()).isZero();
      assertThat(store.events(q(Map.of("type", "CONSULT"))).path("total").asInt())
          .isEqualTo(store.events(q(Map.of("type", "CONSULT", "limit", "1"))).path("total").asInt());
    }
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
    assertThat(articles.path("items").findValuesAsText("id")).containsExactly("a-hostile-0003", "a-talks-0002", "a-rival-0004",
        "a-talks-0001");
    assertThat(store.articles("withdrawal", "2024-03", "2024-03", 10, 0).path("total").asInt()).isEqualTo(1);
  }

  @Test
  void listsTheTrackersNegotiationTracksWithMediatorsRoundsAndCounts() {
    var tracks = store.negotiations();
    assertThat(tracks).hasSize(1);
    JsonNode track = tracks.get(0);
    // Government and rebels of one country are two sides: the state (its alpha-3) and the armed group.
    assertThat(track.path("id").asText()).isEqualTo("eth+ethreb");
    assertThat(track.path("parties").findValuesAsText("name")).containsExactly("Ethiopian government", "Tigray rebels");
    assertThat(track.path("articles").asInt()).isEqualTo(3);
    JsonNode kenya = track.path("mediators").get(0);
    assertThat(kenya.path("name").asText()).isEqualTo("Kenya");
    assertThat(kenya.path("first").asText()).isEqualTo("2024-03-04");
    assertThat(kenya.path("last").asText()).isEqualTo("2024-03-06");
    assertThat(track.path("rounds").findValuesAsText("date")).containsExactly("2024-03-04", "2024-03-06");
    assertThat(track.path("rounds").get(1).path("outcome").asText()).isEqualTo("no_agreement");
    assertThat(track.path("first_reported").asText()).isEqualTo("2024-03-04");
    assertThat(track.path("last_reported").asText()).isEqualTo("2024-03-06");
    assertThat(track.path("conflicts").asInt()).isEqualTo(1);
  }

  @Test
  void listsEachTracksLatestRoundAndLastStanceChangeWithTheirSentences() {
    JsonNode track = store.negotiations().get(0);
    JsonNode round = track.path("latest_round");
    // of the two rounds (4 and 6 March), the later one: held, no agreement, reported by the follow-up
    assertThat(round.path("date").asText()).isEqualTo("2024-03-06");
    assertThat(round.path("outcome").asText()).isEqualTo("no_agreement");
    assertThat(round.path("status").asText()).isEqualTo("held");
    JsonNode told = round.path("reports").get(0);
    assertThat(told.path("article").asText()).isEqualTo("a-talks-0002");
    assertThat(Fixtures.FOLLOW_TEXT.substring(told.path("start").asInt(), told.path("end").asInt()))
        .isEqualTo(told.path("evidence").asText());
    JsonNode change = track.path("last_change");
    assertThat(change.path("date").asText()).isEqualTo("2024-03-06");
    assertThat(change.path("side_name").asText()).isEqualTo("Ethiopian government");
    assertThat(change.path("issue").asText()).isEqualTo("ceasefire");
    assertThat(change.path("from").toString()).isEqualTo("[\"reject\"]");
    assertThat(change.path("to").toString()).isEqualTo("[\"open\"]");
    assertThat(change.path("shown_by").path("article").asText()).isEqualTo("a-talks-0002");
  }

  @Test
  void boardShowsLatestStancesWithEvidenceAStanceChangeAndAContradictionAsOfADate() {
    ObjectNode now = store.board("eth+ethreb", null).orElseThrow();
    JsonNode govOnCeasefire = cell(now, "ceasefire", "ETH");
    assertThat(govOnCeasefire.path("date").asText()).isEqualTo("2024-03-06");
    JsonNode latest = govOnCeasefire.path("reports").get(0);
    assertThat(latest.path("stance").asText()).isEqualTo("open");
    assertThat(latest.path("article").asText()).isEqualTo("a-talks-0002");
    assertThat(Fixtures.FOLLOW_TEXT.substring(latest.path("start").asInt(), latest.path("end").asInt()))
        .isEqualTo(latest.path("evidence").asText());

    JsonNode change = single(now.path("changes"), "ETH", "ceasefire");
    assertThat(change.path("from").toString()).isEqualTo("[\"reject\"]");
    assertThat(change.path("to").toString()).isEqualTo("[\"open\"]");
    assertThat(change.path("date").asText()).isEqualTo("2024-03-06");
    assertThat(change.path("shown_by").path("article").asText()).isEqualTo("a-talks-0002");

    JsonNode conflict = single(now.path("conflicts"), "ETH", "withdrawal");
    assertThat(conflict.path("date").asText()).isEqualTo("2024-03-04");
    assertThat(conflict.path("reports").findValuesAsText("stance")).containsExactly("reject", "open");
    assertThat(conflict.path("reports").findValuesAsText("outlet")).containsExactly("Example Wire", "Horn Daily");
    assertThat(cell(now, "withdrawal", "ETH").path("contested").asBoolean()).isTrue();
    assertThat(now.path("articles").findValuesAsText("title")).contains("Addis Ababa signals flexibility on Mekelle troops");

    ObjectNode before = store.board("eth+ethreb", "2024-03-05").orElseThrow();
    assertThat(cell(before, "ceasefire", "ETH").path("reports").findValuesAsText("stance")).containsExactly("reject");
    assertThat(before.path("changes").toString()).doesNotContain("\"to\":[\"open\"]");
    assertThat(before.path("conflicts")).hasSize(1);
    assertThat(before.path("rounds")).hasSize(1);
    assertThat(before.path("mediators").get(0).path("last").asText()).isEqualTo("2024-03-04");

    ObjectNode tooEarly = store.board("eth+ethreb", "2024-03-03").orElseThrow();
    assertThat(tooEarly.path("parties")).hasSize(2);
    assertThat(tooEarly.path("board")).isEmpty();
    assertThat(tooEarly.path("rounds")).isEmpty();
    assertThat(store.board("eth+ethreb", "2024-03").orElseThrow().path("changes"))
        .isEqualTo(now.path("changes"));
    assertThat(store.board("nobody+none", null)).isEmpty();
    assertThatThrownBy(() -> store.board("eth+ethreb", "soon")).hasMessageContaining("as_of must be an ISO date");
  }

  @Test
  void boardAsMarkdownHasTheGridRoundsAndChangesAsOfADate() {
    String now = store.boardMarkdown("eth+ethreb", null).orElseThrow();
    assertThat(now).startsWith("## ").contains("| ceasefire |", "### Rounds", "### Stance changes",
        "### Contradictory reports");
    assertThat(now.lines().filter(l -> l.startsWith("- 2024-03-06")).toList()).as("the change to open").isNotEmpty();
    String tooEarly = store.boardMarkdown("eth+ethreb", "2024-03-03").orElseThrow();
    assertThat(tooEarly).contains("### Rounds\n\nNone reported.").doesNotContain("| ceasefire |");
    assertThat(store.boardMarkdown("nobody+none", null)).isEmpty();
    assertThatThrownBy(() -> store.boardMarkdown("eth+ethreb", "soon")).hasMessageContaining("as_of must be an ISO date");
  }

  @Test
  void tracksPickUpArticlesStoredAfterTheFirstRequest() {
    try (JdbcStore own = openStore()) {
      own.put(Fixtures.talks());
      assertThat(own.board("eth+ethreb", null).orElseThrow().path("changes").toString()).doesNotContain("a-talks-0002");
      own.put(Fixtures.followUp());
      assertThat(single(own.board("eth+ethreb", null).orElseThrow().path("changes"), "ETH", "ceasefire")
          .path("to").toString()).isEqualTo("[\"open\"]");
      assertThat(own.negotiations().get(0).path("articles").asInt()).isEqualTo(2);
    }
  }

  private static JsonNode cell(JsonNode board, String issue, String side) {
    for (JsonNode cell : issue(board, issue).path("positions")) {
      if (cell.path("side").asText().equals(side)) {
        return cell;
      }
    }
    throw new AssertionError("no cell for " + side + " on " + issue + " in " + board);
  }

  private static JsonNode single(JsonNode items, String side, String issue) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode i : items) {
      if (i.path("side").asText().equals(side) && i.path("issue").asText().equals(issue)
          && !(i.has("from") && i.path("from").isEmpty())) {
        found.add(i);
      }
    }
    assertThat(found).as("%s on %s in %s", side, issue, items).hasSize(1);
    return found.get(0);
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
    assertThat(r.path("quotes").findValuesAsText("direct")).containsExactly("true");
    assertThat(store.search("Mekelle pulling", 10).path("quotes")).singleElement()
        .satisfies(q -> assertThat(q.path("direct").asBoolean(true)).isFalse());
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
    assertThat(ex.write(Exporter.Format.CSV, EventQuery.ALL, csv)).isEqualTo(8);
    String[] lines = csv.toString().split("\r\n");
    assertThat(lines[0]).startsWith("article_id,article_title,article_published");
    assertThat(csv.toString()).contains("\"The army attacked rebel positions <img src=x onerror=\"\"window.__pwned = 2\"\"> near Kassala.\"");

    StringWriter gdelt = new StringWriter();
    long rows = ex.write(Exporter.Format.GDELT, EventQuery.ALL, gdelt);
    assertThat(rows).isEqualTo(7); // the negated AGREE has no GDELT form
    String[] first = gdelt.toString().split("\n")[0].split("\t", -1);
    assertThat(first).hasSize(61);
    assertThat(first[1]).isEqualTo("20240303");
    assertThat(first[26]).isEqualTo("195");
    assertThat(first[29]).isEqualTo("4");
    assertThat(first[52]).isEqualTo("Mekelle");

    Path parquet = tmp.resolve("events.parquet");
    assertThat(ex.writeParquet(EventQuery.ALL, parquet)).isEqualTo(8);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = duck.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT type) FROM read_parquet('"
             + parquet.toAbsolutePath() + "')")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(8);
      assertThat(r.getInt(2)).isEqualTo(6);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet r = duck.createStatement().executeQuery("SELECT len(issues), typeof(issues), typeof(article_published), "
             + "typeof(goldstein) FROM read_parquet('" + parquet.toAbsolutePath() + "') WHERE type = 'REQUEST'")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(2);
      assertThat(r.getString(2)).isEqualTo("VARCHAR[]");
      assertThat(r.getString(3)).isEqualTo("DATE");
      assertThat(r.getString(4)).isEqualTo("DOUBLE");
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
    assertThat(store.counts().path("articles").asLong()).isEqualTo(Fixtures.all().size());
  }

  private static JsonNode issue(JsonNode board, String name) {
    for (JsonNode i : board.path("board")) {
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

  @Test
  void eventRowsSayWhoseClaimAnEventIsWhereItWasPublishedAndHowItScores() {
    JsonNode plan = store.events(q(Map.of("modality", "intended"))).path("items");
    assertThat(plan).singleElement().satisfies(e -> {
      assertThat(e.path("attributed_name").asText()).isEqualTo("Kenya");
      assertThat(e.path("outlet").asText()).isEqualTo("Example Wire");
      assertThat(e.path("article_url").asText()).isEqualTo("https://news.example.org/africa/talks-end");
      assertThat(e.path("quad").asText()).isEqualTo("verbal cooperation");
      assertThat(e.path("goldstein").asDouble()).isEqualTo(2.8);
      assertThat(e.path("date_precision").asText()).isEqualTo("month");
    });
    assertThat(ids(store.events(q(Map.of("polarity", "positive", "modality", "asserted,reported", "type", "AGREE"))))).isEmpty();
    assertThat(ids(store.events(q(Map.of("modality", "reported"))))).containsExactly("a-talks-0001/ev-4");
    assertThatThrownBy(() -> q(Map.of("modality", "rumoured"))).hasMessageContaining("modality must be one of");
    // a javascript: address is no link: no URL, and the outlet is the stored source name, shown as text
    JsonNode hostile = store.events(q(Map.of("country", "SDN"))).path("items").get(0);
    assertThat(hostile.path("article_url").isNull()).isTrue();
    assertThat(hostile.path("place_precision").asText()).isEqualTo("town");
  }

  @Test
  void theTimelineKeepsWhatDidNotHappenApartFromWhatDid() {
    long agreed = 0;
    long notAgreed = 0;
    for (JsonNode r : store.timeline(EventQuery.ALL, "month")) {
      if (r.path("type").asText().equals("AGREE")) {
        if (r.path("polarity").asText().equals("negated")) {
          notAgreed += r.path("events").asLong();
        } else {
          agreed += r.path("events").asLong();
        }
      }
    }
    assertThat(agreed).isZero();
    assertThat(notAgreed).isEqualTo(1);
  }

  @Test
  void geoJsonHoldsThePlacedEventsAsLongitudeLatitudePoints() throws Exception {
    StringWriter out = new StringWriter();
    long placed = new Exporter(store).write(Exporter.Format.GEOJSON, EventQuery.ALL, out);

    JsonNode fc = JSON.readTree(out.toString());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("features")).hasSize((int) placed);
    JsonNode mekelle = null;
    for (JsonNode f : fc.path("features")) {
      assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
      if (f.path("properties").path("place_name").asText().equals("Mekelle")) {
        mekelle = f;
      }
    }
    assertThat(mekelle).as("the event placed in Mekelle").isNotNull();
    JsonNode xy = mekelle.path("geometry").path("coordinates");
    // Mekelle lies at about 13.5 N, 39.5 E: GeoJSON puts the longitude first.
    assertThat(xy.get(0).asDouble()).isBetween(38.0, 41.0);
    assertThat(xy.get(1).asDouble()).isBetween(12.0, 15.0);
    assertThat(mekelle.path("properties").path("quad_class").asInt()).isEqualTo(4);
    assertThat(mekelle.path("properties").path("article_title").asText()).isNotEmpty();

    StringWriter none = new StringWriter();
    assertThat(new Exporter(store).write(Exporter.Format.GEOJSON, q(Map.of("type", "SANCTION")), none)).isZero();
    assertThat(JSON.readTree(none.toString()).path("features")).isEmpty();
  }

  @Test
  void exportsCarryAttributionScalesAndPrecisionAndNoLocalPath() throws Exception {
    Exporter ex = new Exporter(store);
    StringWriter csv = new StringWriter();
    ex.write(Exporter.Format.CSV, q(Map.of("modality", "intended")), csv);
    String[] lines = csv.toString().split("\r\n");
    List<String> head = List.of(lines[0].split(","));
    List<String> row = List.of(lines[1].split(",", -1));
    assertThat(head).contains("attributed_to", "quad_class", "goldstein", "date_precision", "place_precision", "outlet");
    assertThat(row.get(head.indexOf("attributed_to"))).isEqualTo("Kenya");
    assertThat(row.get(head.indexOf("quad_class"))).isEqualTo("1");
    assertThat(row.get(head.indexOf("goldstein"))).isEqualTo("2.8");
    assertThat(row.get(head.indexOf("date_precision"))).isEqualTo("month");
    assertThat(row.get(head.indexOf("place_precision"))).isEqualTo("none");

    StringWriter gdelt = new StringWriter();
    ex.write(Exporter.Format.GDELT, EventQuery.ALL, gdelt);
    for (String line : gdelt.toString().split("\n")) {
      String[] c = line.split("\t", -1);
      assertThat(c[30]).as("GoldsteinScale of %s", c[26]).isNotEmpty();
      assertThat(c[60]).as("SOURCEURL").matches("(https://.*)?").doesNotContain("fixtures/");
      if (c[52].equals("Mekelle")) {
        assertThat(c[53]).isEqualTo("ETH");
        assertThat(c[30]).isEqualTo("-10.0");
      }
    }
    StringWriter rows = new StringWriter();
    assertThat(ex.writeEventRows(q(Map.of("type", "REQUEST")), rows)).isEqualTo(1);
    JsonNode r = JSON.readTree(rows.toString());
    assertThat(r.path("issues")).hasSize(2);
    assertThat(r.path("goldstein").asDouble()).isEqualTo(-0.3);
  }
}
