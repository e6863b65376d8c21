// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;
import org.parley.quotes.Quote;

/** The events stage: codes the events the article reports, with their actors, polarity and modality. */
@FunctionalInterface
public interface EventCoder {
  List<Event> code(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes);
}
