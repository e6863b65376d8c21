// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.article.Span;

/**
 * Where a report on a negotiation track comes from: the article, its publisher and the sentence that says it.
 *
 * @param articleId article id
 * @param published publication date, or null
 * @param source    publisher or site, or null
 * @param evidence  the sentence showing it (whitespace collapsed), or null
 * @param span      where that sentence is in the article's text (so a reader can be taken to it), or null
 */
public record TrackSource(String articleId, LocalDate published, String source, String evidence, Span span) {
  public TrackSource {
    Objects.requireNonNull(articleId, "articleId");
  }

  /** Who to credit: the publisher, else the article. */
  public String outlet() {
    return source != null ? source : articleId;
  }
}
