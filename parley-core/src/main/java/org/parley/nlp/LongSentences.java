// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

/**
 * Caps what one sentence may cost before it reaches a parser. News sentences run to a few hundred characters
 * (the longest in our development sets is under 700); a stretch of text far longer with no full stop and no
 * line break is a run-on list, scraped residue or a hostile input, and a parser's cost grows with a
 * sentence's length. Such a stretch is broken into pieces of at most {@link #MAX_CHARS} characters by turning
 * one space into a line break, which every backend here reads as a sentence break: at the last clause
 * punctuation (comma, semicolon, colon, dash) in the second half of the piece, else at its last space. The
 * text keeps its length, so every offset into it stays valid. Linear in the text's length.
 */
public final class LongSentences {
  /** The longest stretch a parser is given without a sentence break. */
  public static final int MAX_CHARS = 1_200;

  private LongSentences() {}

  /** The text as the parser should see it, and how many breaks were added (0: the text itself). */
  public record Broken(String text, int breaks) {}

  public static Broken breakForParsing(String text) {
    return breakForParsing(text, MAX_CHARS);
  }

  static Broken breakForParsing(String text, int max) {
    char[] c = null;
    int breaks = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || isStop(ch) && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        start = i + 1;
      } else if (i - start >= max) {
        int at = breakPoint(text, start + max / 2, i);
        if (at < 0) {
          start = i; // one giant word: nothing to break at; the tokenizer makes it one token
          continue;
        }
        if (c == null) {
          c = text.toCharArray();
        }
        c[at] = '\n';
        breaks++;
        start = at + 1;
      }
    }
    return c == null ? new Broken(text, 0) : new Broken(new String(c), breaks);
  }

  /** The space in {@code [from, to]} after the last clause punctuation there, else the last space, or -1. */
  private static int breakPoint(String text, int from, int to) {
    int space = -1;
    for (int k = to; k >= from && k > 0; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        continue;
      }
      char before = text.charAt(k - 1);
      if (before == ',' || before == ';' || before == ':' || before == '\u2013' || before == '\u2014') {
        return k;
      }
      if (space < 0) {
        space = k;
      }
    }
    return space;
  }

  private static boolean isStop(char ch) {
    return ch == '.' || ch == '!' || ch == '?';
  }
}
