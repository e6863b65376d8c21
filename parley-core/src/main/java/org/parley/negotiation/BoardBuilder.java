// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.events.Event;
import org.parley.nlp.AnnotatedArticle;

/** The board stage: derives the negotiation board from the coded events. It never reads the text again. */
@FunctionalInterface
public interface BoardBuilder {
  List<NegotiationBoard> build(AnnotatedArticle article, ActorLayer actors, List<Event> events);
}
