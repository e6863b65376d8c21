// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import org.parley.article.Span;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule "what-they-call-names-the-phrase": a quotation named by a free relative ("contrast his plan with what he
 * calls the rebels' 'politics of fear'") is the speaker's word for a thing the writer points at; the quote is the
 * relative from its "what" on, so that the reader sees whose naming it is and what it names.
 */
final class WhatTheyCall {
  static final String RULE = "what-they-call-names-the-phrase";

  private WhatTheyCall() {}

  /** The attribution {@code a} with the free relative as its content, or null when the rule does not hold. */
  static Attribution named(QuoteContext cx, QuoteGroup g, Attribution a) {
    if (a == null || a.cue() == null || a.speakerHead() < 0 || a.npFirst() < 1) {
      return null;
    }
    Sentence s = a.sentence();
    if (!s.span().contains(g.outer()) || a.cue().end() > g.outer().start()) {
      return null;
    }
    int cue = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() == a.cue().start()) {
        cue = t.index();
      }
    }
    Token what = s.tokens().get(a.npFirst() - 1);
    if (cue < 0 || cue < a.npLast() || !what.lemmaLower().equals("what") || cx.inAnyQuote(s, what.index())) {
      return null;
    }
    Span content = new Span(what.span().start(), a.content() == null ? g.outer().end()
        : Math.max(a.content().end(), g.outer().end()));
    return new Attribution(s, a.speakerHead(), a.npFirst(), a.npLast(), a.cue(), content, RULE);
  }
}
