// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Objects;
import org.parley.article.Span;

/**
 * A span of text resolved to an actor.
 *
 * @param span       offsets into the article text
 * @param sentence   index of the sentence holding it
 * @param firstToken first token index within the sentence
 * @param lastToken  last token index within the sentence (inclusive)
 * @param actorId    the {@link Actor#id()} it refers to
 * @param kind       how it refers
 */
public record ActorMention(Span span, int sentence, int firstToken, int lastToken, String actorId, MentionKind kind) {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(kind, "kind");
    if (lastToken < firstToken) {
      throw new IllegalArgumentException("lastToken " + lastToken + " < firstToken " + firstToken);
    }
  }

  public boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && firstToken <= token && token <= lastToken;
  }
}
