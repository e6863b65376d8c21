// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.events.Event;
import org.parley.nlp.AnnotatedArticle;

/** Derives negotiation boards from coded events. */
public final class EventBoardBuilder implements BoardBuilder {
  @Override
  public List<NegotiationBoard> build(AnnotatedArticle article, ActorLayer actors, List<Event> events) {
    return List.of();
  }
}
