// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/** A copy ingested in a later run joins the story of the article an earlier run stored. */
class IngestStoryIT {
  private static final String WIRE = "Envoys of the two governments agreed on Monday in Doha to reopen the main border "
      + "crossing for trucks carrying food and medicine, the Qatari mediator said after two days of talks. "
      + "The crossing has been closed since fighting broke out in the spring. Both delegations said they would "
      + "meet again next month to discuss a prisoner exchange and the return of displaced families.";

  @TempDir
  Path tmp;

  private static String line(String id, String published, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"title\":\"Border to reopen\",\"text\":\""
        + text + "\"}\n";
  }

  private static String ingest(Path db, Path input) {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("ingest", "--db", db.toString(), input.toString())).isEqualTo(ExitCodes.OK);
    return cli.err();
  }

  @Test
  void aCopyIngestedLaterJoinsTheStoredArticlesStory() throws Exception {
    SharedParley.get();
    Path db = tmp.resolve("store.duckdb");
    Path first = Files.writeString(tmp.resolve("monday.jsonl"), line("wire-1", "2025-05-12", WIRE),
        StandardCharsets.UTF_8);
    Path later = Files.writeString(tmp.resolve("tuesday.jsonl"),
        line("paper-7", "2025-05-13", "DOHA - " + WIRE + " Aid agencies welcomed the decision.")
            + line("wire-again", "2025-05-12", WIRE), StandardCharsets.UTF_8);

    ingest(db, first);
    String notes = ingest(db, later);

    assertThat(notes).contains("near-duplicate of article wire-1");
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(db))) {
      String story = store.article("wire-1").orElseThrow().path("story").asText();
      assertThat(store.article("paper-7").orElseThrow().path("story").asText()).isEqualTo(story);
      assertThat(store.article("wire-again")).isEmpty();
      assertThat(store.counts().path("articles").asInt()).isEqualTo(2);
      // each stored event keeps the named steps that made it, for the dashboard's "why" (the agreement's first step
      // is the lexicon row of its verb)
      com.fasterxml.jackson.databind.JsonNode events = store.article("wire-1").orElseThrow().path("analysis")
          .path("events");
      assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.path("trace")).isNotEmpty());
      assertThat(events.findValuesAsText("rule")).anySatisfy(r -> assertThat(r).contains("agree/V"));
    }
  }
}
