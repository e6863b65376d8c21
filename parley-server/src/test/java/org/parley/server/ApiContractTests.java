// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;

/** Every API endpoint, good and bad requests, against one server per class on a store of the fixtures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContractTests {
  static final String TOKEN = "test-token-1234";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private JdbcStore store;
  private ParleyServer server;

  protected abstract JdbcStore openStore();

  @BeforeAll
  void start() {
    store = openStore();
    Fixtures.all().forEach(store::put);
    server = ParleyServer.start(store, new TextOnlyPipeline(), new ParleyServer.Options("127.0.0.1", 0, TOKEN, 64 * 1024));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  Reply get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
  }

  Reply post(String path, String contentType, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void listsArticlesNewestFirstAndFiltersThemByWords() throws Exception {
    Reply r = get("/api/articles");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().path("items").findValuesAsText("id")).startsWith("a-hostile-0003", "a-talks-0002");
    assertThat(get("/api/articles?q=withdrawal").body().path("total").asInt()).isEqualTo(1);
    assertThat(get("/api/articles?from=2024-04").body().path("items").findValuesAsText("id")).containsExactly("a-hostile-0003");
  }

  @Test
  void returnsAnArticleWithItsWholeAnalysisOr404() throws Exception {
    Reply r = get("/api/articles/a-talks-0001");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().path("analysis")).isEqualTo(Fixtures.talks());
    Reply missing = get("/api/articles/a-nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().path("error").asText()).isEqualTo("no article with id 'a-nope'");
  }

  @Test
  void filtersAndPagesEvents() throws Exception {
    assertThat(get("/api/events?type=REJECT").body().path("items").findValuesAsText("event_id")).containsExactly("ev-3");
    assertThat(get("/api/events?issue=ceasefire&from=2024-03-05").body().path("total").asInt()).isEqualTo(1);
    assertThat(get("/api/events?country=KEN&place=nairobi").body().path("total").asInt()).isEqualTo(2);
    assertThat(get("/api/events?actor=army&text=" + enc("attacked")).body().path("total").asInt()).isEqualTo(1);
    Reply page = get("/api/events?limit=3&offset=3");
    assertThat(page.body().path("items")).hasSize(3);
    assertThat(page.body().path("total").asInt()).isEqualTo(8);
  }

  @Test
  void downloadsTheFilteredEventsForAMapAndForGdeltTools() throws Exception {
    Reply geo = get("/api/events?format=geojson&type=ASSAULT");
    assertThat(geo.status()).isEqualTo(200);
    assertThat(geo.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/geo+json"));
    assertThat(geo.body().path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.body().path("features")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("properties").path("type").asText()).isEqualTo("ASSAULT"));

    HttpResponse<String> gdelt = http.send(HttpRequest.newBuilder(
        URI.create(server.url() + "api/events?format=gdelt&type=ASSAULT")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(gdelt.statusCode()).isEqualTo(200);
    assertThat(gdelt.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).contains("parley-events.gdelt.tsv"));
    assertThat(gdelt.body().lines()).isNotEmpty()
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
  }

  @Test
  void answersBadParametersWith400SayingWhatIsWrong() throws Exception {
    Reply type = get("/api/events?type=PICNIC");
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.body().path("error").asText()).startsWith("type must be a PLOVER event type");
    assertThat(type.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(get("/api/events?from=yesterday").body().path("error").asText()).contains("from must be an ISO date");
    assertThat(get("/api/events?limit=100000").body().path("error").asText()).contains("limit must be between 1 and 1000");
    assertThat(get("/api/events?offset=-1").status()).isEqualTo(400);
    assertThat(get("/api/events?format=xml").body().path("error").asText()).contains("format must be one of csv, jsonl, geojson, gdelt");
    assertThat(get("/api/events?modality=rumoured").body().path("error").asText()).contains("modality must be one of");
    Reply unknown = get("/api/events?colour=red");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().path("error").asText()).startsWith("unknown parameter 'colour'; valid: [actor, article, country");
    assertThat(get("/api/stats/timeline?interval=fortnight").body().path("error").asText()).contains("interval must be day, month or year");
    assertThat(get("/api/search").body().path("error").asText()).contains("q (the words to search for) is required");
    assertThat(get("/api/quotes?limit=x").body().path("error").asText()).isEqualTo("limit must be a whole number, got 'x'");
    // one rule for numbers: too large for an int is out of range, not "no whole number"
    for (String path : new String[] {"/api/events?offset=2147483648", "/api/articles?offset=2147483648",
        "/api/quotes?offset=99999999999999999999"}) {
      assertThat(get(path).body().path("error").asText()).as(path).startsWith("offset must be between 0 and 2147483647");
    }
    assertThat(get("/api/negotiations/eth+ethreb/board?as_of=soon").status()).isEqualTo(400);
    assertThat(get("/api/no-such-thing").status()).isEqualTo(404);
  }

  @Test
  void listsActorsAndQuotesBySpeaker() throws Exception {
    assertThat(get("/api/actors?q=kenya").body().findValuesAsText("code")).containsExactly("KENGOV");
    Reply q = get("/api/quotes?speaker=" + enc("Daniel Haile"));
    assertThat(q.body().path("items").findValuesAsText("text")).containsExactly("We came to stop the fighting, not to surrender,");
  }

  @Test
  void servesNegotiationTracksAndTheirBoardWithAStanceChangeAndAContradictionAsOfADate() throws Exception {
    JsonNode tracks = get("/api/negotiations").body();
    assertThat(tracks.findValuesAsText("id")).containsExactly("eth+ethreb");
    assertThat(tracks.get(0).path("mediators").findValuesAsText("name")).containsExactly("Kenya");
    assertThat(tracks.get(0).path("rounds").findValuesAsText("date")).containsExactly("2024-03-04", "2024-03-06");

    JsonNode board = get("/api/negotiations/eth+ethreb/board").body();
    assertThat(board.path("parties").findValuesAsText("name")).containsExactly("Ethiopian government", "Tigray rebels");
    assertThat(board.path("rounds")).hasSize(2);
    assertThat(board.path("changes").toString()).contains("\"side\":\"ETH\",\"issue\":\"ceasefire\",\"date\":\"2024-03-06\","
        + "\"from\":[\"reject\"],\"to\":[\"open\"]");
    JsonNode conflict = board.path("conflicts").get(0);
    assertThat(conflict.path("issue").asText()).isEqualTo("withdrawal");
    assertThat(conflict.path("reports").findValuesAsText("outlet")).containsExactly("Example Wire", "Horn Daily");

    JsonNode early = get("/api/negotiations/eth%2Bethreb/board?as_of=2024-03-04").body();
    assertThat(early.path("as_of").asText()).isEqualTo("2024-03-04");
    assertThat(early.path("rounds")).hasSize(1);
    assertThat(early.path("changes").toString()).doesNotContain("\"to\":[\"open\"]");
    assertThat(early.path("conflicts")).hasSize(1);
    assertThat(get("/api/negotiations/eth+ethreb/board?as_of=2024-03-01").body().path("board")).isEmpty();
    assertThat(get("/api/negotiations/nobody/board").status()).isEqualTo(404);
  }

  @Test
  void downloadsABoardAsMarkdown() throws Exception {
    HttpResponse<String> md = http.send(HttpRequest.newBuilder(
        URI.create(server.url() + "api/negotiations/eth+ethreb/board?format=markdown&as_of=2024-03-04")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/markdown"));
    assertThat(md.body()).startsWith("## ").contains("as of 2024-03-04", "### Rounds");
    assertThat(get("/api/negotiations/nobody/board?format=markdown").status()).isEqualTo(404);
    assertThat(get("/api/negotiations/eth+ethreb/board?format=pdf").body().path("error").asText())
        .isEqualTo("format must be json or markdown, got 'pdf'");
  }

  @Test
  void countsTheTimelineAndDrawsTheNetwork() throws Exception {
    JsonNode t = get("/api/stats/timeline?interval=day&type=ASSAULT").body();
    assertThat(t.findValuesAsText("period")).containsExactly("2024-03-03", "2024-04-02");
    JsonNode g = get("/api/graph?country=ETH").body();
    assertThat(g.path("nodes").findValuesAsText("id")).containsExactlyInAnyOrder("Ethiopian government", "Tigray rebels");
    assertThat(g.path("edges").findValuesAsText("type")).contains("REJECT", "ACCUSE");
  }

  @Test
  void searchesArticlesAndQuotes() throws Exception {
    JsonNode r = get("/api/search?q=surrender").body();
    assertThat(r.path("quotes").findValuesAsText("article_id")).containsExactly("a-talks-0001");
    assertThat(get("/api/search?q=" + enc("ceasefire talks")).body().path("articles").size()).isEqualTo(2);
  }

  @Test
  void describesItselfInOpenApi() throws Exception {
    JsonNode doc = get("/api/openapi.json").body();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/articles", "/api/articles/{id}", "/api/events",
        "/api/actors", "/api/quotes", "/api/negotiations", "/api/negotiations/{id}/board", "/api/stats/timeline",
        "/api/graph", "/api/analyze", "/api/search");
    assertThat(get("/api/stats").body().path("articles").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void writeEndpointsNeedTheBearerToken() throws Exception {
    String body = "{\"text\": \"Delegates met again in the capital on Friday to discuss a prisoner exchange.\"}";
    Reply none = post("/api/analyze", "application/json", body, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body().path("error").asText()).contains("missing bearer token");
    assertThat(none.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(post("/api/articles", "application/json", body, "wrong-token-999").status()).isEqualTo(401);
    Reply ok = post("/api/analyze", "application/json", body, TOKEN);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body().path("article").path("text").asText()).startsWith("Delegates met again");
  }

  @Test
  void analyzeGivesEachEventItsTraceOnlyWhenAsked() throws Exception {
    String body = "{\"text\": \"Delegates met again in the capital on Friday to discuss a prisoner exchange.\"}";
    JsonNode plain = post("/api/analyze", "application/json", body, TOKEN).body();
    JsonNode traced = post("/api/analyze?trace=true", "application/json", body, TOKEN).body();
    // this text-only pipeline parses nothing, so it codes no event: the flag is checked here, the trace itself on real
    // parses by ExplainIT in parley-cli
    assertThat(post("/api/analyze?trace=true", "application/json", body, TOKEN).status()).isEqualTo(200);
    assertThat(traced.path("events").size()).isEqualTo(plain.path("events").size());
    for (JsonNode e : plain.path("events")) {
      assertThat(e.has("trace")).isFalse();
    }
    for (JsonNode e : traced.path("events")) {
      assertThat(e.path("trace").size()).isPositive(); // at least the lexicon row that made the word a trigger
      assertThat(e.path("trace").get(0).path("rule").asText()).containsPattern("\\.tsv:\\d+");
    }
    assertThat(post("/api/analyze?trace=maybe", "application/json", body, TOKEN).status()).isEqualTo(400);
  }

  @Test
  void refusesOversizeBodiesWith413() throws Exception {
    String big = "{\"text\": \"" + "Talks resumed. ".repeat(6000) + "\"}";
    Reply r = post("/api/analyze", "application/json", big, TOKEN);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.body().path("error").asText()).contains("over the limit");
  }

  /** Sends {@code request} as raw bytes (malformed requests no HTTP client would send); returns the answer. */
  String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String statusAndBody(String response) {
    return response.substring(0, response.indexOf("\r\n")) + " " + response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  @Test
  void readsBodiesAsStrictlyAsJsonLinesInputs() throws Exception {
    String text = "Delegates met again in the capital on Monday.";
    assertThat(post("/api/analyze", "application/json", "{\"text\": \"" + text + "\"} {\"x\": 1}", TOKEN).status())
        .isEqualTo(400);
    Reply numericDate = post("/api/analyze", "application/json", "{\"text\": \"" + text + "\", \"published\": 20240502}",
        TOKEN);
    assertThat(numericDate.status()).isEqualTo(400);
    assertThat(numericDate.body().path("error").asText()).contains("\"published\" must be a string");
    assertThat(post("/api/analyze", "application/json", "{\"text\": 42}", TOKEN).body().path("error").asText())
        .contains("\"text\" must be a string");
  }

  @Test
  void errorsJettyAnswersItselfAreJsonToo() throws Exception {
    String longUri = raw("GET /api/articles?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n");
    assertThat(statusAndBody(longUri)).startsWith("HTTP/1.1 414").contains("{\"error\":").contains("\"status\":414");
    String bigHeaders = raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(statusAndBody(bigHeaders)).startsWith("HTTP/1.1 431").contains("\"status\":431");
    String garbage = raw("THIS IS NOT HTTP\r\n\r\n");
    assertThat(statusAndBody(garbage)).contains(" 400").contains("\"status\":400");
    assertThat(longUri + bigHeaders + garbage).doesNotContain("<html").doesNotContain("<h2>");
  }

  @Test
  void answersOnlyForItsOwnHostNames() throws Exception {
    String rebound = raw("GET /api/stats HTTP/1.1\r\nHost: attacker.example:" + server.port()
        + "\r\nConnection: close\r\n\r\n");
    assertThat(statusAndBody(rebound)).startsWith("HTTP/1.1 421").contains("attacker.example").contains("--public-host");
    for (String host : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
      String ok = raw("GET /api/health HTTP/1.1\r\nHost: " + host + ":" + server.port()
          + "\r\nConnection: close\r\n\r\n");
      assertThat(ok).as(host).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void statsNameTheKindOfStoreButNoPathAndHealthAsksTheStore() throws Exception {
    JsonNode stats = get("/api/stats").body();
    assertThat(stats.path("store").asText()).isIn("duckdb", "postgres");
    assertThat(stats.toString()).doesNotContain("/tmp").doesNotContain("jdbc:").doesNotContain(".duckdb");
    assertThat(get("/api/health").status()).isEqualTo(200);
  }

  @Test
  void countsTheBytesOfAChunkedUploadAgainstTheLimitToo() throws Exception {
    // no Content-Length: the client streams the body in chunks of unknown total length
    byte[] big = ("{\"text\": \"" + "Talks resumed. ".repeat(6000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/analyze"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).path("error").asText()).contains("over the limit");
    byte[] small = "{\"text\": \"Delegates met again in the capital on Monday.\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/analyze"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsMalformedWriteBodiesWith400Or415() throws Exception {
    assertThat(post("/api/analyze", "application/json", "{\"text\": ", TOKEN).body().path("error").asText())
        .startsWith("the body is not valid JSON");
    assertThat(post("/api/analyze", "application/json", "{\"title\": \"x\"}", TOKEN).body().path("error").asText())
        .isEqualTo("give exactly one of \"text\" and \"html\"");
    assertThat(post("/api/analyze", "application/xml", "<a/>", TOKEN).status()).isEqualTo(415);
    assertThat(post("/api/analyze", "text/plain", "Too short.", TOKEN).status()).isEqualTo(400);
  }

  @Test
  void storesPostedArticlesOnce() throws Exception {
    String body = "{\"text\": \"Mediators said on Thursday that both sides had agreed to exchange prisoners next week.\","
        + " \"title\": \"Prisoner exchange agreed\", \"published\": \"2024-05-02\"}";
    Reply first = post("/api/articles", "application/json", body, TOKEN);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().path("outcome").asText()).isEqualTo("added");
    Reply again = post("/api/articles", "application/json", body, TOKEN);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("outcome").asText()).isEqualTo("already_stored");
    assertThat(get("/api/articles/" + first.body().path("id").asText()).body().path("title").asText())
        .isEqualTo("Prisoner exchange agreed");
  }
}
