// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;
import org.parley.quotes.Quote;

/** Codes events from the dependency parse. */
public final class DependencyEventCoder implements EventCoder {
  @Override
  public List<Event> code(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    return List.of();
  }
}
