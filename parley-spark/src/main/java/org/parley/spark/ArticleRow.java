// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.parley.article.Article;

/** An article between Spark stages: Spark serialises it between executors; Parley's records stay plain. */
record ArticleRow(String id, String title, String published, String url, String source, String text, String origin)
    implements Serializable {
  static ArticleRow of(Article a, String origin) {
    return new ArticleRow(a.id(), a.title(), a.published() == null ? null : a.published().toString(), a.url(),
        a.source(), a.text(), origin);
  }

  Article article() {
    return new Article(id, title, published == null ? null : LocalDate.parse(published), url, source, text, origin);
  }
}
