// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

/**
 * The one place where an article's actor ids are made and read. Ids are {@code act-1}, {@code act-2}, ... in order of
 * creation; every stage that adds actors (the resolver, the quote stage's speakers, the discourse pass's state actors,
 * the event coder's people of a place) takes a fresh series from the layer it extends ({@link ActorLayer#freshIds()}),
 * which continues past the highest id already given, so that no two actors of an article share an id even where an
 * earlier stage dropped some of its own.
 */
public final class ActorIds {
  private static final String PREFIX = "act-";
  private int last;

  /** A series for an article with no actors yet: {@code act-1} first. */
  public ActorIds() {}

  /** Notes that {@code id} is in use, so that the series continues past it. */
  public void taken(String id) {
    last = Math.max(last, number(id));
  }

  /** A new id, past every id made or {@link #taken} so far. */
  public String next() {
    return PREFIX + ++last;
  }

  /** The number of an id this class made, or 0 for an id it did not make. */
  static int number(String id) {
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
      return 0;
    }
    for (int i = PREFIX.length(); i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return 0;
      }
    }
    return id.length() - PREFIX.length() > 9 ? 0 : Integer.parseInt(id.substring(PREFIX.length()));
  }
}
