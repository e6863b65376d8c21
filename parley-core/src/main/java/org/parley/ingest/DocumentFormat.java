// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

/** How the content of a {@link RawDocument} is to be read. */
public enum DocumentFormat {
  /** Scraped plain text, possibly with page residue (tag remnants, credits, repeated headline). */
  SCRAPED_TEXT,
  /** An HTML page from which the article body must be extracted. */
  HTML,
  /** Clean text supplied by the caller (a JSON Lines record's "text"): only light cleaning. */
  PLAIN_TEXT
}
