// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.List;
import java.util.Optional;

/**
 * The actors of an article and the mentions that refer to them.
 *
 * @param actors   each distinct actor once
 * @param mentions every resolved mention, in text order
 * @param traces   how the resolver came to each mention's actor, for {@code parley explain}; empty for a layer that
 *                 a later stage made or changed
 */
public record ActorLayer(List<Actor> actors, List<ActorMention> mentions, List<MentionTrace> traces) {
  public ActorLayer {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
    traces = List.copyOf(traces);
  }

  public ActorLayer(List<Actor> actors, List<ActorMention> mentions) {
    this(actors, mentions, List.of());
  }

  public static final ActorLayer EMPTY = new ActorLayer(List.of(), List.of());

  /** A series of new actor ids for a stage that adds actors to this layer: past every id the layer holds. */
  public ActorIds freshIds() {
    ActorIds ids = new ActorIds();
    actors.forEach(a -> ids.taken(a.id()));
    return ids;
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The mention covering token {@code token} of sentence {@code sentence}, the longest if several. */
  public Optional<ActorMention> mentionAt(int sentence, int token) {
    return mentionAt(mentions, sentence, token);
  }

  /**
   * Of {@code mentions}, the one covering token {@code token} of sentence {@code sentence}, the longest if several:
   * for the stages that hold mentions of their own beside a layer's.
   */
  public static Optional<ActorMention> mentionAt(List<ActorMention> mentions, int sentence, int token) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.covers(sentence, token) && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Mentions inside sentence {@code sentence}, in text order. */
  public List<ActorMention> inSentence(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }
}
