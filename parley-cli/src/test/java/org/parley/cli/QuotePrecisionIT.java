// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.quotes.Quote;

/**
 * What is and is not a quote, over real NLP: quotations resumed after their attribution, quoted words chained in
 * one reported clause, and the quotation marks of news that are not speech (scare quotes, words an organiser is
 * cited for, an excerpt's paragraph marks), and indirect speech reported as such. One team-written news fixture.
 */
class QuotePrecisionIT {
  private static final String TEXT = String.join("\n",
      "Defence ministers from both sides met in Vienna on Tuesday for a third round of talks.",
      "\"We are open to a ceasefire along the current line,\" Defence Minister Karel Novak said on Tuesday. "
          + "\"The next step is up to the other side.\"",
      "The round achieved \"almost nothing,\" Sofia Lind, the mediator, said afterwards. "
          + "\"Both delegations came without instructions.\"",
      "Aid convoys crossed what drivers now know as the \"last open road to the coast\" on Friday.",
      "More than 3,000 volunteers took part in a nationwide \"clean-up\" of damaged schools, according to the "
          + "organisers.",
      "\"The lights went out across the district before midnight.",
      "Maria Kovac waited at the checkpoint for her son. She kept saying, \"Don't you leave me,\" as the sirens "
          + "sounded.",
      "The opposition leader, Tomas Berg, called the deal a \"betrayal\" that was \"signed in the dark.\"",
      "\"Every delay costs lives,\" the envoy said, referring to the blocked convoys, \"and we cannot wait another "
          + "week.\"",
      "Karel Novak said that the first prisoner exchange would take place next week.",
      "Novak said the talks had been \"constructive but slow.\"",
      "Sofia Lind said the convoys would resume on Monday, while aid agencies warned that fuel was running out.",
      "");

  private static Analysis analysis;

  @BeforeAll
  static void analyze() {
    analysis = SharedParley.get().analyze(new Article(Article.contentId(TEXT), null, null, null, null, TEXT, "it"));
  }

  private static List<Quote> quotesWith(String words) {
    return analysis.quotes().stream().filter(q -> q.text().contains(words)).toList();
  }

  private static Quote quote(String words) {
    List<Quote> found = quotesWith(words);
    assertThat(found).as("quotes with '%s' among %s", words, analysis.quotes()).hasSize(1);
    return found.get(0);
  }

  private static Actor speaker(Quote q) {
    assertThat(q.speakerId()).as("speaker of %s", q.text()).isNotNull();
    return analysis.actors().stream().filter(a -> a.id().equals(q.speakerId())).findFirst().orElseThrow();
  }

  @Test
  void quotationResumedAfterItsAttributionSentenceIsOneQuote() {
    Quote q = quote("open to a ceasefire");
    assertThat(q.text()).isEqualTo(
        "We are open to a ceasefire along the current line, The next step is up to the other side.");
    assertThat(q.direct()).isTrue();
    assertThat(speaker(q).name()).contains("Karel Novak");
  }

  @Test
  void partialQuoteResumedAfterItsAttributionKeepsItsClauseAndTheRest() {
    Quote q = quote("almost nothing");
    assertThat(q.text()).startsWith("The round achieved \"almost nothing,\"")
        .endsWith("Both delegations came without instructions.");
    assertThat(speaker(q).name()).contains("Sofia Lind");
  }

  @Test
  void quotedPhraseNobodySaysIsAScareQuote() {
    assertThat(quotesWith("last open road")).isEmpty();
  }

  @Test
  void wordMarkedInASentenceCitedToItsOrganisersReportsTheSentenceWithoutTheCitation() {
    Quote q = quote("clean-up");
    assertThat(q.text()).isEqualTo(
        "More than 3,000 volunteers took part in a nationwide \"clean-up\" of damaged schools");
    assertThat(speaker(q).name()).contains("organisers");
  }

  @Test
  void paragraphOpenedByAnUnclosedMarkWithoutSpeakerIsNotAQuote() {
    assertThat(quotesWith("lights went out")).isEmpty();
  }

  @Test
  void shortQuotedSentenceInSentenceCaseIsNotATitle() {
    Quote q = quote("Don't you leave me");
    assertThat(q.text()).isEqualTo("Don't you leave me,");
    assertThat(speaker(q).name()).contains("Kovac");
  }

  @Test
  void quotedWordsChainedInOneReportedClauseAreOneQuote() {
    Quote q = quote("betrayal");
    assertThat(q.text()).contains("signed in the dark");
    assertThat(quotesWith("signed in the dark")).containsExactly(q);
    assertThat(speaker(q).name()).contains("Tomas Berg");
  }

  @Test
  void labellingParticipleInsideTheAttributionDoesNotSplitTheQuote() {
    Quote q = quote("Every delay costs lives");
    assertThat(q.text()).isEqualTo("Every delay costs lives, and we cannot wait another week.");
    assertThat(speaker(q).name()).endsWith("envoy");
  }

  @Test
  void indirectSpeechIsAnIndirectQuoteOfTheCuesSubject() {
    Quote q = quote("prisoner exchange");
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("the first prisoner exchange would take place next week");
    assertThat(q.cue().of(TEXT)).isEqualTo("said");
    assertThat(speaker(q).name()).contains("Karel Novak");
  }

  @Test
  void aContrastTheWriterAddsIsNotPartOfTheReport() {
    Quote q = quote("convoys would resume");
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("the convoys would resume on Monday");
    assertThat(speaker(q).name()).contains("Sofia Lind");
  }

  @Test
  void mixedQuoteIsNotReportedAgainAsIndirectSpeech() {
    Quote q = quote("constructive but slow");
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("the talks had been \"constructive but slow.\"");
  }
}
