// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import org.parley.nlp.AnnotatedArticle;

/** The actors stage: finds who is mentioned and resolves every mention to an actor, as of the article's date. */
@FunctionalInterface
public interface ActorResolver {
  ActorLayer resolve(AnnotatedArticle article);
}
