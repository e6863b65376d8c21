// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.ingest.RawDocument;

/**
 * What the server needs of the analysis pipeline for {@code POST /api/analyze} and {@code POST /api/articles};
 * the CLI passes the {@link org.parley.engine.Parley} facade's methods.
 */
public interface Pipeline {
  /**
   * Cleans a document into an article.
   *
   * @throws IllegalArgumentException naming the reason when the document holds no article
   */
  Article article(RawDocument document);

  /** Runs every analysis stage on the article. */
  Analysis analyze(Article article);
}
