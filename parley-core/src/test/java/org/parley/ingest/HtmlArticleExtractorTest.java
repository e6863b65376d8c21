// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  static String fixture(String name) {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/ingest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsTheBodyInOrderWithoutPageFurniture() {
    String text = extractor.extract(fixture("news-page.html"), null).text();
    assertThat(text).startsWith("Negotiators from Veloria and the Ostrand Republic returned to the table")
        .contains("A fragile opening\n\n\"We came here to listen, not to sign,\"")
        .contains("\"Every week without a ceasefire costs lives in the valley,\" the mediator said")
        .endsWith("according to the regional relief agency.");
    assertThat(text.indexOf("The talks, hosted by")).isLessThan(text.indexOf("Diplomats briefed"));
    assertThat(text).doesNotContain("cookies", "Share on", "Photo:", "Delegates arrive", "Advertisement",
        "Prisoner swap completed", "morning briefing", "third round of talks in a year", "All rights reserved",
        "Politics", "Hana Kovacs", "Border talks resume after prisoner swap");
  }

  @Test
  void readsMetadataFromJsonLdOpenGraphCanonicalLinkAndLang() {
    HtmlArticleExtractor.Extracted e = extractor.extract(fixture("news-page.html"), "https://mirror.example/copy");
    assertThat(e.title()).isEqualTo("Border talks resume after prisoner swap");
    assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(e.url()).isEqualTo("https://ledger.example/world/2024/03/14/border-talks-resume");
    assertThat(e.siteName()).isEqualTo("The Meridian Ledger");
    assertThat(e.byline()).isEqualTo("Hana Kovacs");
    assertThat(e.language()).isEqualTo("en-GB");
  }

  @Test
  void joinsAnArticleCutIntoChunksByPromotionSlots() {
    String text = extractor.extract(fixture("chunked-page.html"), null).text();
    assertThat(text).startsWith("The ceasefire between government forces")
        .contains("Commanders on both sides accused each other", "The truce was brokered last week")
        .endsWith("before the trucks could move.")
        .doesNotContain("Subscribe", "Download our app");
  }

  @Test
  void readsParagraphsWrittenAsLineBreaksInADivAndTheDateFromTheUrl() {
    String page = "<html><body><div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
        + "<div class=\"post-body\">Rebel commanders said on Sunday they would withdraw from two villages, "
        + "a first step under the accord signed in the capital last month.<br><br>"
        + "The government welcomed the move, but said monitors must confirm it before talks on disarmament "
        + "could begin, according to a spokesman.</div></body></html>";
    HtmlArticleExtractor.Extracted e = extractor.extract(page, "https://news.example/2023/07/09/withdrawal");
    assertThat(e.text()).isEqualTo("Rebel commanders said on Sunday they would withdraw from two villages, a first "
        + "step under the accord signed in the capital last month.\n\nThe government welcomed the move, but said "
        + "monitors must confirm it before talks on disarmament could begin, according to a spokesman.");
    assertThat(e.published()).isEqualTo(LocalDate.of(2023, 7, 9));
  }

  @Test
  void keepsAnEmbeddedPostInsideASocialMediaWrapper() {
    String page = "<html><body><article><p>The foreign ministry confirmed the meeting in a short post on Monday, "
        + "hours after the delegations arrived in the capital for the talks.</p>"
        + "<div class=\"social-embed\"><blockquote class=\"embedded-post\"><p>Delegations from both countries "
        + "have arrived for the talks. <a href=\"https://x.example/1\">pic.example/abc</a></p>"
        + "— Foreign Ministry (@ministry) <a href=\"https://x.example/1\">March 4, 2024</a></blockquote></div>"
        + "<p>The talks are expected to last three days, officials from both sides said afterwards.</p>"
        + "</article><div class=\"social-share\"><a href=\"#\">Share</a></div></body></html>";
    String text = extractor.extract(page, null).text();
    assertThat(text).contains("Delegations from both countries have arrived for the talks.")
        .contains("— Foreign Ministry (@ministry) March 4, 2024")
        .doesNotContain("Share");
  }

  @Test
  void refusesAPageNestedAHundredThousandDeep() {
    String page = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep.</p>" + "</div>".repeat(100_000)
        + "</body></html>";
    assertThatThrownBy(() -> extractor.extract(page, null))
        .isInstanceOf(HtmlArticleExtractor.TooDeepException.class)
        .hasMessageContaining("nested deeper than 1000");
  }
}
