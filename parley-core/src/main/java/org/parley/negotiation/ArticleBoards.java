// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.actors.Actor;

/**
 * What the negotiation tracker needs of one analysed article: where and when it appeared, its actors (to map
 * board actor ids to sides) and its boards. The text lets the tracker quote the sentence behind each stance.
 * An analysis makes these ({@code Analysis.articleBoards()}); a store can make them from what it keeps.
 *
 * @param articleId article id
 * @param published publication date, or null when unknown
 * @param source    publisher or site, or null
 * @param title     headline, or null
 * @param text      the clean text the boards' spans point into
 * @param actors    the article's actors
 * @param boards    the article's negotiation boards
 */
public record ArticleBoards(String articleId, LocalDate published, String source, String title, String text,
                            List<Actor> actors, List<NegotiationBoard> boards) {
  public ArticleBoards {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    actors = List.copyOf(actors);
    boards = List.copyOf(boards);
  }

  /** The site of a URL, so that articles without a publisher name are still credited to their outlet. */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
