// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest.dedup;

import java.time.LocalDate;

/**
 * Articles read before the current batch (in practice, those a store kept from earlier ingest runs) that a new
 * article may copy. The clusterer asks only for the days around each new article's publication date, so a
 * large archive is never read whole.
 */
@FunctionalInterface
public interface EarlierArticles {
  /** No earlier articles: a batch is compared only with itself. */
  EarlierArticles NONE = (from, to, out) -> { };

  /** One earlier article: its id, the story it was filed under and its clean text. */
  @FunctionalInterface
  interface Sink {
    void article(String id, String storyId, String text);
  }

  /** Hands every earlier article published from {@code from} to {@code to} (inclusive) to {@code out}. */
  void published(LocalDate from, LocalDate to, Sink out);
}
