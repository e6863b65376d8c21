// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Layer;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.Place;

/**
 * Hand-written parses for unit tests. Each token is {@code text/lemma/POS/NER>head:relation} with the head as a
 * token index ({@code -1} for the root); NER may be {@code O}.
 */
final class Parsed {
  private final List<Sentence> sentences = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<ActorMention> mentions = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();

  Parsed sentence(String... tokens) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    List<Token> toks = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String[] arc = tokens[i].split(">");
      String[] f = arc[0].split("/");
      String[] hr = arc[1].split(":", 2);
      if (i > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(f[0]);
      toks.add(new Token(i, new Span(b, text.length()), f[0], f[1], f[2], f[3]));
      deps.add(new Dependency(Integer.parseInt(hr[0]), i, hr[1]));
    }
    sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), toks, deps));
    return this;
  }

  /** Makes tokens {@code first..last} of the last sentence a mention of actor {@code id} named {@code name}. */
  Parsed actor(String id, String name, int first, int last) {
    Sentence s = sentences.get(sentences.size() - 1);
    Span span = s.span(first, last);
    mentions.add(new ActorMention(span, s.index(), first, last, id, MentionKind.NAME));
    if (actors.stream().noneMatch(a -> a.id().equals(id))) {
      actors.add(new Actor(id, name, null, null, null, null, null, List.of(span)));
    }
    return this;
  }

  /**
   * Makes tokens {@code first..last} of the last sentence a mention of kind {@code kind} of an actor with a country
   * and sector (either may be null), as the actor stage would resolve "Kyiv" (a metonym) or "its troops".
   */
  Parsed actor(String id, String name, int first, int last, MentionKind kind, String country, String sector) {
    Sentence s = sentences.get(sentences.size() - 1);
    Span span = s.span(first, last);
    mentions.add(new ActorMention(span, s.index(), first, last, id, kind));
    if (actors.stream().noneMatch(a -> a.id().equals(id))) {
      actors.add(new Actor(id, name, null, country, sector, null, null, List.of(span)));
    }
    return this;
  }

  /** Like {@link #actor}, for the government of state {@code country} (alpha-3). */
  Parsed state(String id, String name, String country, int first, int last) {
    Sentence s = sentences.get(sentences.size() - 1);
    Span span = s.span(first, last);
    mentions.add(new ActorMention(span, s.index(), first, last, id, MentionKind.NAME));
    if (actors.stream().noneMatch(a -> a.id().equals(id))) {
      actors.add(new Actor(id, name, country + "GOV", country, "GOV", null, null, List.of(span)));
    }
    return this;
  }

  AnnotatedArticle article() {
    Article a = new Article("t", null, null, null, null, text.toString(), "test");
    return new AnnotatedArticle(a, Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
        Layer.DEPENDENCIES), sentences);
  }

  ActorLayer actors() {
    return new ActorLayer(actors, mentions);
  }

  String text() {
    return text.toString();
  }

  /** Codes with every event placed at {@code place}. */
  List<Event> codeAt(Place place) {
    DependencyEventCoder coder = new DependencyEventCoder((s, t, x, p) -> java.util.Optional.empty(),
        (s, t, x) -> java.util.Optional.of(place));
    return coder.code(article(), actors(), List.of());
  }

  List<Event> code() {
    DependencyEventCoder coder = new DependencyEventCoder((s, t, x, p) -> java.util.Optional.empty(),
        (s, t, x) -> java.util.Optional.empty());
    return coder.code(article(), actors(), List.of());
  }
}
