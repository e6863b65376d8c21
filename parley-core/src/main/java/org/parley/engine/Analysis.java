// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

import java.util.List;
import java.util.Objects;
import org.parley.actors.Actor;
import org.parley.actors.MentionTrace;
import org.parley.article.Article;
import org.parley.events.Event;
import org.parley.negotiation.ArticleBoards;
import org.parley.negotiation.NegotiationBoard;
import org.parley.nlp.AnnotatedArticle;
import org.parley.quotes.Quote;

/**
 * Everything Parley read in one article: the contract's object before it is written as JSON.
 *
 * @param annotated    the article with its linguistic layers (sentences, tokens, parses)
 * @param actors       distinct actors with their mentions
 * @param events       coded events
 * @param quotes       quotations with speakers
 * @param negotiations negotiation boards
 * @param dropped      candidate events a stage left out, each with the step that left it out as the last of its
 *                     trace: for {@code parley explain} only, never written to the contract
 * @param actorTraces  how the actor resolver came to each mention's actor: for {@code parley explain} only, never
 *                     written to the contract
 */
public record Analysis(AnnotatedArticle annotated, List<Actor> actors, List<Event> events, List<Quote> quotes,
                       List<NegotiationBoard> negotiations, List<Event> dropped, List<MentionTrace> actorTraces) {
  public Analysis(AnnotatedArticle annotated, List<Actor> actors, List<Event> events, List<Quote> quotes,
                  List<NegotiationBoard> negotiations) {
    this(annotated, actors, events, quotes, negotiations, List.of());
  }

  public Analysis(AnnotatedArticle annotated, List<Actor> actors, List<Event> events, List<Quote> quotes,
                  List<NegotiationBoard> negotiations, List<Event> dropped) {
    this(annotated, actors, events, quotes, negotiations, dropped, List.of());
  }

  public Analysis {
    dropped = List.copyOf(dropped);
    actorTraces = List.copyOf(actorTraces);
    Objects.requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    negotiations = List.copyOf(negotiations);
  }

  public Article article() {
    return annotated.article();
  }

  /** What the negotiation tracker needs of this article: its date, outlet, title, text, actors and boards. */
  public ArticleBoards articleBoards() {
    Article a = article();
    return new ArticleBoards(a.id(), a.published(), a.source() != null ? a.source() : ArticleBoards.host(a.url()),
        a.title(), a.text(), actors(), negotiations());
  }
}
