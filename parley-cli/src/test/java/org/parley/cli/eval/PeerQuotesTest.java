// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.nlp.PeerQuoteAttributor;
import org.parley.nlp.PeerQuoteAttributor.AttributedQuote;

class PeerQuotesTest {
  private static final String TEXT = "\u201cWe will not sign,\u201d the envoy said. \u201cNot today,\u201d he added. "
      + "A banner read \u201cpeace now\u201d.";

  private static List<AttributedQuote> quotes() {
    return List.of(
        new AttributedQuote("\u201cWe will not sign,\u201d", 0, 20, "the envoy", "the envoy", List.of()),
        new AttributedQuote("\u201cNot today,\u201d", 39, 52, "he", "the envoy", List.of("the envoy", "he", "his")),
        new AttributedQuote("\u201cpeace now\u201d", 78, 89, null, null, null));
  }

  @Test
  void aSpeakerAndItsCanonicalNameBecomeOneActorTheScorerCanMatch() {
    JsonNode a = PeerQuotes.analysis("a-1", quotes());
    assertThat(a.path("quotes")).hasSize(3).allSatisfy(q -> assertThat(q.path("direct").asBoolean()).isTrue());
    // the pronoun and the name it stands for are one actor with both mentions
    assertThat(a.path("actors")).hasSize(2);
    String first = a.path("quotes").get(0).path("speaker").asText();
    String second = a.path("quotes").get(1).path("speaker").asText();
    assertThat(first).isNotEqualTo(second);
    JsonNode secondActor = a.path("actors").get(1);
    assertThat(secondActor.path("name").asText()).isEqualTo("the envoy");
    assertThat(QuoteScorer.speakerMatches(QuoteScorer.words("envoy"), secondActor)).isTrue();
    assertThat(QuoteScorer.speakerMatches(QuoteScorer.words("foreign minister"), secondActor)).isFalse();
    // the chain's pronoun counts, as a pronoun among an actor's mentions counts for Parley
    assertThat(QuoteScorer.speakerMatches(QuoteScorer.words("his"), secondActor)).isTrue();
    // an unattributed quotation is kept, without a speaker
    assertThat(a.path("quotes").get(2).has("speaker")).isFalse();
    assertThat(a.path("quotes").get(2).path("start").asInt()).isEqualTo(78);
  }

  @Test
  void runKeepsTheOrderOfTheTextsAndNamesTheArticleAPeerFailsOn() {
    PeerQuoteAttributor peer = text -> text.isEmpty() ? List.of()
        : List.of(new AttributedQuote(text, 0, text.length(), "someone", null, List.of()));
    List<String> lines = PeerQuotes.run(peer, List.of("x", "y", "z"), List.of("one", "", "three"), 2);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"id\":\"x\"", "\"text\":\"one\"");
    assertThat(lines.get(1)).contains("\"id\":\"y\"", "\"quotes\":[]");
    assertThat(lines.get(2)).contains("\"id\":\"z\"", "\"text\":\"three\"");
    PeerQuoteAttributor broken = text -> {
      throw new IllegalStateException("model missing");
    };
    assertThatThrownBy(() -> PeerQuotes.run(broken, List.of("bad-article"), List.of("text"), 1))
        .hasMessageContaining("bad-article").hasMessageContaining("model missing");
  }

  @Test
  void aQuoteNeedsSaneOffsets() {
    assertThatThrownBy(() -> new AttributedQuote("x", 5, 2, null, null, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
