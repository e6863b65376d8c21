// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry becomes a document with its link, title,
 * date and content ({@code content:encoded}, Atom {@code content}, else {@code description}/{@code summary}),
 * read as HTML. Each item's origin is {@code file#n} (n from 1).
 */
final class FeedInput {
  /** A feed's root element, after an optional XML declaration, doctype and comments. */
  private static final Pattern FEED_ROOT = Pattern.compile(
      "(?s)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<\\?xml-stylesheet[^>]*>\\s*|<!DOCTYPE[^>]*>\\s*)*"
          + "<(?:rss|feed|rdf:RDF)[\\s>].*");

  private final InputLimits limits;

  FeedInput(InputLimits limits) {
    this.limits = limits;
  }

  /** Whether {@code text} is an RSS or Atom feed (looked at its first kilobytes only). */
  static boolean looksLikeFeed(String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    return FEED_ROOT.matcher(head).matches();
  }

  void read(String origin, String xml, InputReader.Sink sink) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Elements items = doc.select("item, entry");
    if (items.isEmpty()) {
      sink.problem(new InputProblem(origin, "feed has no items"));
      return;
    }
    int n = 0;
    for (Element item : items) {
      n++;
      String where = origin + "#" + n;
      if (n > limits.maxRecords()) {
        sink.problem(new InputProblem(origin, "more than " + limits.maxRecords() + " items; the rest is skipped"));
        return;
      }
      String content = firstText(item, "content|encoded", "encoded", "content", "description", "summary");
      if (content == null || content.isBlank()) {
        sink.problem(new InputProblem(where, "empty: item has no content or description"));
        continue;
      }
      String title = firstText(item, "title");
      String link = link(item);
      String date = firstText(item, "pubDate", "published", "dc|date", "date", "updated");
      var published = date == null ? null : Datelines.find(date).orElse(null);
      String id = firstText(item, "guid", "id");
      sink.document(new RawDocument(where, DocumentFormat.HTML, content, null, title, published,
          link != null ? link : (id != null && id.startsWith("http") ? id : null)));
    }
  }

  private static String link(Element item) {
    for (Element l : item.children()) {
      if (!l.normalName().equals("link")) {
        continue;
      }
      // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>.
      if (l.hasAttr("href")) {
        String rel = l.attr("rel").toLowerCase(Locale.ROOT);
        if (rel.isEmpty() || rel.equals("alternate")) {
          return l.attr("href").strip();
        }
      } else if (!l.text().isBlank()) {
        return l.text().strip();
      }
    }
    return null;
  }

  private static String firstText(Element item, String... names) {
    for (String name : names) {
      for (Element c : item.children()) {
        String tag = c.tagName();
        if (tag.equalsIgnoreCase(name.replace('|', ':')) || (!name.contains("|") && tag.endsWith(":" + name)
            && !tag.equals("media:" + name))) {
          // XML parsing keeps escaped HTML as text and CDATA as data; both give the markup back as a string.
          String v = c.wholeText();
          if (v.isBlank() && !c.children().isEmpty()) {
            v = c.html();
          }
          if (!v.isBlank()) {
            return v.strip();
          }
        }
      }
    }
    return null;
  }
}
