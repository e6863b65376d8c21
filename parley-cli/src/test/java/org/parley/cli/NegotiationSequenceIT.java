// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.events.Stance;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.negotiation.ArticleBoards;
import org.parley.negotiation.MediatorRecord;
import org.parley.negotiation.NegotiationTrack;
import org.parley.negotiation.NegotiationTracker;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.StanceChange;
import org.parley.negotiation.StanceReport;
import org.parley.negotiation.TrackRound;

/**
 * End to end over real NLP: the five-article Ethiopia–Eritrea sequence in {@code src/test/resources/negotiation}
 * read into one negotiation track whose stance timeline, mediator change, contradiction and as-of boards are
 * those the articles state (see the README there). NegotiationTrackerTest asserts the same over hand-built boards.
 */
class NegotiationSequenceIT {
  private static final List<ArticleBoards> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void analyseTheSequence() throws IOException {
    Parley parley = SharedParley.get();
    Path dir = Path.of("src", "test", "resources", "negotiation").toAbsolutePath();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      parley.reader().read(f.toString(), new InputReader.Sink() {
        @Override
        public void document(RawDocument document) {
          parley.article(document, this).ifPresent(articles::add);
        }

        @Override
        public void problem(InputProblem problem) {
          throw new AssertionError(problem.line());
        }
      });
    }
    assertThat(articles).hasSize(5);
    articles.forEach(a -> ARTICLES.add(parley.analyze(a).articleBoards()));
  }

  private static NegotiationTrack track(LocalDate asOf) {
    List<NegotiationTrack> tracks = new NegotiationTracker().addAll(ARTICLES).tracks(asOf);
    assertThat(tracks).filteredOn(t -> t.parties().containsAll(List.of("ETH", "ERI"))).hasSize(1);
    return tracks.stream().filter(t -> t.parties().containsAll(List.of("ETH", "ERI"))).findFirst().orElseThrow();
  }

  @Test
  void everyArticleFeedsTheOneTrack() {
    assertThat(track(null).articles()).hasSize(5);
  }

  @Test
  void mediatorChangesFromKenyaToQatar() {
    assertThat(track(null).mediators()).extracting(MediatorRecord::side).containsExactly("KEN", "QAT");
  }

  @Test
  void roundsAreTheFourMeetingsWithTheirOutcomes() {
    assertThat(track(null).rounds()).extracting(TrackRound::date, TrackRound::outcome)
        .containsExactly(
            tuple("2026-02-02", Outcome.NO_AGREEMENT),
            tuple("2026-02-16", Outcome.PARTIAL),
            tuple("2026-03-03", Outcome.NO_AGREEMENT),
            tuple("2026-03-19", Outcome.AGREEMENT));
  }

  @Test
  void eritreaMovesFromRejectingTheCeasefireToOpennessToAgreement() {
    assertThat(track(null).changes()).filteredOn(c -> c.side().equals("ERI") && c.issue().equals("ceasefire"))
        .extracting(c -> c.after().contains(Stance.REJECT), c -> c.after().contains(Stance.OPEN),
            c -> c.after().contains(Stance.AGREED))
        .containsExactly(tuple(true, false, false), tuple(false, true, false), tuple(false, false, true));
  }

  @Test
  void theDenialContradictsTheReportOfEthiopianFlexibility() {
    assertThat(track(null).conflicts()).anySatisfy(c -> {
      assertThat(c.side()).isEqualTo("ETH");
      assertThat(c.issue()).isEqualTo("withdrawal");
      assertThat(c.reports()).extracting(r -> r.from().outlet()).contains("Red Sea Times", "Addis Monitor");
    });
  }

  @Test
  void boardsAsOfEachStageShowWhatWasKnownThen() {
    assertThat(track(LocalDate.of(2026, 2, 20)).latest("ERI", "ceasefire")).extracting(StanceReport::stance)
        .containsExactly(Stance.OPEN);
    assertThat(track(LocalDate.of(2026, 3, 10)).contested("ETH", "withdrawal")).isTrue();
    assertThat(track(LocalDate.of(2026, 3, 31)).latest("ETH", "ceasefire")).extracting(StanceReport::stance)
        .contains(Stance.AGREED);
    assertThat(track(LocalDate.of(2026, 3, 31)).changes()).extracting(StanceChange::date).isNotEmpty();
  }
}
