// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.quotes.Quote;

/**
 * Speakers that come from the discourse rather than from a verb of saying next to the quote, over real NLP: wire
 * copy in typewriter marks, fronted participles, documents that speak for the body that issued them, seats of
 * power, unnamed officials and definite descriptions. Team-written articles in news style.
 */
class QuoteSpeakerDiscourseIT {

  private static Analysis analyse(String... paragraphs) {
    String text = String.join("\n\n", paragraphs) + "\n";
    return SharedParley.get().analyze(new Article(Article.contentId(text), null, null, null, null, text, "it"));
  }

  private static Quote quote(Analysis a, String words) {
    return a.quotes().stream().filter(q -> q.direct() && q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' among " + a.quotes()));
  }

  private static Actor speaker(Analysis a, String words) {
    Quote q = quote(a, words);
    assertThat(q.speakerId()).as("speaker of %s", q.text()).isNotNull();
    return a.actors().stream().filter(x -> x.id().equals(q.speakerId())).findFirst().orElseThrow();
  }

  @Test
  void wireCopyAttributionInTheMiddleAndAFollowingPronoun() {
    Analysis a = analyse(
        "KHARTOUM, Sudan (AP) _ Mediators from three countries arrived in the capital on Sunday.",
        "``We will not sign a text that ignores the displaced,'' said Deputy Foreign Minister Omar Haddad. "
            + "``Our delegation needs more time.''",
        "Rights groups said the talks had been delayed twice.",
        "``The ceasefire is holding in most districts,'' he said.");
    assertThat(speaker(a, "ignores the displaced").name()).contains("Haddad");
    assertThat(speaker(a, "needs more time").name()).contains("Haddad");
    assertThat(speaker(a, "ceasefire is holding").name()).contains("Haddad");
  }

  @Test
  void aFrontedParticipleSpeaksForTheMainClauseSubject() {
    Analysis a = analyse(
        "Calling the proposal ``a dangerous gamble with civilian lives,'' Foreign Minister Lina Sorel said on Monday"
            + " that her government would not attend the conference.",
        "Saying ``nothing has been decided about the northern corridor,'' the Sudanese government urged residents"
            + " to stay in their homes.");
    assertThat(speaker(a, "dangerous gamble").name()).contains("Sorel");
    assertThat(speaker(a, "nothing has been decided").country()).isEqualTo("SDN");
  }

  @Test
  void aResolutionSpeaksForTheBodyThatAdoptedItAndItsPronounsFollow() {
    Analysis a = analyse(
        "CAIRO (AP) _ The Arab League condemned the shelling of the Rafah crossing on Tuesday.",
        "A resolution, drafted by Jordan and Egypt and adopted without a vote, ``calls on all parties to allow"
            + " medical convoys to pass without delay.''",
        "It also ``urges the warring sides to return to the negotiating table before the end of the month.''");
    assertThat(speaker(a, "medical convoys").name()).contains("Arab League");
    assertThat(speaker(a, "negotiating table").name()).contains("Arab League");
  }

  @Test
  void aNewspaperNamedAfterItsDescriptorSpeaks() {
    Analysis a = analyse(
        "The ruling party daily Al-Thawra said the offer ``has been rejected by every patriotic citizen of the"
            + " country.''",
        "``A Season of Betrayal,'' read the front-page editorial of Friday's edition of the ruling party daily"
            + " Al-Thawra.");
    assertThat(speaker(a, "patriotic citizen").name()).isEqualTo("Al-Thawra");
    assertThat(speaker(a, "Season of Betrayal").name()).isEqualTo("Al-Thawra");
  }

  @Test
  void seatsOfPowerAndUnnamedOfficialsSpeakAsTheTextNamesThem() {
    Analysis a = analyse(
        "In a statement, the Kremlin said it would do ``whatever is required'' to protect the pipeline.",
        "``The strikes will continue until the bridge is repaired,'' says one Ukrainian official involved in the"
            + " planning.",
        "The official adds, though, that ``the door to talks in Istanbul remains open for now.''");
    Actor kremlin = speaker(a, "whatever is required");
    assertThat(kremlin.name()).isEqualTo("Kremlin");
    assertThat(kremlin.country()).isEqualTo("RUS");
    Actor official = speaker(a, "strikes will continue");
    assertThat(official.name()).isEqualTo("Ukrainian official");
    assertThat(official.country()).isEqualTo("UKR");
    assertThat(speaker(a, "door to talks").id()).isEqualTo(official.id());
  }

  @Test
  void aReplyAfterAnInterruptingQuestionIsTheSubjects() {
    Analysis a = analyse(
        "And President Maria Lindqvist yesterday, asked whether she was pleased that the rebels had agreed to meet,"
            + " replied: \"I see nothing to celebrate in that offer at all.\"");
    assertThat(speaker(a, "nothing to celebrate").name()).contains("Lindqvist");
  }
}
