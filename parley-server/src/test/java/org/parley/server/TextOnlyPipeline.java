// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.ingest.RawDocument;
import org.parley.nlp.AnnotatedArticle;

/**
 * A pipeline for API plumbing tests that loads no NLP model: it keeps the text and finds nothing in it. The
 * real pipeline behind these endpoints is tested in parley-cli's {@code ServeCommandIT}.
 */
final class TextOnlyPipeline implements Pipeline {
  @Override
  public Article article(RawDocument d) {
    String text = d.content().strip();
    if (text.length() < 20) {
      throw new IllegalArgumentException("too little text to be an article (" + text.length() + " characters)");
    }
    return new Article(Article.contentId(text), d.title(), d.published(), d.url(), null, text, d.origin());
  }

  @Override
  public Analysis analyze(Article article) {
    return new Analysis(new AnnotatedArticle(article, Set.of(), List.of()), List.of(), List.of(), List.of(), List.of());
  }
}
