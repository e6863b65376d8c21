// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.parley.article.Article;

/**
 * An article between Spark stages: Spark serialises it between executors; Parley's records stay plain.
 *
 * @param story its story link when it is a near-copy of an article with a smaller id, else null
 */
record ArticleRow(String id, String title, String published, String url, String source, String text, String origin,
    StoryRow story) implements Serializable {
  static ArticleRow of(Article a, String origin) {
    return new ArticleRow(a.id(), a.title(), a.published() == null ? null : a.published().toString(), a.url(),
        a.source(), a.text(), origin, null);
  }

  ArticleRow withStory(StoryRow link) {
    return new ArticleRow(id, title, published, url, source, text, origin, link);
  }

  /** The story this row is filed under: its story's id, or its own id when it starts a story or stands alone. */
  String storyId() {
    return story == null ? id : story.storyId();
  }

  Article article() {
    return new Article(id, title, published == null ? null : LocalDate.parse(published), url, source, text, origin,
        story == null ? null : new Article.StoryLink(story.storyId(), story.copyOf(), story.similarity()));
  }
}
