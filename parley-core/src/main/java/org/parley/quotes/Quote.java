// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.article.Span;
import org.parley.article.TraceStep;

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
 * @param trace     the named steps that chose the quote's attribution and speaker, first fired first; left out of
 *                  {@link #equals} and of the contract unless asked for ({@code analyze --trace}), as an event's is
 */
public record Quote(Span span, String text, String speakerId, Span cue, boolean direct, List<TraceStep> trace) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  /** A quote with no trace (read back from a contract, or made by a test). */
  public Quote(Span span, String text, String speakerId, Span cue, boolean direct) {
    this(span, text, speakerId, cue, direct, List.of());
  }

  /** This quote with one more step in its trace. */
  Quote traced(String rule, String change) {
    List<TraceStep> more = new ArrayList<>(trace);
    more.add(new TraceStep(rule, change));
    return new Quote(span, text, speakerId, cue, direct, more);
  }

  /** This quote said by {@code id}, its trace kept. */
  Quote withSpeaker(String id) {
    return new Quote(span, text, id, cue, direct, trace);
  }

  // The trace explains a quote; it does not make it another: merging and the tests compare content only.
  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q && direct == q.direct && span.equals(q.span) && text.equals(q.text)
        && Objects.equals(speakerId, q.speakerId) && Objects.equals(cue, q.cue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, text, speakerId, cue, direct);
  }
}
