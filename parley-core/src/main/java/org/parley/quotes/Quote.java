// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.Objects;
import org.parley.article.Span;

/**
 * A quotation and who said it.
 *
 * @param span      the quoted words, without the quotation marks
 * @param text      the covered text
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
