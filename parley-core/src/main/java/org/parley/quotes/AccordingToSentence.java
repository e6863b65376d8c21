// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.quotes.QuoteContext.isPunct;
import static org.parley.quotes.QuoteContext.opensSentence;

import java.util.Locale;
import java.util.Set;
import org.parley.article.Span;
import org.parley.nlp.Sentence;

/**
 * Rule "according-to-vouches-for-sentence": a quotation set inside a sentence that an "according to" phrase
 * attributes ("Some 3,000 farmers joined a regional 'sit-in', according to the union") does not report the marked
 * words alone: the source vouches for the whole sentence, and the marks only show which words are the source's own.
 * The quote is the sentence without its "according to" phrase; a quotation that opens its sentence is left as it is.
 */
final class AccordingToSentence {
  static final String RULE = "according-to-vouches-for-sentence";
  private static final Set<String> SEPARATORS = Set.of(",", "-", "--", "\u2014", "\u2013");

  private AccordingToSentence() {}

  /** The attribution {@code a} with the sentence it vouches for as its content, or null when the rule does not hold. */
  static Attribution vouched(QuoteContext cx, QuoteGroup g, Attribution a) {
    String text = cx.article().text();
    if (a == null || a.cue() == null || a.speakerHead() < 0
        || !a.cue().of(text).toLowerCase(Locale.ROOT).startsWith("according")) {
      return null;
    }
    Sentence s = a.sentence();
    if (!s.span().contains(g.outer()) || opensSentence(text, g.outer().start())) {
      return null;
    }
    int first = -1;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).span().start() == a.cue().start()) {
        first = i;
      }
    }
    int last = Math.max(a.npLast(), first + 1);
    if (first < 0 || s.span(first, last).overlaps(g.outer())) {
      return null;
    }
    int from = 0;
    int to = s.tokens().size() - 1;
    if (first == 0 || first == 1 && isPunct(s.tokens().get(0))) {
      from = last + 1; // "According to the union, ..." opens the sentence
      while (from < to && SEPARATORS.contains(s.tokens().get(from).text())) {
        from++;
      }
    } else if (g.outer().end() <= a.cue().start() && !commaAfter(s, last, to)) {
      to = first - 1; // "..., according to the union." closes it
      while (to > from && SEPARATORS.contains(s.tokens().get(to).text())) {
        to--;
      }
    }
    while (to > from && ".!?;:".contains(s.tokens().get(to).text())
        && s.tokens().get(to).span().start() >= g.outer().end()) {
      to--;
    }
    Span content = s.span(from, to);
    if (!content.contains(g.outer())) {
      content = content.union(g.outer());
    }
    return new Attribution(s, a.speakerHead(), a.npFirst(), a.npLast(), a.cue(), content, RULE);
  }

  /** Whether a separator follows the "according to" phrase before the sentence ends: the phrase sits inside it. */
  private static boolean commaAfter(Sentence s, int last, int to) {
    for (int i = last + 1; i < to; i++) {
      if (SEPARATORS.contains(s.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
