// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans text scraped from a news page: drops tag and script residue, photo credits and captions, the
 * repeated headline and bare datelines, and recovers the title and date they carried.
 *
 * <p>Every rule is about the shape of a line, never about a particular site or article.
 */
public final class ScrapedTextCleaner {
  /** Markup residue: HTML comments or tags (perhaps with the leading "<" lost), script or tracking code. */
  private static final Pattern MARKUP_RESIDUE = Pattern.compile(
      "(?i)^\\s*(?:<?!--.*?(?:-->)?|<\\s*/?\\s*[a-z][^>]*>.*|[a-z-]+\\s*=\\s*[\"'].*[\"']\\s*/?>|"
          + ".*\\b(?:gtag|dataLayer|googletag|fbq|_gaq|ga)\\s*\\(.*|(?:var|let|const|function)\\s+\\w+.*[;{]\\s*|"
          + "window\\.\\w+.*|document\\.\\w+.*|.*\\{\\s*[\\w-]+\\s*:\\s*[^}]*;?\\s*}\\s*)$");
  /** Picture credit lines: "IMAGE SOURCE: ...", "Photo: ...", "Credit: Getty Images", "(Photo by X/Agency)". */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)^\\s*[\\(\\[]?\\s*(?:(?:image|photo|picture|video|graphic|illustration|cover|main|top|header)\\s*"
          + "(?:source|credit|courtesy)?s?|credits?|source|courtesy|file photo)\\s*(?:by)?\\s*[:|/-]\\s*.*$"
          + "|(?i)^\\s*[\\(\\[]?\\s*(?:photo|image|picture)s?\\s+(?:by|courtesy of|via)\\s+.*$");
  /** A caption: a line that points at the picture. */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i).*\\((?:pictured|pictured (?:left|right|center|centre|above|below|here)|left|right|center|centre|"
          + "above|below|file|file photo)\\).*");
  /** Share bars and similar page furniture that scraping leaves as short lines. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^\\s*(?:share(?: this)?(?: article| story)?|tweet|email|print|advertisement|advert|sponsored|"
          + "read more|related|subscribe|sign up|follow us.*|click here.*|skip to (?:main )?content|menu|close)\\s*:?\\s*$");

  /** The result of cleaning: the body plus what was recovered from the dropped lines. */
  public record Cleaned(String text, String title, LocalDate published) {}

  /**
   * Cleans {@code raw}.
   *
   * @param recoverTitle whether a leading headline may be taken as the title (not for one-sentence inputs)
   */
  public Cleaned clean(String raw, boolean recoverTitle) {
    String normalized = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    List<String> lines = new ArrayList<>();
    for (String line : normalized.split("\n", -1)) {
      lines.add(line.strip());
    }
    LocalDate published = null;
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        kept.add("");
        continue;
      }
      if (MARKUP_RESIDUE.matcher(line).matches() || CREDIT.matcher(line).matches()
          || FURNITURE.matcher(line).matches()) {
        continue;
      }
      if (Datelines.isBareDate(line)) {
        if (published == null) {
          published = Datelines.find(line).orElse(null);
        }
        continue;
      }
      if (CAPTION.matcher(line).matches()) {
        continue;
      }
      kept.add(line);
    }
    if (published == null) {
      // no date line of its own: a wire dateline opening one of the first paragraphs dates the story
      published = kept.stream().filter(l -> !l.isEmpty()).limit(3).map(Datelines::wireDateline)
          .flatMap(Optional::stream).findFirst().orElse(null);
    }
    String title = null;
    if (recoverTitle) {
      title = headline(kept);
      if (title != null) {
        String key = key(title);
        kept.removeIf(l -> key(l).equals(key));
      }
    }
    StringBuilder body = new StringBuilder();
    boolean blank = false;
    for (String line : kept) {
      if (line.isEmpty()) {
        blank = body.length() > 0;
        continue;
      }
      if (body.length() > 0) {
        body.append(blank ? "\n\n" : "\n");
      }
      body.append(line);
      blank = false;
    }
    return new Cleaned(body.toString(), title, published);
  }

  /**
   * The headline: a line repeated on the page (scrapes often keep the page title and the article's h1),
   * else a short leading line without final punctuation followed by more text.
   */
  private static String headline(List<String> lines) {
    List<String> nonEmpty = lines.stream().filter(l -> !l.isEmpty()).toList();
    if (nonEmpty.size() < 2) {
      return null;
    }
    for (int i = 0; i < Math.min(nonEmpty.size(), 6); i++) {
      String candidate = nonEmpty.get(i);
      if (looksLikeHeadline(candidate)) {
        String k = key(candidate);
        for (int j = i + 1; j < nonEmpty.size(); j++) {
          if (key(nonEmpty.get(j)).equals(k)) {
            return candidate;
          }
        }
      }
    }
    String first = nonEmpty.get(0);
    return looksLikeHeadline(first) ? first : null;
  }

  private static boolean looksLikeHeadline(String line) {
    int words = line.split("\\s+").length;
    char last = line.charAt(line.length() - 1);
    return words >= 3 && words <= 30 && ".:;,".indexOf(last) < 0;
  }

  private static String key(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+", " ").strip();
  }
}
