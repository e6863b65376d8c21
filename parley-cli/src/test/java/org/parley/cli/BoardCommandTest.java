// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;
import org.parley.events.Stance;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Position;
import org.parley.negotiation.Round;
import org.parley.nlp.AnnotatedArticle;
import org.parley.places.Place;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/** {@code parley board} over saved analyses (no models needed). */
class BoardCommandTest {
  @TempDir
  Path dir;
  private Path analyses;
  private final CommandRun cli = new CommandRun();

  private static final List<Actor> ACTORS = List.of(
      new Actor("act-1", "Ethiopia", "ETHGOV", "ETH", "GOV", null, null, List.of()),
      new Actor("act-2", "Eritrea", "ERIGOV", "ERI", "GOV", null, null, List.of()),
      new Actor("act-3", "Kenya", "KENGOV", "KEN", "GOV", null, null, List.of()));

  private static String analysis(String id, LocalDate published, String text, Round round, List<IssuePositions> issues) {
    Article article = new Article(id, null, published, null, "Horn Dispatch", text, "test");
    NegotiationBoard board = new NegotiationBoard(List.of("act-1", "act-2"), List.of("act-3"),
        round == null ? List.of() : List.of(round), issues);
    return AnalysisJson.line(new Analysis(AnnotatedArticle.of(article), ACTORS, List.of(), List.of(), List.of(board)));
  }

  @BeforeEach
  void writeAnalyses() throws IOException {
    String first = "Ethiopia and Eritrea failed to agree a ceasefire in Nairobi on Monday. Eritrea rejected a ceasefire.";
    String second = "Eritrea said it was open to a ceasefire if monitors were deployed.";
    Span all1 = new Span(0, first.length());
    Span all2 = new Span(0, second.length());
    analyses = dir.resolve("analyses.jsonl");
    Files.write(analyses, List.of(
        analysis("a-1", LocalDate.of(2026, 2, 3), first,
            new Round(null, "2026-02-02", new Place("Nairobi", "KEN", null, null), null, Outcome.NO_AGREEMENT, List.of(all1)),
            List.of(new IssuePositions("ceasefire", null, List.of(
                new Position("act-1", Stance.DEMAND, "2026-02-02", List.of(all1)),
                new Position("act-2", Stance.REJECT, "2026-02-02", List.of(all1)))))),
        analysis("a-2", LocalDate.of(2026, 2, 17), second, null,
            List.of(new IssuePositions("ceasefire", null, List.of(
                new Position("act-2", Stance.OPEN, "2026-02-16", List.of(all2))))))));
  }


  @Test
  void printsTheLatestStancePerPartyAndTheChange() {
    assertThat(cli.run("board", "--analyses", analyses.toString())).isZero();

    assertThat(cli.out())
        .startsWith("Ethiopia (ETH) – Eritrea (ERI)\n")
        .contains("ceasefire  demand 2026-02-02 [Horn Dispatch]  open 2026-02-16 [Horn Dispatch]")
        .contains("2026-02-02  Nairobi  no agreement  [Horn Dispatch]")
        .contains("2026-02-16  Eritrea on ceasefire: reject → open");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void asOfShowsTheBoardBeforeTheChange() {
    assertThat(cli.run("board", "--from", analyses.toString(), "--as-of", "2026-02-10", "--parties", "eri,ETH")).isZero();

    assertThat(cli.out()).contains("as of 2026-02-10 · 1 article")
        .contains("reject 2026-02-02 [Horn Dispatch]").doesNotContain("open 2026-02-16");
  }

  @Test
  void partiesFilterLeavesOtherNegotiationsOutAndSaysSo() {
    assertThat(cli.run("board", "--from", analyses.toString(), "--parties", "RUS,UKR")).isZero();

    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("no negotiation found between RUS, UKR");
  }

  @Test
  void jsonFormatPrintsOneObjectPerNegotiation() {
    assertThat(cli.run("board", "--from", analyses.toString(), "--format", "json")).isZero();

    assertThat(cli.out().lines()).singleElement().asString()
        .startsWith("{\"id\":\"eri+eth\",\"as_of\":null,\"parties\":[{\"side\":\"ETH\",\"name\":\"Ethiopia\"}");
  }

  @Test
  void badLineIsOneStderrLineAndTheRestIsStillShown() throws IOException {
    Files.writeString(analyses, "{not json\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(cli.run("board", "--from", analyses.toString())).isEqualTo(ExitCodes.INPUT_ERRORS);

    assertThat(cli.err().lines()).singleElement().asString().contains("analyses.jsonl:3: not JSON");
    assertThat(cli.out()).contains("Eritrea on ceasefire");
  }

  @Test
  void readsTheAnalysesKeptInTheStore() throws IOException {
    Path db = dir.resolve("store.duckdb");
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(db))) {
      for (String line : Files.readAllLines(analyses)) {
        store.put(new ObjectMapper().readTree(line));
      }
    }

    assertThat(cli.run("board", "--as-of", "2026-02-20", "--db", db.toString())).isZero();

    assertThat(cli.out()).startsWith("Ethiopia (ETH) – Eritrea (ERI)\n")
        .contains("as of 2026-02-20 · 2 articles")
        .contains("2026-02-16  Eritrea on ceasefire: reject → open");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void withoutAnyInputItIsAUsageError() {
    assertThat(cli.run("board")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("--analyses");
  }

  @Test
  void unknownFormatIsAUsageErrorNamingTheValidOnes() {
    assertThat(cli.run("board", "--from", analyses.toString(), "--format", "xml")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("table").contains("markdown").contains("json");
  }

  @Test
  void parleyHelpListsTheBoardCommand() {
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out()).contains("board");
  }
}
