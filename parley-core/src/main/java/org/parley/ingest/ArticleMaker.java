// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.util.Optional;
import org.parley.article.Article;

/** The ingest stage's last step: a raw document becomes a clean {@link Article}, or a problem. */
public final class ArticleMaker {
  private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  /** The clean article, or empty when nothing readable is left (reported through {@code problems}). */
  public Optional<Article> make(RawDocument doc, InputReader.Sink problems) {
    String text;
    String title = doc.title();
    var published = doc.published();
    String url = doc.url();
    String site = null;
    switch (doc.format()) {
      case HTML -> {
        HtmlArticleExtractor.Extracted e = html.extract(doc.content(), doc.url());
        text = e.text();
        title = title != null ? title : e.title();
        published = published != null ? published : e.published();
        url = url != null ? url : e.url();
        site = e.siteName();
      }
      case SCRAPED_TEXT -> {
        ScrapedTextCleaner.Cleaned c = cleaner.clean(doc.content(), title == null);
        text = c.text();
        title = title != null ? title : c.title();
        published = published != null ? published : c.published();
      }
      default -> {
        // Caller-supplied clean text: only residue removal, never a guessed title.
        text = cleaner.clean(doc.content(), false).text();
      }
    }
    if (text.isBlank()) {
      problems.problem(new InputProblem(doc.origin(), "no article text found"));
      return Optional.empty();
    }
    String id = doc.id() != null ? doc.id() : Article.contentId(text);
    return Optional.of(new Article(id, title, published, url, site, text, doc.origin()));
  }
}
