// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: title, publication date, canonical URL, site name, byline and language,
 * read from (in order of trust) JSON-LD, Open Graph and other meta tags, {@code <time>} elements, the URL and
 * the page's visible text.
 */
record PageMetadata(String title, LocalDate published, String url, String siteName, String byline, String language) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
      "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
      "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "og:article:published_time");
  /** Dates written into article URLs: /2019/11/18/, /2019-11-18/, /20191118/. */
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|$)");
  private static final Pattern URL_COMPACT_DATE =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_.-]");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·»]\\s+[^|\\-–—:·»]{2,40}$");

  static PageMetadata read(Document doc, String baseUrl) {
    List<JsonNode> ld = jsonLd(doc);
    JsonNode article = ld.stream().filter(PageMetadata::isArticle).findFirst().orElse(null);
    String h1 = text(doc.selectFirst("h1"));
    String docTitle = blankToNull(doc.title());
    String title = firstNonBlank(field(article, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"), h1,
        docTitle == null ? null : TITLE_SUFFIX.matcher(docTitle).replaceFirst(""));
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"),
        field(article, "url"), baseUrl);
    LocalDate published = published(doc, article, url);
    String site = firstNonBlank(meta(doc, "og:site_name"), publisher(article), meta(doc, "application-name"),
        titleSuffix(docTitle));
    String byline = firstNonBlank(author(article), meta(doc, "author"), meta(doc, "article:author"),
        meta(doc, "parsely-author"), meta(doc, "dc.creator"), text(doc.selectFirst("[itemprop=author]")),
        text(doc.selectFirst("[rel=author]")), text(doc.selectFirst(".byline, .author-name, .article-author")));
    if (byline != null && (byline.startsWith("http") || byline.length() > 200)) {
      byline = null;
    }
    Element html = doc.selectFirst("html");
    String language = firstNonBlank(html == null ? null : blankToNull(html.attr("lang")),
        meta(doc, "content-language"), attr(doc.selectFirst("meta[http-equiv~=(?i)content-language]"), "content"),
        meta(doc, "og:locale"), field(article, "inLanguage"));
    if (language != null) {
      language = language.replace('_', '-').strip();
      if (!language.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")) {
        language = null;
      }
    }
    return new PageMetadata(title, published, url, site, byline, language);
  }

  private static LocalDate published(Document doc, JsonNode article, String url) {
    List<String> candidates = new ArrayList<>();
    candidates.add(field(article, "datePublished"));
    candidates.add(field(article, "dateCreated"));
    for (String key : DATE_KEYS) {
      candidates.add(meta(doc, key));
    }
    for (Element t : doc.select("time[pubdate], time[itemprop=datePublished], [itemprop=datePublished]")) {
      candidates.add(firstNonBlank(blankToNull(t.attr("datetime")), blankToNull(t.attr("content")), text(t)));
    }
    for (String c : candidates) {
      if (c != null) {
        Optional<LocalDate> d = Datelines.find(c);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return d.get();
        }
      }
      m = URL_COMPACT_DATE.matcher(url);
      if (m.find()) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      Optional<LocalDate> d = Datelines.find(time.attr("datetime"));
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        flatten(n, out, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return out;
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out, depth + 1);
      flatten(n.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    String t = type == null ? "" : type.toString();
    return t.contains("Article") || t.contains("BlogPosting") || t.contains("NewsArticle") || t.contains("Report");
  }

  private static String field(JsonNode n, String name) {
    if (n == null) {
      return null;
    }
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.get("name") != null ? v.get("name") : v.get("@id");
    }
    return v == null || !v.isValueNode() ? null : blankToNull(v.asText());
  }

  private static String publisher(JsonNode article) {
    return field(article, "publisher");
  }

  private static String author(JsonNode article) {
    if (article == null || article.get("author") == null) {
      return null;
    }
    JsonNode a = article.get("author");
    List<String> names = new ArrayList<>();
    for (JsonNode one : a.isArray() ? a : List.of(a)) {
      String name = one.isObject() ? (one.get("name") == null ? null : one.get("name").asText(null)) : one.asText(null);
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String titleSuffix(String docTitle) {
    if (docTitle == null) {
      return null;
    }
    Matcher m = TITLE_SUFFIX.matcher(docTitle);
    return m.find() ? blankToNull(m.group().replaceFirst("^\\s+[|\\-–—:·»]\\s+", "")) : null;
  }

  static String meta(Document doc, String key) {
    for (Element e : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
          || key.equalsIgnoreCase(e.attr("itemprop"))) {
        String v = blankToNull(e.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String abs = blankToNull(e.attr("abs:" + name));
    return abs != null ? abs : blankToNull(e.attr(name));
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
