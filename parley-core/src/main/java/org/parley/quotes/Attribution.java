// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import org.parley.article.Span;
import org.parley.nlp.Sentence;

/**
 * Where a quotation's speaker is named: the sentence, the speaker's head token and phrase ({@code -1} when the cue
 * has no subject), the cue, and the reported content when the quote is a clause rather than the quoted words.
 */
record Attribution(Sentence sentence, int speakerHead, int npFirst, int npLast, Span cue, Span content) {}
