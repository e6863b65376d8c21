// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Span;
import org.parley.nlp.Sentence;

/**
 * Actors and their mentions as the actor stage would give them, written by hand over a hand-parsed article, so that
 * later stages are tested apart from actor resolution.
 */
public final class MentionedActors {
  private final List<Actor> actors = new ArrayList<>();
  private final List<ActorMention> mentions = new ArrayList<>();

  /**
   * Makes tokens {@code first..last} of {@code s} a mention of kind {@code kind} of actor {@code id}; the first
   * mention of an id adds the actor, with the given name, code, country and sector (any may be null).
   */
  public MentionedActors mention(Sentence s, int first, int last, MentionKind kind, String id, String name,
                                 String code, String country, String sector) {
    Span span = s.span(first, last);
    mentions.add(new ActorMention(span, s.index(), first, last, id, kind));
    if (actors.stream().noneMatch(a -> a.id().equals(id))) {
      actors.add(new Actor(id, name, code, country, sector, null, null, List.of(span)));
    }
    return this;
  }

  public ActorLayer layer() {
    return new ActorLayer(actors, mentions);
  }
}
