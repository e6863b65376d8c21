// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.quotes.QuoteContext.isWordy;
import static org.parley.quotes.QuoteContext.words;

import java.util.regex.Matcher;
import org.parley.article.Span;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Attributions that the page's layout rather than its grammar gives: a transcript turn opening with the speaker's
 * name and a colon, or a dash and a name after the closing mark. Parsers read neither, so they are found in the
 * characters around the quotation.
 */
final class LayoutAttribution {
  private LayoutAttribution() {}

  /** A transcript turn: the quoted paragraph opens with its speaker's name in capitals and a colon. */
  static Attribution transcriptLabel(QuoteContext cx, QuoteGroup g) {
    String text = cx.article().text();
    Span inner = g.first().parts().get(0);
    Matcher m = QuoteScanner.SPEAKER_LABEL.matcher(text.substring(inner.start(), inner.end()));
    if (!m.lookingAt()) {
      return null;
    }
    Sentence s = cx.article().sentenceAt(inner.start());
    if (s == null) {
      return null;
    }
    int labelEnd = inner.start() + m.end();
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() >= inner.start() && t.span().end() <= labelEnd && isWordy(t)) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    if (first < 0) {
      return null;
    }
    Span content = new Span(labelEnd, g.inner().end());
    return new Attribution(s, last, first, last, s.span(first, last), content);
  }

  /** A dash after the closing mark and a name: "... our greatest shame." ― Jane Doe */
  static Attribution dash(QuoteContext cx, QuoteGroup g) {
    String text = cx.article().text();
    int i = g.outer().end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int nl = text.indexOf('\n', i);
    int end = nl < 0 ? text.length() : nl;
    if (words(text.substring(i, end)).size() > 8) {
      return null;
    }
    Sentence s = cx.article().sentenceAt(i + 1 < end ? i + 1 : i);
    if (s == null) {
      return null;
    }
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() > i && t.span().end() <= end && isWordy(t)) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    if (first < 0) {
      return null;
    }
    int head = last;
    for (int k = first; k <= last; k++) {
      if (s.tokens().get(k).isProperNoun()) {
        head = k;
      }
    }
    return new Attribution(s, head, first, last, new Span(i, i + 1), null);
  }
}
