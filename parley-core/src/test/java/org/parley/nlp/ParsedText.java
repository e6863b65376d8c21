// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.article.Span;

/**
 * The one notation for hand-parsed sentences, so that stage tests need not load the NLP models. Tokens are separated
 * by single spaces; each is written {@code word[|lemma]/POS[/NER][/head/relation]}:
 *
 * <ul>
 *   <li>{@code head} is a token index, {@code -1} for the root; a token without {@code head/relation} has no arc;</li>
 *   <li>{@code NER} is left out for none ({@code O});</li>
 *   <li>the lemma, left out, is the word for proper nouns ({@code NNP}, {@code NNPS}) and the lower-cased word
 *       otherwise: {@code said|say/VBD/2/ccomp} gives another;</li>
 *   <li>{@code _} in a word stands for a space ({@code New_York/NNP/LOCATION}).</li>
 * </ul>
 *
 * <p>The text is the words joined by single spaces; {@link ParsedArticle} builds articles of several sentences, or
 * finds the words in a text of its own.
 *
 * <pre>{@code ParsedText.of("Talks|talk/NNS/1/nsubj ended|end/VBD/-1/root Chad/NNP/LOCATION")}</pre>
 */
public final class ParsedText {
  private final String text;
  private final Sentence sentence;

  private ParsedText(String text, Sentence sentence) {
    this.text = text;
    this.sentence = sentence;
  }

  public static ParsedText of(String encoded) {
    StringBuilder text = new StringBuilder();
    Sentence s = place(0, encoded, text, null, 0);
    return new ParsedText(text.toString(), s);
  }

  /**
   * Reads {@code encoded} as sentence {@code index}. With {@code given} null each word is appended to {@code text},
   * after a space; otherwise each word is found in {@code given}, in order, from {@code from}.
   */
  static Sentence place(int index, String encoded, StringBuilder text, String given, int from) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = from;
    int first = -1;
    String[] items = encoded.trim().split(" ");
    for (int i = 0; i < items.length; i++) {
      Written w = Written.read(i, items[i]);
      int start;
      if (given == null) {
        if (i > 0) {
          text.append(' ');
        }
        start = text.length();
        text.append(w.word);
      } else {
        start = given.indexOf(w.word, at);
        if (start < 0) {
          throw new IllegalArgumentException("token '" + w.word + "' not found after " + at + " in: " + given);
        }
      }
      at = start + w.word.length();
      first = first < 0 ? start : first;
      tokens.add(new Token(i, new Span(start, at), w.word, w.lemma, w.pos, w.ner));
      if (w.relation != null) {
        deps.add(new Dependency(w.head, i, w.relation));
      }
    }
    return new Sentence(index, new Span(first, at), tokens, deps);
  }

  /** One token as written. */
  private record Written(String word, String lemma, String pos, String ner, int head, String relation) {
    static Written read(int i, String item) {
      String[] f = item.split("/", -1);
      if (f.length < 2 || f.length > 5 || f[0].isEmpty()) {
        throw new IllegalArgumentException("token " + i + " needs word/POS[/NER][/head/relation]: " + item);
      }
      String word = f[0];
      String lemma = null;
      int bar = word.indexOf('|');
      if (bar > 0) {
        lemma = word.substring(bar + 1).replace('_', ' ');
        word = word.substring(0, bar);
      }
      word = word.replace('_', ' ');
      String pos = f[1];
      if (lemma == null) {
        lemma = pos.startsWith("NNP") ? word : word.toLowerCase(Locale.ROOT);
      }
      String ner = f.length == 3 || f.length == 5 ? f[2] : "O";
      if (f.length < 4) {
        return new Written(word, lemma, pos, ner, 0, null);
      }
      return new Written(word, lemma, pos, ner, Integer.parseInt(f[f.length - 2]), f[f.length - 1]);
    }
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
