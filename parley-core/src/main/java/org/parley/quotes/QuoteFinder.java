// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;

/**
 * The quotes stage: finds quotations and attributes each to a speaker among the resolved actors, adding
 * speakers the actor stage did not know.
 */
@FunctionalInterface
public interface QuoteFinder {
  Quotes find(AnnotatedArticle article, ActorLayer actors);
}
