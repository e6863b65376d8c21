// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news page: its body paragraphs in reading order, title and publication date.
 *
 * <p>The body is the container whose paragraphs hold the most text, after page furniture (navigation,
 * asides, forms, figures and their captions) is removed.
 */
public final class HtmlArticleExtractor {
  /** What was found in a page. Fields other than {@code text} may be null. */
  public record Extracted(String text, String title, LocalDate published, String url, String siteName) {}

  private static final String FURNITURE =
      "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, svg, "
          + "button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";

  public Extracted extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    LocalDate published = publishedDate(doc).orElse(null);
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), baseUrl);
    String site = meta(doc, "og:site_name");
    doc.select(FURNITURE).remove();
    Element root = doc.selectFirst("article");
    Element best = bestContainer(root != null ? root : doc.body());
    List<String> paragraphs = new ArrayList<>();
    if (best != null) {
      for (Element p : best.select("p, h2, h3, li, blockquote")) {
        if (p.parents().stream().anyMatch(a -> a.normalName().equals("p") || a.normalName().equals("blockquote"))
            && !p.normalName().equals("blockquote")) {
          continue;
        }
        String t = p.text().strip();
        if (!t.isEmpty() && (!p.normalName().equals("li") || t.length() > 80)) {
          paragraphs.add(t);
        }
      }
    }
    return new Extracted(String.join("\n\n", paragraphs), title, published, url, site);
  }

  private static Element bestContainer(Element scope) {
    if (scope == null) {
      return null;
    }
    Element best = null;
    int bestScore = 0;
    for (Element candidate : scope.select("div, section, article, main, td, body")) {
      int score = 0;
      for (Element p : candidate.children()) {
        if (p.normalName().equals("p")) {
          score += p.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best == null ? scope : best;
  }

  private static Optional<LocalDate> publishedDate(Document doc) {
    for (String key : List.of("article:published_time", "datePublished", "pubdate", "publishdate", "date",
        "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")) {
      String v = meta(doc, key);
      if (v != null) {
        Optional<LocalDate> d = Datelines.find(v);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      return Datelines.find(time.attr("datetime"));
    }
    return Optional.empty();
  }

  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr("abs:" + name));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
