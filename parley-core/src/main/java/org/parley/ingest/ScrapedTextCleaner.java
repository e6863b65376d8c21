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
 * repeated headline and bare datelines, and recovers the title and date they carried. It cuts nothing else:
 * a sentence wrapped in inline tags keeps its words, a paragraph that mentions "(left)" is no caption, and a
 * text that is only a caption is kept whole; the number of lines cut is returned for the caller to report.
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

  /** A tag, for taking inline markup off a line of prose ("<b>Rebels</b> rejected the offer."). */
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^<>]*>");
  /** A line that starts with a tag: residue only when no prose is left once its tags are taken off. */
  private static final Pattern LEADING_TAG = Pattern.compile("^<\\s*/?\\s*[a-zA-Z][^>]*>.*");
  /** Words a line of prose has at least, once its tags are off. */
  private static final int PROSE_WORDS = 3;
  /** A caption is a line of a sentence or two; a paragraph that says "(left)" is prose. */
  private static final int CAPTION_MAX_WORDS = 40;

  /**
   * The result of cleaning: the body plus what was recovered from the dropped lines.
   *
   * @param cutLines lines dropped as page residue (tags, code, credits, captions, share bars, bare dates)
   */
  public record Cleaned(String text, String title, LocalDate published, int cutLines) {
    public Cleaned(String text, String title, LocalDate published) {
      this(text, title, published, 0);
    }
  }

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
    List<String> captions = new ArrayList<>();
    int cut = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        kept.add("");
        continue;
      }
      String prose = proseOf(line);
      if (prose != null) {
        kept.add(prose); // inline markup around a sentence: the sentence stays
        continue;
      }
      if (MARKUP_RESIDUE.matcher(line).matches() || CREDIT.matcher(line).matches()
          || FURNITURE.matcher(line).matches()) {
        cut++;
        continue;
      }
      if (Datelines.isBareDate(line)) {
        if (published == null) {
          published = Datelines.find(line).orElse(null);
        }
        cut++;
        continue;
      }
      if (CAPTION.matcher(line).matches() && words(line) <= CAPTION_MAX_WORDS) {
        captions.add(line);
        continue;
      }
      kept.add(line);
    }
    if (kept.stream().allMatch(String::isEmpty) && !captions.isEmpty()) {
      kept.addAll(captions); // the text is nothing but a caption: then the caption is the text
    } else {
      cut += captions.size();
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
    return new Cleaned(body.toString(), title, published, cut);
  }

  /**
   * The prose of a line that opens with a tag, or null when it is residue: {@code <b>Rebels</b> rejected the
   * offer.} is a sentence with inline markup, {@code <div class="ad">} or {@code <script>var x = 1;} is not.
   */
  private static String proseOf(String line) {
    if (!LEADING_TAG.matcher(line).matches()) {
      return null;
    }
    String prose = TAG.matcher(line).replaceAll("").replaceAll("\\s+", " ").strip();
    if (words(prose) < PROSE_WORDS || !prose.matches("(?s).*\\p{L}.*") || MARKUP_RESIDUE.matcher(prose).matches()
        || prose.contains("<") || prose.contains(">")) {
      return null;
    }
    return prose;
  }

  private static int words(String line) {
    return line.isBlank() ? 0 : line.strip().split("\\s+").length;
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
