// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.quotes.Quote;

/**
 * Quotation styles of several newsrooms and speakers from the discourse, over real NLP. Every sentence is
 * team-written (quotes4) and invented: wire copy with the attribution between two quoted sentences, typewriter
 * marks, British single quotes, guillemets, a quotation running over paragraphs, partial quotations inside a
 * reported clause, a title that continues the person it titled, unnamed sources kept as written, and reported
 * speech in the wire's order.
 */
class QuoteStylesIT {

  private static Analysis analyse(String... paragraphs) {
    String text = String.join("\n\n", paragraphs) + "\n";
    return SharedParley.get().analyze(new Article(Article.contentId(text), null, null, null, null, text, "it"));
  }

  private static Quote quote(Analysis a, boolean direct, String words) {
    return a.quotes().stream().filter(q -> q.direct() == direct && q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + (direct ? "direct" : "reported") + " quote with '" + words
            + "' among " + a.quotes()));
  }

  private static Actor speaker(Analysis a, Quote q) {
    assertThat(q.speakerId()).as("speaker of %s", q.text()).isNotNull();
    return a.actors().stream().filter(x -> x.id().equals(q.speakerId())).findFirst().orElseThrow();
  }

  private static Actor speaker(Analysis a, String words) {
    return speaker(a, quote(a, true, words));
  }

  private static String mentions(Analysis a, Actor x) {
    return String.join(" | ", x.mentions().stream().map(m -> m.of(a.annotated().text())).toList());
  }

  @Test
  void theAttributionBetweenTwoQuotedSentencesNamesTheSpeakerOfBoth() {
    Analysis a = analyse("The delegations left the hotel before noon.",
        "\"Is the text ready? Not yet,\" Ms. Arden said. \"Will it be ready by Friday? I think so.\"");
    Quote q = quote(a, true, "Is the text ready");
    assertThat(q.text()).contains("ready by Friday");
    assertThat(speaker(a, q).name()).contains("Arden");
  }

  @Test
  void typewriterMarksWithTheAttributionInTheMiddle() {
    Analysis a = analyse("Shelling resumed overnight along the river.",
        "``Nobody is safe in the old town, '' the bishop of the diocese, Anselm Roth, said. ``Nobody.''");
    assertThat(speaker(a, "Nobody is safe").name()).contains("Roth");
  }

  @Test
  void britishSingleQuotesAndGuillemets() {
    Analysis a = analyse("The Defence Secretary, Helen Marsh, said last night: 'We will not be intimidated.'",
        "\u00ab We will not give up a single village \u00bb, said the commander of the northern front, General Paul"
            + " Ferrand.");
    assertThat(speaker(a, "We will not be intimidated").name()).contains("Marsh");
    assertThat(speaker(a, "single village").name()).contains("Ferrand");
  }

  @Test
  void aQuotationRunningOverParagraphsKeepsItsSpeaker() {
    Analysis a = analyse("\"The first condition is a ceasefire,\" the mediator, Yara Castell, told the assembly.",
        "\"The second is the return of the displaced. Without both there will be no signature.",
        "\"And nobody should expect one this year.\"");
    assertThat(speaker(a, "The second is the return").name()).contains("Castell");
  }

  @Test
  void aPartialQuotationReportsTheWholeClauseItSitsIn() {
    Analysis a = analyse("Envoy Marek Hollis said there was still a \"wide gap between the two capitals,\" when it"
        + " comes to the number of observers on the line.");
    Quote q = quote(a, true, "wide gap");
    assertThat(q.text()).contains("there was still").contains("number of observers");
    assertThat(speaker(a, q).name()).contains("Hollis");
  }

  @Test
  void aNamesParenthesisAndDescriptionNameTheSpeaker() {
    Analysis a = analyse("\"This agreement is a trap,\" said Sen. Dana Whitlock (R-Idaho), a member of the armed"
        + " services committee.");
    Actor x = speaker(a, "This agreement is a trap");
    assertThat(x.name()).contains("Whitlock");
    assertThat(mentions(a, x)).contains("(R-Idaho), a member of the armed services committee");
  }

  @Test
  void aTitleContinuesThePersonItTitled() {
    Analysis a = analyse("The spokeswoman for the ministry, Eva Rahn, spoke to reporters at the border post.",
        "\"The corridor will open at dawn,\" the spokeswoman said.",
        "President Amara Diallo addressed the nation on Tuesday evening. The president said new elections would be"
            + " held within a year.");
    assertThat(speaker(a, "corridor will open").name()).contains("Rahn");
    assertThat(speaker(a, quote(a, false, "new elections")).name()).contains("Diallo");
  }

  @Test
  void anUnnamedSourceIsNotReplacedByTheNearestName() {
    Analysis a = analyse("Secretary of State Laura Bell met the envoy on Monday.",
        "\"The talks are at a very sensitive stage,\" a senior U.S. official said.",
        "A senior army officer, speaking on condition of anonymity, said the brigade had lost half its vehicles.");
    Actor official = speaker(a, "very sensitive stage");
    assertThat(official.name()).contains("official").doesNotContain("Bell");
    Optional<Quote> r = a.quotes().stream().filter(q -> !q.direct() && q.text().contains("lost half")).findFirst();
    assertThat(r).isPresent();
    assertThat(speaker(a, r.get()).name()).contains("officer");
  }

  @Test
  void reportedSpeechInTheWiresOrderAndAfterAccordingTo() {
    Analysis a = analyse("Talks between the two delegations will resume in Geneva on Monday, a U.N. spokesman said.",
        "The grain ship left the port early on Friday, according to the harbour authority.",
        "According to aid workers, the camp has run out of clean water.");
    assertThat(speaker(a, quote(a, false, "will resume in Geneva")).name()).contains("spokesman");
    assertThat(speaker(a, quote(a, false, "grain ship left")).name()).contains("harbour authority");
    assertThat(speaker(a, quote(a, false, "run out of clean water")).name()).containsIgnoringCase("aid workers");
  }

  @Test
  void reportedSpeechTheParserLostIsStillFound() {
    Analysis a = analyse("The rebel commander told reporters the ceasefire was holding in most of the province.",
        "Campaigners have warned the new rules will leave thousands of refugees without legal advice.");
    assertThat(speaker(a, quote(a, false, "ceasefire was holding")).name()).contains("commander");
    assertThat(speaker(a, quote(a, false, "new rules will leave")).name()).containsIgnoringCase("campaigners");
  }
}
