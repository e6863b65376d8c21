// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Position;
import org.parley.negotiation.Round;
import org.parley.negotiation.RoundStatus;
import org.parley.nlp.AnnotatedArticle;
import org.parley.places.Place;
import org.parley.quotes.Quote;

class AnalysisJsonReaderTest {
  private static Analysis sample() {
    String text = "Serbia and Kosovo failed to agree on licence plates in Brussels on Monday. "
        + "\"We will not give in,\" the Serbian president said.";
    Article article = new Article("a-1", "Plate talks fail", LocalDate.of(2026, 4, 14), "https://example.org/x",
        "Example Wire", text, "test");
    Span s1 = new Span(0, 74);
    Span s2 = new Span(75, text.length());
    List<Actor> actors = List.of(
        new Actor("act-1", "Serbia", "SRBGOV", "SRB", "GOV", null, null, List.of(new Span(0, 6))),
        new Actor("act-2", "Kosovo", "XKXGOV", "XKX", "GOV", null, null, List.of(new Span(11, 17))),
        new Actor("act-3", "Aleksandar Vucic", "SRBGOV", "SRB", "GOV", null, "President", List.of(new Span(105, 125))));
    Place brussels = new Place("Brussels", "BEL", 50.85, 4.35);
    List<Event> events = List.of(new Event("ev-1", EventType.AGREE, null, "030", Polarity.NEGATED, Modality.ASSERTED,
        "act-1", "act-2", null, null, List.of("trade"), "2026-04-13", "on Monday", brussels, List.of(s1),
        new Span(18, 24), 0.75));
    List<Quote> quotes = List.of(new Quote(new Span(76, 93), "We will not give in", "act-3", new Span(119, 123), true));
    List<NegotiationBoard> boards = List.of(new NegotiationBoard(List.of("act-1", "act-2"), List.of(),
        List.of(new Round("second round", "2026-04-13", brussels, "leaders", Outcome.NO_AGREEMENT, List.of(s1)),
            new Round(null, "2026-04-20", brussels, null, Outcome.UNKNOWN, List.of(s1), RoundStatus.SCHEDULED)),
        List.of(new IssuePositions("trade", null, List.of(new Position("act-3", Stance.REJECT, null, List.of(s2)))))));
    return new Analysis(AnnotatedArticle.of(article), actors, events, quotes, boards);
  }

  @Test
  void readsBackWhatTheWriterWrote() {
    Analysis original = sample();

    Analysis read = AnalysisJsonReader.read(AnalysisJson.line(original));

    assertThat(read.article()).isEqualTo(original.article());
    assertThat(read.actors()).isEqualTo(original.actors());
    assertThat(read.events()).isEqualTo(original.events());
    assertThat(read.quotes()).isEqualTo(original.quotes());
    assertThat(read.negotiations()).isEqualTo(original.negotiations());
  }

  @Test
  void rejectsALineThatIsNotJsonSayingSo() {
    assertThatThrownBy(() -> AnalysisJsonReader.read("{\"parley\": \"1\", "))
        .isInstanceOf(AnalysisJsonReader.FormatException.class).hasMessageStartingWith("not JSON");
  }

  @Test
  void rejectsJsonThatIsNotAContractObject() {
    assertThatThrownBy(() -> AnalysisJsonReader.read("{\"id\": \"x\", \"text\": \"Some article\"}"))
        .isInstanceOf(AnalysisJsonReader.FormatException.class).hasMessageContaining("\"parley\"");
  }

  @Test
  void rejectsAnUnknownEventType() {
    String line = AnalysisJson.line(sample()).replace("\"type\":\"AGREE\"", "\"type\":\"HUG\"");

    assertThatThrownBy(() -> AnalysisJsonReader.read(line))
        .isInstanceOf(AnalysisJsonReader.FormatException.class).hasMessageContaining("HUG");
  }
}
