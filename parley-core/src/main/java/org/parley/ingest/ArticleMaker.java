// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.util.Objects;
import java.util.Optional;
import org.parley.article.Article;

/** The ingest stage's last step: a raw document becomes a clean {@link Article}, or a problem. */
public final class ArticleMaker {
  private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
  private final HtmlArticleExtractor html;

  public ArticleMaker() {
    this(InputLimits.DEFAULT);
  }

  public ArticleMaker(InputLimits limits) {
    this.html = new HtmlArticleExtractor(limits.maxDepth());
  }

  /**
   * An article with the page metadata the {@link Article} record does not carry.
   *
   * @param byline   the author line as printed, or null
   * @param language the page's declared language (BCP 47 tag), or null
   */
  public record Extraction(Article article, String byline, String language) {
    public Extraction {
      Objects.requireNonNull(article, "article");
    }
  }

  /** Says how many lines of page residue were cut, so no text disappears unnoticed. */
  private static void reportCut(RawDocument doc, ScrapedTextCleaner.Cleaned c, InputReader.Sink sink) {
    if (c.cutLines() > 0) {
      sink.note(new InputProblem(doc.origin(), c.cutLines() + " line" + (c.cutLines() == 1 ? "" : "s")
          + " of page residue cut (markup, code, credits, captions, share bars, bare dates)"));
    }
  }

  /** The clean article, or empty when nothing readable is left (reported through {@code problems}). */
  public Optional<Article> make(RawDocument doc, InputReader.Sink problems) {
    return extract(doc, problems).map(Extraction::article);
  }

  /** Like {@link #make}, keeping byline and language. */
  public Optional<Extraction> extract(RawDocument doc, InputReader.Sink problems) {
    String text;
    String title = doc.title();
    var published = doc.published();
    String url = doc.url();
    String site = null;
    String byline = null;
    String language = null;
    switch (doc.format()) {
      case HTML -> {
        HtmlArticleExtractor.Extracted e;
        try {
          e = html.extract(doc.content(), doc.url());
        } catch (HtmlArticleExtractor.TooDeepException ex) {
          problems.problem(new InputProblem(doc.origin(), ex.getMessage()));
          return Optional.empty();
        }
        text = e.text();
        title = title != null ? title : e.title();
        published = published != null ? published : e.published();
        url = url != null ? url : e.url();
        site = e.siteName();
        byline = e.byline();
        language = e.language();
      }
      case SCRAPED_TEXT -> {
        ScrapedTextCleaner.Cleaned c = cleaner.clean(doc.content(), title == null);
        reportCut(doc, c, problems);
        text = c.text();
        title = title != null ? title : c.title();
        published = published != null ? published : c.published();
      }
      default -> {
        // Caller-supplied clean text: only residue removal, never a guessed title.
        ScrapedTextCleaner.Cleaned c = cleaner.clean(doc.content(), false);
        reportCut(doc, c, problems);
        text = c.text();
      }
    }
    if (published == null) {
      published = doc.captured();
    }
    if (text.isBlank()) {
      problems.problem(new InputProblem(doc.origin(), "no article text found"));
      return Optional.empty();
    }
    String id = doc.id() != null ? doc.id() : Article.contentId(text);
    return Optional.of(new Extraction(new Article(id, title, published, url, site, text, doc.origin()), byline, language));
  }
}
