// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;
import org.parley.nlp.ParsedText;
import org.parley.places.Place;

/**
 * A hand-built article for board tests: news-style sentences, the actors and the events an event coder
 * following the team's conventions would give them.
 */
final class Scenario {
  private final String id;
  private final LocalDate published;
  private final String source;
  private final List<String> sentences = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  /** Hand-written parses of some sentences, by sentence index, in the {@link ParsedText} notation. */
  private final TreeMap<Integer, String> parses = new TreeMap<>();

  Scenario(String id, LocalDate published, String source, String... sentences) {
    this.id = id;
    this.published = published;
    this.source = source;
    this.sentences.addAll(List.of(sentences));
  }

  String text() {
    return String.join(" ", sentences);
  }

  /** The span of the sentence holding {@code phrase}. */
  Span sentence(String phrase) {
    int at = text().indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException("no sentence holds " + phrase);
    }
    int start = 0;
    for (String s : sentences) {
      if (at < start + s.length()) {
        return new Span(start, start + s.length());
      }
      start += s.length() + 1;
    }
    throw new IllegalStateException();
  }

  Span phrase(String phrase) {
    int at = text().indexOf(phrase);
    return new Span(at, at + phrase.length());
  }

  Scenario state(String id, String name, String country, String sector) {
    actors.add(new Actor(id, name, country + sector, country, sector, null, null, List.of()));
    return this;
  }

  Scenario person(String id, String name, String country, String role) {
    actors.add(new Actor(id, name, country + "GOV", country, "GOV", null, role, List.of()));
    return this;
  }

  Scenario actor(Actor a) {
    actors.add(a);
    return this;
  }

  Scenario talks(String cameo, String src, String tgt, String date, String place, String evidence, String trigger) {
    return event(EventType.CONSULT, cameo, Polarity.POSITIVE, Modality.ASSERTED, src, tgt, null, List.of(), date,
        place, trigger, evidence);
  }

  Scenario mediation(String src, String tgt, String date, String... evidence) {
    return event(EventType.CONSULT, "045", Polarity.POSITIVE, Modality.ASSERTED, src, tgt, null, List.of(), date,
        null, null, evidence);
  }

  Scenario agreement(Polarity polarity, String src, String tgt, List<String> issues, String date, String evidence) {
    return event(EventType.AGREE, "030", polarity, Modality.ASSERTED, src, tgt,
        polarity == Polarity.POSITIVE ? Stance.AGREED : null, issues, date, null, null, evidence);
  }

  Scenario stance(EventType type, Stance stance, String src, String tgt, List<String> issues, String date,
                  String evidence) {
    return event(type, type.cameoRoot(), Polarity.POSITIVE, Modality.ASSERTED, src, tgt, stance, issues, date, null,
        null, evidence);
  }

  Scenario event(EventType type, String cameo, Polarity polarity, Modality modality, String src, String tgt,
                 Stance stance, List<String> issues, String date, String place, String trigger, String... evidence) {
    List<Span> spans = new ArrayList<>();
    for (String e : evidence) {
      spans.add(sentence(e));
    }
    events.add(new Event("ev-" + (events.size() + 1), type, null, cameo, polarity, modality, src, tgt, null, stance,
        issues, date, null, place == null ? null : new Place(place, null, null, null), spans,
        trigger == null ? null : phrase(trigger), 0.8));
    return this;
  }

  Article article() {
    return new Article(id, null, published, null, source, text(), "test:" + id);
  }

  /**
   * Gives the sentence holding {@code phrase} a hand-written dependency parse, in the {@link ParsedText} notation;
   * the words must appear in the sentence in that order.
   */
  Scenario parse(String phrase, String encoded) {
    Span sentence = sentence(phrase);
    int index = 0;
    for (int start = 0; start < sentence.start(); index++) {
      start += sentences.get(index).length() + 1;
    }
    parses.put(index, encoded);
    return this;
  }

  /** The article with the sentences given a parse, and no others. */
  AnnotatedArticle annotated() {
    if (parses.isEmpty()) {
      return AnnotatedArticle.of(article());
    }
    ParsedArticle parsed = ParsedArticle.over(article());
    parses.forEach((index, encoded) -> {
      int start = 0;
      for (int i = 0; i < index; i++) {
        start += sentences.get(i).length() + 1;
      }
      parsed.from(start).sentence(encoded);
    });
    return parsed.article();
  }

  ActorLayer layer() {
    return new ActorLayer(actors, List.of());
  }

  List<Actor> actors() {
    return List.copyOf(actors);
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  List<NegotiationBoard> boards() {
    return new EventBoardBuilder().build(annotated(), layer(), events());
  }

  ArticleBoards articleBoards() {
    return new ArticleBoards(id, published, source, null, text(), actors(), boards());
  }
}
