// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;

/** The quotes stage: finds quotations and attributes each to a speaker among the resolved actors. */
@FunctionalInterface
public interface QuoteFinder {
  List<Quote> find(AnnotatedArticle article, ActorLayer actors);
}
