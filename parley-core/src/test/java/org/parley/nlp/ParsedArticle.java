// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Span;

/**
 * A hand-parsed article of several sentences, for stages that read across sentences without the NLP models.
 * Sentences are written as for {@link ParsedText}.
 *
 * <p>Built from its sentences, the text is the sentences of a paragraph joined by a space, paragraphs by a blank
 * line; a plain line (no slashes) is a sentence left unparsed, such as a dateline. Built {@link #over} a text of its
 * own (with punctuation written as a reader sees it), each word is found in that text, in order.
 *
 * <pre>{@code new ParsedArticle(LocalDate.of(2025, 5, 2)).paragraph("KHARTOUM (AP) --")
 *     .paragraph("Talks|talk/NNS/1/nsubj ended|end/VBD/-1/root ././1/punct").article()}</pre>
 */
public final class ParsedArticle {
  private final Article given;
  private final LocalDate published;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  /** Over a given text: where the next word is looked for. */
  private int cursor;

  /** An article without a publication day. */
  public ParsedArticle() {
    this((LocalDate) null);
  }

  public ParsedArticle(LocalDate published) {
    this.given = null;
    this.published = published;
  }

  private ParsedArticle(Article given) {
    this.given = given;
    this.published = given.published();
  }

  /** Sentences whose words are found in {@code text}. */
  public static ParsedArticle over(String text) {
    return over(new Article("t", null, null, null, null, text, "test"));
  }

  /** Sentences whose words are found in the text of {@code article}. */
  public static ParsedArticle over(Article article) {
    return new ParsedArticle(article);
  }

  /** Adds a paragraph of the given sentences. */
  public ParsedArticle paragraph(String... encodedSentences) {
    if (given == null && text.length() > 0) {
      text.append("\n\n");
    }
    for (int k = 0; k < encodedSentences.length; k++) {
      add(encodedSentences[k], k == 0);
    }
    return this;
  }

  /** Adds a sentence to the last paragraph (or, over a given text, the next sentence there). */
  public ParsedArticle sentence(String encoded) {
    add(encoded, text.length() == 0);
    return this;
  }

  /** Over a given text: looks for the next sentence's words from {@code offset} on. */
  public ParsedArticle from(int offset) {
    cursor = offset;
    return this;
  }

  private void add(String encoded, boolean paragraphStart) {
    if (given != null) {
      Sentence s = ParsedText.place(sentences.size(), encoded, null, given.text(), cursor);
      cursor = s.span().end();
      sentences.add(s);
      return;
    }
    if (!paragraphStart) {
      text.append(' ');
    }
    int offset = text.length();
    if (!encoded.contains("/")) {
      text.append(encoded);
      sentences.add(new Sentence(sentences.size(), new Span(offset, text.length()), List.of(), List.of()));
      return;
    }
    StringBuilder own = new StringBuilder();
    Sentence s = ParsedText.place(sentences.size(), encoded, own, null, 0);
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.index(), new Span(t.span().start() + offset, t.span().end() + offset), t.text(),
          t.lemma(), t.pos(), t.ner()));
    }
    text.append(own);
    sentences.add(new Sentence(s.index(), new Span(offset, text.length()), tokens, s.dependencies()));
  }

  public String text() {
    return given != null ? given.text() : text.toString();
  }

  public AnnotatedArticle article() {
    Article a = given != null ? given : new Article("t", null, published, null, null, text.toString(), "test");
    return new AnnotatedArticle(a, EnumSet.allOf(Layer.class), sentences);
  }

  /** The sentence numbered {@code i}. */
  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  /** The sentence added last. */
  public Sentence lastSentence() {
    return sentences.get(sentences.size() - 1);
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
