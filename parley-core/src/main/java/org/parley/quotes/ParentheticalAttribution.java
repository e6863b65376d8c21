// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.quotes.QuoteContext.isWordy;
import static org.parley.quotes.QuoteContext.opensSentence;

import java.util.Locale;
import java.util.Set;
import org.parley.article.Span;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule "parenthetical-attribution-inside-sentence": an attribution set off by commas in the middle of a sentence
 * ("The rebel economy, he added, is like 'a house built on sand'", "So when the army left, Mr. Okoro said, 'we were
 * stunned'") interrupts one clause that the speaker says, begun before the attribution and finished by the
 * quotation. The quote is that clause, not the marked words alone. The quotation must continue the clause: writer's
 * words lie between the attribution and the marks, or the quotation opens with a small letter; a capitalised
 * quotation after "In Geneva, the envoy said," is its own sentence and stays as it is.
 */
final class ParentheticalAttribution {
  static final String RULE = "parenthetical-attribution-inside-sentence";
  private static final Set<String> SEPARATORS = Set.of(",", "--", "\u2014", "\u2013");
  /** Words that may open a sentence before its parenthetical without beginning the said clause. */
  private static final Set<String> CONNECTIVES = Set.of("so", "yet", "but", "and", "still", "now", "indeed");

  private ParentheticalAttribution() {}

  /** The attribution {@code a} with the interrupted clause as its content, or null when the rule does not hold. */
  static Attribution around(QuoteContext cx, QuoteGroup g, Attribution a) {
    String text = cx.article().text();
    if (a == null || a.cue() == null || a.speakerHead() < 0 || a.npFirst() < 0) {
      return null;
    }
    Sentence s = a.sentence();
    if (!s.span().contains(g.outer()) || opensSentence(text, g.outer().start())) {
      return null;
    }
    int cue = tokenAt(s, a.cue().start());
    if (cue < 0 || cx.inAnyQuote(s, cue)) {
      return null;
    }
    int first = Math.min(cue, a.npFirst());
    if (first > 0 && s.tokens().get(first - 1).lemmaLower().equals("as")) {
      first--;
    }
    int after = Math.max(cue, a.npLast()) + 1;
    int limit = Math.min(s.tokens().size(), after + 3);
    while (after < limit && !SEPARATORS.contains(s.tokens().get(after).text()) && !cx.inAnyQuote(s, after)) {
      after++;
    }
    if (first < 1 || after >= limit || !SEPARATORS.contains(s.tokens().get(first - 1).text())
        || !SEPARATORS.contains(s.tokens().get(after).text())
        || s.tokens().get(after).span().end() > g.outer().start()) {
      return null;
    }
    if (!continuesClause(cx, s, after, g, text)) {
      return null;
    }
    int from = onlyConnectives(s, first - 1) ? after + 1 : 0;
    int to = s.tokens().size() - 1;
    while (to > from && !isWordy(s.tokens().get(to)) && s.tokens().get(to).span().start() >= g.outer().end()) {
      to--;
    }
    Span content = s.span(from, to).union(g.outer());
    return new Attribution(s, a.speakerHead(), a.npFirst(), a.npLast(), a.cue(), content, RULE);
  }

  /** Writer's words between the attribution and the marks, or a quotation opening with a small letter. */
  private static boolean continuesClause(QuoteContext cx, Sentence s, int after, QuoteGroup g, String text) {
    for (int i = after + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.span().start() >= g.outer().start()) {
        break;
      }
      if (isWordy(t) && !cx.inAnyQuote(s, i)) {
        return true;
      }
    }
    String inner = g.text(text).strip();
    return !inner.isEmpty() && Character.isLowerCase(inner.codePointAt(0));
  }

  /** Whether tokens {@code 0..before-1} are only connectives and punctuation ("Yet, as he observed, ..."). */
  private static boolean onlyConnectives(Sentence s, int before) {
    for (int i = 0; i < before; i++) {
      Token t = s.tokens().get(i);
      if (isWordy(t) && !CONNECTIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static int tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.span().start() == offset) {
        return t.index();
      }
    }
    return -1;
  }
}
