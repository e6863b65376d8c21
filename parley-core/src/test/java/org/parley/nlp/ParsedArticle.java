// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Span;

/**
 * A hand-parsed article of several paragraphs, for stages that read across sentences without the NLP models.
 * Sentences are written as for {@link ParsedText}; a plain line (no slashes) is a sentence left unparsed, such as
 * a dateline. Paragraphs are separated by a blank line in the text, sentences of one paragraph by a space.
 *
 * <pre>{@code new ParsedArticle(LocalDate.of(2025, 5, 2)).paragraph("KHARTOUM (AP) --")
 *     .paragraph("Talks/NNS/O/1/nsubj ended/VBD/O/-1/root ././O/1/punct").article()}</pre>
 */
public final class ParsedArticle {
  private final LocalDate published;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();

  public ParsedArticle(LocalDate published) {
    this.published = published;
  }

  /** Adds a paragraph of the given sentences. */
  public ParsedArticle paragraph(String... encodedSentences) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    for (int k = 0; k < encodedSentences.length; k++) {
      if (k > 0) {
        text.append(' ');
      }
      int offset = text.length();
      String encoded = encodedSentences[k];
      if (!encoded.contains("/")) {
        text.append(encoded);
        sentences.add(new Sentence(sentences.size(), new Span(offset, text.length()), List.of(), List.of()));
        continue;
      }
      Sentence s = ParsedText.of(encoded).sentence();
      List<Token> tokens = new ArrayList<>();
      for (Token t : s.tokens()) {
        tokens.add(new Token(t.index(), new Span(t.span().start() + offset, t.span().end() + offset), t.text(),
            t.lemma(), t.pos(), t.ner()));
      }
      text.append(ParsedText.of(encoded).text());
      sentences.add(new Sentence(sentences.size(), new Span(offset, text.length()), tokens, s.dependencies()));
    }
    return this;
  }

  public String text() {
    return text.toString();
  }

  public AnnotatedArticle article() {
    Article a = new Article("t", null, published, null, null, text.toString(), "test");
    return new AnnotatedArticle(a, EnumSet.allOf(Layer.class), sentences);
  }

  /** The sentence numbered {@code i}. */
  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  /** The span of the first token written {@code word} in sentence {@code i}. */
  public Span token(int i, String word) {
    for (Token t : sentences.get(i).tokens()) {
      if (t.text().equals(word)) {
        return t.span();
      }
    }
    throw new IllegalArgumentException("no token " + word + " in sentence " + i);
  }
}
