// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.List;
import org.parley.article.Span;

/**
 * Quotation segments read as one quote, as {@link QuoteJoiner} joined them.
 *
 * @param resumedFrom index of the first segment that resumes the quote after a whole attribution sentence, or -1
 */
record QuoteGroup(List<QuotedSegment> segments, int resumedFrom) {
  QuotedSegment first() {
    return segments.get(0);
  }

  QuotedSegment last() {
    return segments.get(segments.size() - 1);
  }

  Span inner() {
    return new Span(first().inner().start(), last().inner().end());
  }

  Span outer() {
    return new Span(first().outer().start(), last().outer().end());
  }

  boolean covers(Span s) {
    for (QuotedSegment q : segments) {
      if (q.outer().start() <= s.start() && s.end() <= q.outer().end()) {
        return true;
      }
    }
    return false;
  }

  String text(String article) {
    StringBuilder b = new StringBuilder();
    for (QuotedSegment q : segments) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(q.text(article));
    }
    return b.toString();
  }
}
