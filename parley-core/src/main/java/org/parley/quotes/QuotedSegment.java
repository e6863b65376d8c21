// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.article.Span;

/**
 * A stretch of text between quotation marks, as punctuation alone shows it (before anyone decides whether it is
 * speech).
 *
 * @param parts  the quoted words of each paragraph, without the marks (several when a quotation runs over
 *               paragraphs that each reopen it)
 * @param outer  from the opening mark to just after the closing mark, or to the end of the paragraph when the
 *               quotation is never closed
 * @param closed whether a closing mark was found
 */
record QuotedSegment(List<Span> parts, Span outer, boolean closed) {
  QuotedSegment {
    parts = List.copyOf(parts);
    Objects.requireNonNull(outer, "outer");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a quoted segment has at least one part");
    }
  }

  /** From the first quoted char to the last. */
  Span inner() {
    return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
  }

  /** The quoted words, paragraphs joined by a space. */
  String text(String article) {
    return parts.stream().map(p -> p.of(article)).collect(Collectors.joining(" "));
  }
}
