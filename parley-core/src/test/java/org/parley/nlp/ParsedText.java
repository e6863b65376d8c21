// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Span;

/**
 * Hand-built parsed sentences for stage tests that must not load the NLP models. Each token is written as
 * {@code word/POS/NER/head/relation} (head as a token index, -1 for the root; NER {@code O} for none), tokens
 * separated by single spaces; {@code said|say/VBD/...} gives a lemma other than the lower-cased word. The text is the words joined by single spaces.
 *
 * <pre>{@code ParsedText.of("Talks/NNS/O/1/nsubj ended/VBD/O/-1/root")}</pre>
 */
public final class ParsedText {
  private final String text;
  private final Sentence sentence;

  private ParsedText(String text, Sentence sentence) {
    this.text = text;
    this.sentence = sentence;
  }

  public static ParsedText of(String encoded) {
    String[] items = encoded.trim().split(" ");
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      // split from the right: the word itself may contain a slash ("24/7") but never the last four fields
      String item = items[i];
      String[] f = new String[5];
      int end = item.length();
      for (int k = 4; k >= 1; k--) {
        int slash = item.lastIndexOf('/', end - 1);
        if (slash < 0) {
          throw new IllegalArgumentException("token " + i + " needs word/POS/NER/head/relation: " + item);
        }
        f[k] = item.substring(slash + 1, end);
        end = slash;
      }
      f[0] = item.substring(0, end);
      String lemma = null;
      int bar = f[0].indexOf('|');
      if (bar > 0) {
        lemma = f[0].substring(bar + 1);
        f[0] = f[0].substring(0, bar);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      if (lemma == null) {
        lemma = f[1].startsWith("NNP") ? f[0] : f[0].toLowerCase(java.util.Locale.ROOT);
      }
      tokens.add(new Token(i, new Span(start, text.length()), f[0], lemma, f[1], f[2]));
      deps.add(new Dependency(Integer.parseInt(f[3]), i, f[4]));
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, deps);
    return new ParsedText(text.toString(), s);
  }

  public String text() {
    return text;
  }

  public Sentence sentence() {
    return sentence;
  }

  /** The index of the first token written {@code word}. */
  public int token(String word) {
    for (Token t : sentence.tokens()) {
      if (t.text().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token " + word + " in: " + text);
  }
}
