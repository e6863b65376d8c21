// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.Fixtures;
import org.parley.store.JdbcStore;

/** {@code GET /api/corroboration} on the fixtures and three invented reports of one attack, one a denial. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorroborationApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir
  static Path tmp;
  private JdbcStore store;
  private ParleyServer server;

  @BeforeAll
  void start() {
    store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("corroboration.duckdb")));
    Fixtures.all().forEach(store::put);
    Fixtures.corroboration().forEach(store::put);
    server = ParleyServer.start(store, new TextOnlyPipeline(), new ParleyServer.Options("127.0.0.1", 0, null, 64 * 1024));
  }

  @AfterAll
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void groupsTheReportsOfOneAttackWithTheirOutletsFirstReportAndDenial() throws Exception {
    HttpResponse<String> r = get("/api/corroboration?min_outlets=2");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("total").asInt()).isEqualTo(1);
    JsonNode g = body.path("items").get(0);
    assertThat(g.path("outlet_count").asInt()).isEqualTo(2);
    assertThat(g.path("source").asText()).isEqualTo("ETHMIL");
    assertThat(g.path("source_name").asText()).isEqualTo("Ethiopian army");
    assertThat(g.path("summary").asText()).startsWith("reported by 2 outlets, first by Horn Daily on 2024-03-07");
    assertThat(g.path("first").path("url").asText()).isEqualTo("https://horn-daily.example.net/mekelle-shelling");
    assertThat(g.path("contradictions").get(0).path("claimed_by").asText()).isEqualTo("Ethiopian army");
    assertThat(g.path("contradictions").get(0).path("negated").asBoolean()).isTrue();

    JsonNode contradicted = JSON.readTree(get("/api/corroboration?contradicted=true&actor=rebels").body());
    assertThat(contradicted.path("items").get(0).path("id").asText()).isEqualTo(g.path("id").asText());
    assertThat(JSON.readTree(get("/api/corroboration?type=ACCUSE").body()).path("items").findValuesAsText("type"))
        .containsOnly("ACCUSE");
  }

  @Test
  void badParametersAre400sNamingThem() throws Exception {
    HttpResponse<String> r = get("/api/corroboration?contradicted=maybe");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("contradicted must be true or false");
    assertThat(get("/api/corroboration?window=90").body()).contains("window");
    assertThat(get("/api/corroboration?polarity=negated").body()).contains("unknown parameter 'polarity'");
  }

  @Test
  void isDescribedInOpenApi() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
    assertThat(doc.path("paths").has("/api/corroboration")).isTrue();
    assertThat(doc.path("components").path("schemas").has("CorroborationGroup")).isTrue();
  }
}
