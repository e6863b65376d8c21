// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.quotes.Quote;

/**
 * Reported speech ({@code direct: false}) over real NLP, in articles with no quotation marks at all, for speakers
 * the actor stage does not know. Team-written sentences in news style; the wider check is
 * {@code parley eval --set reported}.
 */
class ReportedSpeechIT {

  private static Analysis analyse(String... paragraphs) {
    String text = String.join("\n\n", paragraphs) + "\n";
    return SharedParley.get().analyze(new Article(Article.contentId(text), null, null, null, null, text, "it"));
  }

  private static Quote report(Analysis a, String words) {
    return a.quotes().stream().filter(q -> !q.direct() && q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no reported speech with '" + words + "' among " + a.quotes()));
  }

  private static Actor speaker(Analysis a, Quote q) {
    assertThat(q.speakerId()).as("speaker of %s", q.text()).isNotNull();
    return a.actors().stream().filter(x -> x.id().equals(q.speakerId())).findFirst().orElseThrow();
  }

  @Test
  void anArticleWithoutQuotationMarksStillReportsSpeech() {
    Analysis a = analyse("Foreign Minister Talia Varga said on Tuesday that the border crossing would reopen next week.");
    Quote q = report(a, "border crossing would reopen");
    assertThat(q.text()).isEqualTo("the border crossing would reopen next week");
    assertThat(speaker(a, q).name()).contains("Varga");
  }

  @Test
  void unnamedSpeakersAreKeptAsTheTextNamesThem() {
    Analysis a = analyse(
        "A military source, speaking on condition of anonymity, said reinforcements had reached the front line.",
        "Aid agencies said thousands of families had fled the fighting around the northern town.");
    assertThat(speaker(a, report(a, "reinforcements had reached")).name()).contains("military source");
    assertThat(speaker(a, report(a, "families had fled")).name()).containsIgnoringCase("aid agencies");
  }

  @Test
  void aPublishingVerbReportsItsSourcesWords() {
    Analysis a = analyse("The health ministry reported that the number of cholera cases had doubled in two weeks.");
    assertThat(speaker(a, report(a, "cholera cases had doubled")).name()).containsIgnoringCase("ministry");
  }
}
