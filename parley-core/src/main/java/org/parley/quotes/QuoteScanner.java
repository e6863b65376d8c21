// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.parley.article.Span;

/**
 * Finds quoted stretches of text from punctuation alone, across the quotation styles of real news: curly and
 * straight double quotes, typewriter quotes (``like this''), guillemets, low-high German quotes, single quotes,
 * and quotations running over paragraphs that reopen the quote without closing it.
 *
 * <p>Whether a mark opens or closes is read from what flanks it (space before and a word after opens), not from
 * its glyph alone, because scraped text mixes glyphs ("no evidence" typed with a curly opener and a straight
 * closer). Straight quotes inside markup ({@code author="x"}) are not quotations.
 */
final class QuoteScanner {
  private enum Role { OPEN, CLOSE }

  private record Mark(int start, int end, Role role) {}

  /** A transcript's speaker label opening a paragraph ("WALLACE: ..."): a new speaker's turn, not a continuation. */
  static final java.util.regex.Pattern SPEAKER_LABEL =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}.'\\- ]{1,30}:\\s");

  private QuoteScanner() {}

  static List<QuotedSegment> scan(String text) {
    List<Span> paragraphs = paragraphs(text);
    List<QuotedSegment> out = new ArrayList<>();
    List<Span> openParts = new ArrayList<>();
    int openStart = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      List<Mark> marks = doubleMarks(text, para);
      Deque<Mark> stack = new ArrayDeque<>();
      int partStart = -1;
      int from = 0;
      if (openStart >= 0) {
        // A quotation carried over from the previous paragraph continues here only when this one reopens it.
        // ... with the same kind of mark: a straight-quoted block holding a curly quote does not run on.
        boolean reopens = !marks.isEmpty() && marks.get(0).role() == Role.OPEN
            && text.substring(para.start(), marks.get(0).start()).isBlank()
            && (text.charAt(marks.get(0).start()) == '"') == (text.charAt(openStart) == '"');
        if (reopens && !SPEAKER_LABEL.matcher(text.substring(marks.get(0).end(), para.end())).lookingAt()) {
          stack.push(marks.get(0));
          partStart = marks.get(0).end();
          from = 1;
        } else {
          out.add(new QuotedSegment(openParts, new Span(openStart, lastEnd(openParts)), false));
          openParts = new ArrayList<>();
          openStart = -1;
        }
      }
      for (int i = from; i < marks.size(); i++) {
        Mark m = marks.get(i);
        if (m.role() == Role.OPEN) {
          if (stack.isEmpty() && openStart < 0) {
            openStart = m.start();
            partStart = m.end();
          }
          stack.push(m);
        } else if (!stack.isEmpty()) {
          stack.pop();
          if (stack.isEmpty()) {
            addPart(text, openParts, partStart, m.start());
            if (!openParts.isEmpty()) {
              out.add(new QuotedSegment(openParts, new Span(openStart, m.end()), true));
            }
            openParts = new ArrayList<>();
            openStart = -1;
          }
        }
      }
      if (!stack.isEmpty()) {
        addPart(text, openParts, partStart, para.end());
        if (openParts.isEmpty()) {
          openStart = -1;
        }
      }
    }
    if (openStart >= 0 && !openParts.isEmpty()) {
      out.add(new QuotedSegment(openParts, new Span(openStart, lastEnd(openParts)), false));
    }
    out.addAll(singleQuoted(text, paragraphs, out));
    out.sort((a, b) -> a.outer().compareTo(b.outer()));
    return out;
  }

  private static int lastEnd(List<Span> parts) {
    return parts.get(parts.size() - 1).end();
  }

  private static void addPart(String text, List<Span> parts, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      parts.add(new Span(start, end));
    }
  }

  private static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          out.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static List<Mark> doubleMarks(String text, Span para) {
    List<Mark> out = new ArrayList<>();
    boolean open = false;
    for (int i = para.start(); i < para.end(); i++) {
      char c = text.charAt(i);
      int len = 1;
      Role glyph;
      if (c == '`' && i + 1 < para.end() && text.charAt(i + 1) == '`') {
        glyph = Role.OPEN;
        len = 2;
      } else if (c == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'') {
        glyph = Role.CLOSE;
        len = 2;
      } else if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
        glyph = Role.OPEN;
      } else if (c == '\u201d' || c == '\u00bb') {
        glyph = Role.CLOSE;
      } else if (c == '"') {
        if (inMarkup(text, para.start(), i)) {
          continue;
        }
        glyph = open ? Role.CLOSE : Role.OPEN;
      } else {
        continue;
      }
      // Guillemets and low openers say which way they face; French spacing (« Non ») would fool the flanks.
      Role role = c == '\u00ab' || c == '\u00bb' || c == '\u201e' ? glyph : flank(text, para, i, i + len, glyph);
      if (i == para.start() && role == Role.CLOSE) {
        role = Role.OPEN; // a paragraph cannot begin by closing a quotation: a mistyped opener
      }
      out.add(new Mark(i, i + len, role));
      open = role == Role.OPEN;
      i += len - 1;
    }
    return out;
  }

  /** A straight quote right after '=' or inside an unclosed '<' is an attribute value of leftover markup. */
  private static boolean inMarkup(String text, int from, int i) {
    if (i > from && text.charAt(i - 1) == '=') {
      return true;
    }
    int lt = text.lastIndexOf('<', i);
    return lt >= from && text.indexOf('>', lt) > i;
  }

  private static Role flank(String text, Span para, int start, int end, Role glyph) {
    char prev = start > para.start() ? text.charAt(start - 1) : ' ';
    char next = end < para.end() ? text.charAt(end) : ' ';
    boolean spaceBefore = Character.isWhitespace(prev) || prev == '\u00a0' || "([{\u2014\u2013\u2015-".indexOf(prev) >= 0;
    boolean spaceAfter = Character.isWhitespace(next) || next == '\u00a0';
    boolean punctAfter = ".,;:!?)]}\u2014\u2013\u2015-".indexOf(next) >= 0;
    boolean left = spaceBefore && !spaceAfter;
    boolean right = !spaceBefore && (spaceAfter || punctAfter);
    if (left && !right) {
      return Role.OPEN;
    }
    if (right && !left) {
      return Role.CLOSE;
    }
    return glyph;
  }

  /**
   * Single-quoted stretches outside double quotes: headline and British style. The closing mark doubles as the
   * apostrophe, so a closer must be followed by a non-letter and the stretch must stay within its paragraph.
   */
  private static List<QuotedSegment> singleQuoted(String text, List<Span> paragraphs, List<QuotedSegment> doubles) {
    List<QuotedSegment> out = new ArrayList<>();
    for (Span para : paragraphs) {
      for (int i = para.start(); i < para.end(); i++) {
        char c = text.charAt(i);
        if ((c != '\u2018' && c != '\'') || covered(doubles, i)) {
          continue;
        }
        char prev = i > para.start() ? text.charAt(i - 1) : ' ';
        char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
        boolean opens = (Character.isWhitespace(prev) || "([\u2014\u2013\u2015-\u00a0".indexOf(prev) >= 0)
            && Character.isLetterOrDigit(next);
        if (!opens || (c == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'')) {
          continue;
        }
        int close = -1;
        for (int j = i + 2; j < para.end(); j++) {
          char d = text.charAt(j);
          if (d == '\u2019' || d == '\'') {
            char after = j + 1 < para.end() ? text.charAt(j + 1) : ' ';
            char before = text.charAt(j - 1);
            if (!Character.isLetterOrDigit(after) && !Character.isWhitespace(before) && before != 's') {
              close = j;
              break;
            }
            if (!Character.isLetterOrDigit(after) && before == 's' && (after != ' ' || j + 1 >= para.end())) {
              close = j; // "‘the bosses’." : a plural word ending the quotation before punctuation
              break;
            }
          } else if (d == '\u2018') {
            break;
          }
        }
        if (close > i + 2) {
          List<Span> parts = new ArrayList<>();
          addPart(text, parts, i + 1, close);
          if (!parts.isEmpty()) {
            out.add(new QuotedSegment(parts, new Span(i, close + 1), true));
          }
          i = close;
        }
      }
    }
    return out;
  }

  private static boolean covered(List<QuotedSegment> segments, int offset) {
    for (QuotedSegment s : segments) {
      if (s.outer().start() <= offset && offset < s.outer().end()) {
        return true;
      }
    }
    return false;
  }
}
