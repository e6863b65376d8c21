// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.corroboration;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One article's report of one event, as corroboration needs it.
 *
 * @param articleId  the article
 * @param eventId    the event within the article
 * @param outlet     who published it (the feed's or page's name, else the web site's host), or null when unknown
 * @param title      the article's headline, or null
 * @param url        the article's web address, or null
 * @param published  when the article was published, or null
 * @param type       the PLOVER event type
 * @param source     the source actor's code or name, or null: what reports are compared by
 * @param sourceName the source actor's name as the article gives it, or null: what a reader is shown
 * @param target     the target actor's code or name, or null
 * @param targetName the target actor's name, or null
 * @param date       when the event happened (its own date, else the article's), or null
 * @param place      where, or null
 * @param negated    whether the article says it did not happen
 * @param claimedBy  whose claim it is when the article reports someone's words, or null
 * @param evidence   the sentence that reports it
 */
public record Report(String articleId, String eventId, String outlet, String title, String url, LocalDate published,
                     String type, String source, String sourceName, String target, String targetName, LocalDate date,
                     String place, boolean negated, String claimedBy, String evidence) {
  public Report {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    source = norm(source);
    target = norm(target);
    place = norm(place);
  }

  /** Actor codes and names compared without case or surrounding space. */
  private static String norm(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The "who did what to whom" that two reports of one event share. */
  String key() {
    return type + "|" + lower(source) + "|" + lower(target);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** Who reported it: the outlet, else the article (a local file has no outlet, but is one report). */
  public String reporter() {
    return outlet != null ? outlet : "article " + articleId;
  }
}
