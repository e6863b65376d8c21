// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.article;

/**
 * A half-open range of UTF-16 offsets into an article's clean text, as the contract defines spans.
 *
 * @param start first char, inclusive
 * @param end   last char, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
