// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as it arrived, decoded to text but not yet cleaned.
 *
 * @param origin    where it came from, e.g. {@code news/a.html} or {@code feed.jsonl:12}
 * @param format    how to read {@code content}
 * @param content   the decoded content
 * @param id        an id given by the input (JSON Lines "id"), or null to derive one from the text
 * @param title     a title given by the input, or null
 * @param published a publication date given by the input or the caller, or null
 * @param url       a URL given by the input, or null
 * @param captured  when a crawler fetched it (WARC-Date), or null; the date of last resort for the article
 */
public record RawDocument(String origin, DocumentFormat format, String content, String id, String title,
                          LocalDate published, String url, LocalDate captured) {
  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  /** A document without a capture date. */
  public RawDocument(String origin, DocumentFormat format, String content, String id, String title,
                     LocalDate published, String url) {
    this(origin, format, content, id, title, published, url, null);
  }

  public static RawDocument of(String origin, DocumentFormat format, String content) {
    return new RawDocument(origin, format, content, null, null, null, null);
  }

  /** The same document with a publication date, unless it already has one. */
  public RawDocument withDefaultPublished(LocalDate date) {
    return published != null || date == null ? this : new RawDocument(origin, format, content, id, title, date, url, captured);
  }
}
