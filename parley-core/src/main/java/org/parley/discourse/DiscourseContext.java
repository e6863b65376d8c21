// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.actors.Actor;
import org.parley.actors.ActorIds;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * What an article has named so far, in order of mention: its states, organisations and people (with their states
 * and offices), and the paragraph each sentence belongs to. Descriptions and pronouns are resolved against it by
 * {@link DiscourseActors}. A state's institution the article names only by description ("the police" in a paragraph
 * about one state) is added as a new actor, one per (country, sector).
 */
final class DiscourseContext {
  /** How many sentences back a pronoun or a role description may reach for its person. */
  static final int PERSON_REACH = 6;

  private final AnnotatedArticle article;
  private final ActorKnowledgeBase kb;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final List<ActorMention> mentions;
  private final int[] paragraph;
  private final Map<String, String> stateActors = new HashMap<>();
  private final ActorIds ids;

  DiscourseContext(AnnotatedArticle article, ActorLayer layer, ActorKnowledgeBase kb) {
    this.article = article;
    this.kb = kb;
    layer.actors().forEach(a -> actors.put(a.id(), a));
    this.ids = layer.freshIds();
    this.mentions = layer.mentions();
    this.paragraph = paragraphs(article);
  }

  /** Paragraph number of each sentence: a line break between two sentences starts a new paragraph. */
  private static int[] paragraphs(AnnotatedArticle article) {
    List<Sentence> ss = article.sentences();
    int[] out = new int[ss.size()];
    String text = article.text();
    for (int i = 1; i < ss.size(); i++) {
      int from = ss.get(i - 1).span().end();
      int to = Math.max(from, ss.get(i).span().start());
      out[i] = out[i - 1] + (text.substring(Math.min(from, text.length()), Math.min(to, text.length()))
          .indexOf('\n') >= 0 ? 1 : 0);
    }
    return out;
  }

  Actor actor(String id) {
    return id == null ? null : actors.get(id);
  }

  Optional<ActorMention> mentionAt(int sentence, int token) {
    return ActorLayer.mentionAt(mentions, sentence, token);
  }

  Sentence sentence(int i) {
    return article.sentences().get(i);
  }

  /** A person holds an office or, unlike a state or group (which always has a sector), has neither sector nor organisation. */
  static boolean isPerson(Actor a) {
    return a.role() != null || a.sector() == null && a.organization() == null;
  }

  /**
   * The person a pronoun or description at (sentence, token) most likely names: in its own sentence the nearest one
   * before it; in the sentences before, the grammatical subject first, else the first named (subject-preferring
   * search, as readers resolve "he" after "X met Y").
   */
  Optional<Actor> lastPerson(int sentence, int token, Predicate<Actor> fits) {
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence && m.lastToken() < token && fits(m, fits)) {
        nearest = m;
      }
    }
    if (nearest != null) {
      return Optional.of(actors.get(nearest.actorId()));
    }
    for (int s = sentence - 1; s >= 0 && s >= sentence - PERSON_REACH; s--) {
      Optional<Actor> found = preferredIn(s, fits);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private boolean fits(ActorMention m, Predicate<Actor> fits) {
    Actor a = actors.get(m.actorId());
    return a != null && fits.test(a);
  }

  private Optional<Actor> preferredIn(int s, Predicate<Actor> fits) {
    ActorMention first = null;
    for (ActorMention m : mentions) {
      if (m.sentence() != s || !fits(m, fits)) {
        continue;
      }
      if (isSubject(sentence(s), m)) {
        return Optional.of(actors.get(m.actorId()));
      }
      if (first == null) {
        first = m;
      }
    }
    return first == null ? Optional.empty() : Optional.of(actors.get(first.actorId()));
  }

  private static boolean isSubject(Sentence s, ActorMention m) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= m.firstToken() && d.dependent() <= m.lastToken() && d.relation().startsWith(NSUBJ)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state a paragraph is about at (sentence, token): the country named most often in the paragraph before that
   * point; none when two states are named equally often, or none is named.
   */
  Optional<String> focusCountry(int sentence, int token) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorMention m : mentions) {
      boolean before = m.sentence() < sentence || m.sentence() == sentence && m.lastToken() < token;
      Actor a = actors.get(m.actorId());
      if (before && paragraph[m.sentence()] == paragraph[sentence] && a != null && a.country() != null) {
        counts.merge(a.country(), 1, Integer::sum);
      }
    }
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (e.getValue() == top) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * The sector a noun lemma names as a group of people ("police" → COP, "administration" → GOV), if any; an act that
   * speaks for its author ("proposal", "attack") names no group.
   */
  Optional<String> sectorOf(String lemma) {
    return kb.cue(lemma.toLowerCase(Locale.ROOT)).filter(c -> !isAct(c)).map(SectorCue::sector);
  }

  /** Whether a noun lemma names an act standing for its author ("the proposal", "the bombings"), not a group. */
  boolean isAct(String lemma) {
    return kb.cue(lemma.toLowerCase(Locale.ROOT)).filter(DiscourseContext::isAct).isPresent();
  }

  private static boolean isAct(SectorCue c) {
    return "-".equals(c.label());
  }

  /**
   * The actor for {@code country}'s institution of {@code sector}: the article's own when it has one (a state with no
   * person's office or organisation), else a new one named as the actor stage names them ("Cuba", "Cuban police").
   */
  Actor stateActor(String country, String sector, String cueLemma) {
    for (Actor a : actors.values()) {
      if (country.equals(a.country()) && sector.equals(a.sector()) && a.role() == null && a.organization() == null
          && !isPerson(a)) {
        return a;
      }
    }
    String key = country + sector;
    String id = stateActors.computeIfAbsent(key, k -> ids.next());
    Actor made = actors.get(id);
    if (made == null) {
      made = new Actor(id, stateName(country, sector, cueLemma), key, country, sector, null, null, List.of());
      actors.put(id, made);
    }
    return made;
  }

  private String stateName(String country, String sector, String cueLemma) {
    Optional<ActorKnowledgeBase.Country> c = kb.country(country);
    String name = c.map(ActorKnowledgeBase.Country::name).orElse(country);
    if (sector.equals("GOV")) {
      return name;
    }
    String adjective = c.filter(x -> !x.adjectives().isEmpty()).map(x -> x.adjectives().get(0)).orElse(name);
    String label = kb.cue(cueLemma).map(SectorCue::label).filter(l -> !l.isEmpty()).orElse(cueLemma);
    return adjective + " " + label;
  }

  /** The actor layer with the actors this context added. */
  ActorLayer layer() {
    return new ActorLayer(new ArrayList<>(actors.values()), mentions);
  }
}
