// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import org.parley.article.Span;
import org.parley.nlp.Sentence;

/**
 * Where a quotation's speaker is named: the sentence, the speaker's head token and phrase ({@code -1} when the cue
 * has no subject), the cue, and the reported content when the quote is a clause rather than the quoted words.
 *
 * @param rule the name of the rule that found the attribution, for the quote's trace; null until it is named
 */
record Attribution(Sentence sentence, int speakerHead, int npFirst, int npLast, Span cue, Span content,
    String rule) {
  Attribution(Sentence sentence, int speakerHead, int npFirst, int npLast, Span cue, Span content) {
    this(sentence, speakerHead, npFirst, npLast, cue, content, null);
  }

  /** This attribution as found by {@code rule}; null stays null, so a rule's miss passes through. */
  static Attribution by(String rule, Attribution a) {
    return a == null ? null : new Attribution(a.sentence, a.speakerHead, a.npFirst, a.npLast, a.cue, a.content, rule);
  }
}
