// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.engine.Analysis;
import org.parley.quotes.Quote;

/**
 * Quote detection and speaker attribution over real NLP, one team-written news fixture exercising every quotation
 * style the quotes stage handles.
 */
class QuoteAttributionIT {
  private static final String TEXT = String.join("\n",
      "Foreign Minister Anna Petrenko arrived in Geneva on Monday for a second round of talks.",
      "\u201cWe are ready,\u201d she said, \u201cto talk about a ceasefire.\u201d",
      "Her counterpart, Ivan Sorokin, said his proposals had been \"met with silence.\"",
      "``The corridor will open at dawn,'' a senior official told reporters.",
      "\u00ab Nous ne c\u00e9derons pas \u00bb, said Colonel Marc Dubois, the army spokesman.",
      "\u2018We will not withdraw,\u2019 the ministry said in a statement.",
      "The so-called \u201cbuffer zone\u201d runs along the river.",
      "\"There is no military solution,\" said Lena Hart, the United Nations envoy.",
      "\"Every side has to give something.",
      "\"Nobody wins a war like this one.\"",
      "The talks collapsed, according to a source close to the delegation, who said the Russian side "
          + "\"refused to budge.\"",
      "\u201cOur people want peace. They are tired.\u201d \u2015 Olga Marchenko, a teacher in Kharkiv",
      "Sorokin was blunt. \"We will not discuss the status of the peninsula,\" he said.",
      "\"It is closed.\"",
      "");

  private static Analysis analysis;

  @BeforeAll
  static void analyze() {
    analysis = SharedParley.get().analyze(new Article(Article.contentId(TEXT), null, null, null, null, TEXT, "it"));
  }

  private static Quote quote(String words) {
    return analysis.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' among " + analysis.quotes()));
  }

  private static Actor speaker(Quote q) {
    assertThat(q.speakerId()).as("speaker of %s", q.text()).isNotNull();
    return analysis.actors().stream().filter(a -> a.id().equals(q.speakerId())).findFirst().orElseThrow();
  }

  private static List<String> mentionTexts(Actor a) {
    return a.mentions().stream().map(m -> m.of(TEXT)).toList();
  }

  @Test
  void interruptedQuoteIsOneQuoteOfThePronounsAntecedent() {
    Quote q = quote("We are ready");
    assertThat(q.text()).isEqualTo("We are ready, to talk about a ceasefire.");
    assertThat(q.direct()).isTrue();
    Actor petrenko = speaker(q);
    assertThat(petrenko.name()).contains("Petrenko");
    assertThat(mentionTexts(petrenko)).contains("she");
  }

  @Test
  void partialQuoteReportsTheWholeClauseOfItsSpeaker() {
    Quote q = quote("met with silence");
    assertThat(q.text()).isEqualTo("his proposals had been \"met with silence.\"");
    assertThat(speaker(q).name()).contains("Sorokin");
    assertThat(mentionTexts(speaker(q))).contains("Her counterpart, Ivan Sorokin");
  }

  @Test
  void typewriterQuoteByAnUnnamedOfficialGetsADescriptiveActor() {
    Quote q = quote("corridor will open");
    assertThat(q.text()).isEqualTo("The corridor will open at dawn,");
    Actor official = speaker(q);
    // The actor stage already knows "official" as a government sector noun; the quote adds no second actor.
    assertThat(official.name()).endsWith("official");
    assertThat(official.sector()).isEqualTo("GOV");
    assertThat(mentionTexts(official)).anySatisfy(m -> assertThat(m).contains("senior official"));
  }

  @Test
  void guillemetsWithFrenchSpacingAndAnInvertedSpeaker() {
    Quote q = quote("Nous ne");
    assertThat(q.text()).isEqualTo("Nous ne c\u00e9derons pas");
    assertThat(speaker(q).name()).contains("Dubois");
    assertThat(mentionTexts(speaker(q))).contains("Colonel Marc Dubois, the army spokesman");
  }

  @Test
  void singleQuotesAttributedToAnOrganisation() {
    Quote q = quote("We will not withdraw");
    Actor ministry = speaker(q);
    assertThat(ministry.name()).isEqualTo("ministry");
    assertThat(ministry.sector()).isEqualTo("GOV");
  }

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(analysis.quotes()).noneMatch(q -> q.text().contains("buffer zone"));
  }

  @Test
  void quoteRunningOverParagraphsContinuesThePreviousSpeaker() {
    Quote q = quote("Every side");
    assertThat(q.text()).isEqualTo("Every side has to give something. Nobody wins a war like this one.");
    assertThat(speaker(q).name()).contains("Lena Hart");
    assertThat(speaker(quote("no military solution"))).isEqualTo(speaker(q));
  }

  @Test
  void relativeClauseSpeakerIsTheNounItDescribes() {
    Quote q = quote("refused to budge");
    assertThat(speaker(q).name()).isEqualTo("source close to the delegation");
  }

  @Test
  void dashBeforeANameAttributesTheQuote() {
    Quote q = quote("Our people want peace");
    assertThat(q.text()).isEqualTo("Our people want peace. They are tired.");
    assertThat(speaker(q).name()).contains("Olga Marchenko");
  }

  @Test
  void aShortQuotedSentenceAfterAQuoteContinuesItsSpeaker() {
    Quote first = quote("status of the peninsula");
    Quote next = quote("It is closed");
    assertThat(speaker(first).name()).contains("Sorokin");
    assertThat(mentionTexts(speaker(first))).contains("he");
    assertThat(next.speakerId()).isEqualTo(first.speakerId());
  }

  @Test
  void quoteSpansPointAtTheirWords() {
    for (Quote q : analysis.quotes()) {
      Span s = q.span();
      String covered = s.of(TEXT);
      // an interrupted quote joins its parts, so its words all lie in its span
      for (String w : q.text().split("[^\\p{L}\\p{N}]+")) {
        assertThat(covered).contains(w);
      }
    }
  }

  @Test
  void seedArticleQuotesAllFoundWithTheirSpeakers() throws IOException {
    Path seed = SharedParley.seedOrSkip("QuoteAttributionIT");
    var analyses = AnalyzeCommandIT.analyze(seed);
    var a = analyses.get(0);
    int withSpeaker = 0;
    for (var q : a.get("quotes")) {
      if (!q.get("speaker").isNull()) {
        withSpeaker++;
      }
    }
    assertThat(a.get("quotes").size()).isGreaterThanOrEqualTo(5);
    assertThat(withSpeaker).isEqualTo(a.get("quotes").size());
  }
}
