// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A clean news article: body text without markup or page furniture, and what is known about it.
 *
 * @param id        stable id; {@link #contentId(String)} of the text unless the input named one
 * @param title     headline, or null when none was found
 * @param published publication date, or null when unknown
 * @param url       canonical URL when known
 * @param source    publisher or site name when known
 * @param text      the clean body text every span indexes into
 * @param origin    where it came from (file path, WARC offset, feed item), for diagnostics and provenance
 * @param story     the story this article is a copy of (wire copies, small edits), or null when it was read alone
 *                  or starts a story of its own
 */
public record Article(
    String id, String title, LocalDate published, String url, String source, String text, String origin,
    StoryLink story) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /** An article not (yet) placed in a story. */
  public Article(String id, String title, LocalDate published, String url, String source, String text, String origin) {
    this(id, title, published, url, source, text, origin, null);
  }

  /**
   * Links an article to the story it copies, so counts can be per story rather than per copy.
   *
   * @param storyId    the story's id (the id of its first article)
   * @param copyOf     the id of the most similar earlier article
   * @param similarity estimated similarity with {@code copyOf}, 0 to 1
   */
  public record StoryLink(String storyId, String copyOf, double similarity) {
    public StoryLink {
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(copyOf, "copyOf");
      if (similarity < 0 || similarity > 1) {
        throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
      }
    }
  }

  public Article withStory(StoryLink link) {
    return new Article(id, title, published, url, source, text, origin, link);
  }

  /** The id an article gets from its clean text alone: the same text always gets the same id. */
  public static String contentId(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
      return "a-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, date, url, source, text, origin, story);
  }
}
