// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.Objects;
import org.parley.article.Span;

/**
 * A quotation and who said it.
 *
 * @param span      the quoted words, without the quotation marks; for a mixed quotation (reported speech with
 *                  quoted words in it) the whole reported clause, marks included; for a quotation interrupted by
 *                  its attribution ("We are ready," he said, "to talk.") from its first quoted word to its last
 * @param text      the covered text, except that an interrupted quotation's parts are joined by a space without
 *                  the attribution between them
 * @param speakerId actor id of the speaker, or null when not found
 * @param cue       the span of the speech verb or phrase ("said", "according to"), or null
 * @param direct    true for direct or mixed quotation, false for indirect speech
 */
public record Quote(Span span, String text, String speakerId, Span cue, boolean direct) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
