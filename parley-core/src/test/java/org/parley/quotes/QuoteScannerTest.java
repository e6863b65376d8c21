// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
  private static List<String> quoted(String text) {
    return QuoteScanner.scan(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void findsCurlyAndStraightDoubleQuotes() {
    assertThat(quoted("\u201cWe are ready,\u201d she said. He replied: \"Not yet.\""))
        .containsExactly("We are ready,", "Not yet.");
  }

  @Test
  void readsMixedGlyphsByWhatFlanksThem() {
    // scraped text often pairs a curly opener with a straight closer
    assertThat(quoted("There was \u201cno evidence\" of a link, the mayor said."))
        .containsExactly("no evidence");
  }

  @Test
  void findsTypewriterQuotes() {
    assertThat(quoted("``The corridor will open at dawn,'' an official said."))
        .containsExactly("The corridor will open at dawn,");
  }

  @Test
  void findsGuillemetsWithFrenchSpacing() {
    assertThat(quoted("\u00ab Nous ne c\u00e9derons pas \u00bb, a dit le colonel."))
        .containsExactly("Nous ne c\u00e9derons pas");
  }

  @Test
  void findsSingleQuotesButNotApostrophes() {
    assertThat(quoted("\u2018We won\u2019t withdraw,\u2019 the ministry said of the soldiers\u2019 positions."))
        .containsExactly("We won\u2019t withdraw,");
  }

  @Test
  void joinsParagraphsThatReopenAnUnclosedQuote() {
    String text = "\"Every side has to give something.\n\"Nobody wins a war like this one,\" she said.\n";
    List<QuotedSegment> segments = QuoteScanner.scan(text);
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).parts()).hasSize(2);
    assertThat(segments.get(0).text(text))
        .isEqualTo("Every side has to give something. Nobody wins a war like this one,");
  }

  @Test
  void endsAnUnclosedQuoteAtItsParagraphWhenTheNextDoesNotReopen() {
    String text = "\"We will hold the line\nThe talks resumed on Tuesday.";
    List<QuotedSegment> segments = QuoteScanner.scan(text);
    assertThat(segments).singleElement().satisfies(s -> {
      assertThat(s.closed()).isFalse();
      assertThat(s.text(text)).isEqualTo("We will hold the line");
    });
  }

  @Test
  void transcriptTurnsAreSeparateQuotes() {
    String text = "\"HOST: Will you attend?\n\"MINISTER: We will not.\"\n";
    assertThat(quoted(text)).containsExactly("HOST: Will you attend?", "MINISTER: We will not.");
  }

  @Test
  void ignoresAttributeValuesOfLeftoverMarkup() {
    assertThat(quoted("<tweet author=\"newsdesk\" id=\"123\"> The vote is set.")).isEmpty();
  }

  @Test
  void nestedQuotesStayInsideTheirQuotation() {
    assertThat(quoted("\u201cHe told me \u2018never again\u2019 and left,\u201d she said."))
        .containsExactly("He told me \u2018never again\u2019 and left,");
  }
}
