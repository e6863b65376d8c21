// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongSentencesTest {
  @Test
  void leavesOrdinaryNewsAlone() {
    String text = "Envoys from both sides met in the capital on Monday, the ministry said. Talks resume today.";
    LongSentences.Broken b = LongSentences.breakForParsing(text);
    assertThat(b.breaks()).isZero();
    assertThat(b.text()).isSameAs(text);
  }

  @Test
  void breaksARunOnSentenceAtClausePunctuationKeepingEveryOffset() {
    StringBuilder run = new StringBuilder("The militia shelled");
    for (int i = 0; i < 400; i++) {
      run.append(i % 10 == 9 ? " the depot," : " the village");
    }
    String text = run + " and withdrew. Talks resume today.";
    LongSentences.Broken b = LongSentences.breakForParsing(text);
    assertThat(b.breaks()).isGreaterThanOrEqualTo(text.length() / LongSentences.MAX_CHARS);
    assertThat(b.text()).hasSameSizeAs(text);
    for (String piece : b.text().split("\n")) {
      assertThat(piece.length()).isLessThanOrEqualTo(LongSentences.MAX_CHARS);
      assertThat(piece).doesNotStartWith(" ");
    }
    for (int i = 0; i < text.length(); i++) {
      if (b.text().charAt(i) == '\n') {
        assertThat(text.charAt(i - 1)).isEqualTo(','); // after "the depot,"
      } else {
        assertThat(b.text().charAt(i)).isEqualTo(text.charAt(i));
      }
    }
  }

  @Test
  void aStretchWithoutPunctuationBreaksAtASpaceAndOneHugeWordIsLeft() {
    String words = "word ".repeat(1_000);
    assertThat(LongSentences.breakForParsing(words).breaks()).isGreaterThan(0);
    String blob = "x".repeat(5_000);
    assertThat(LongSentences.breakForParsing(blob).text()).isEqualTo(blob);
  }
}
