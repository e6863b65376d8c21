// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.corroboration.StoredCorroboration;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.store.DbSpec;
import org.parley.store.EventQuery;
import org.parley.store.Ingestor;
import org.parley.store.JdbcStore;

/**
 * Corroboration on the real pipeline: three invented reports of one border clash (set in 2031, written for this
 * test) from three outlets, two saying it happened and one quoting the denial, grouped as one event reported by
 * two outlets and contradicted by the third.
 */
class CorroborationIT {
  @TempDir
  Path tmp;

  @Test
  void twoOutletsReportingAnAttackAreOneGroupAndTheDenialIsLinkedToIt() throws Exception {
    Parley parley = SharedParley.get();
    Path input = Path.of(CorroborationIT.class.getResource("corroboration/border-clash.jsonl").toURI());
    List<Article> articles = new ArrayList<>();
    parley.reader().read(input.toString(), new InputReader.Sink() {
      @Override
      public void document(RawDocument d) {
        parley.article(d, this).ifPresent(articles::add);
      }

      @Override
      public void problem(InputProblem p) {
        throw new AssertionError(p.line());
      }
    });
    assertThat(articles).hasSize(3);
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("c.duckdb")))) {
      Ingestor ingestor = new Ingestor(store, parley::analyze);
      articles.forEach(a -> assertThat(ingestor.ingest(a)).isEqualTo(Ingestor.Outcome.ADDED));
      JsonNode groups = StoredCorroboration.of(store, EventQuery.ALL, new StoredCorroboration.Filter(2, false, 3));
      assertThat(groups.path("total").asInt()).as(groups.toString()).isEqualTo(1);
      JsonNode g = groups.path("items").get(0);
      assertThat(g.path("type").asText()).isEqualTo("ASSAULT");
      assertThat(g.path("source").asText()).isEqualTo("AZEMIL");
      assertThat(g.path("target").asText()).isEqualTo("ARMGOV");
      assertThat(g.path("place").asText()).isEqualTo("Jermuk");
      assertThat(g.path("outlets").toString()).isEqualTo("[\"harbour-times.example.com\",\"valleypost.example.net\"]");
      assertThat(g.path("first").path("article_id").asText()).isEqualTo("t-harbour");
      assertThat(g.path("contradictions").findValuesAsText("article_id")).containsExactly("t-herald");
      assertThat(g.path("summary").asText()).isEqualTo("reported by 2 outlets, first by harbour-times.example.com on "
          + "2031-05-14; contradicted by 1 report");
    }
  }
}
