// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import java.util.Objects;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;
import org.parley.quotes.Quote;

/** The events stage: codes the events the article reports, with their actors, polarity and modality. */
@FunctionalInterface
public interface EventCoder {
  List<Event> code(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes);

  /**
   * Codes the events and returns the actor layer they refer to: {@code actors}, extended with any actor the coding
   * revealed (the people of a place an act falls on) that no mention named as such.
   */
  default Coded codeWithActors(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    return new Coded(code(article, actors, quotes), actors);
  }

  /**
   * Events and the actor layer whose ids they use; {@code dropped} holds the candidates the coder left out, each with
   * the step that left it out, for explanations only (never written to the contract).
   */
  record Coded(List<Event> events, ActorLayer actors, List<Event> dropped) {
    public Coded {
      events = List.copyOf(events);
      Objects.requireNonNull(actors, "actors");
      dropped = List.copyOf(dropped);
    }

    public Coded(List<Event> events, ActorLayer actors) {
      this(events, actors, List.of());
    }
  }
}
