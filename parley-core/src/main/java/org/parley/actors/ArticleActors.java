// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.actors.ActorKnowledgeBase.Entry;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Sentence;

/**
 * The actors of one article while its sentences are resolved: one key per actor (a person "p:", an organisation
 * or seat of power "o:", a state's sector "s:COUNTRY|SECTOR", a group of no state "g:") with what it stands for,
 * and the mentions found so far. {@link #build()} gives the keys ids in the order of their first mention. Kept
 * apart from the sentence steps so that every step makes actors the same way and one article's actors stay one.
 */
final class ArticleActors {
  final ActorKnowledgeBase kb;
  final AnnotatedArticle article;
  final LocalDate date;
  final Map<String, ActorInfo> infos = new HashMap<>();
  final List<DraftMention> drafts = new ArrayList<>();
  final Map<String, String> articleSurnames = new HashMap<>();
  /**
   * First words of two-word names met so far: Chinese, Korean and Vietnamese names put the family name first
   * ("Fu Cong ... Fu said"), so a lone first word that is no one's surname refers back to that person.
   */
  final Map<String, String> articleFirstWords = new HashMap<>();
  /** The named steps behind each mention (by identity) and each actor key, for {@link MentionTrace}. */
  private final Map<DraftMention, List<String>> mentionSteps = new IdentityHashMap<>();
  private final Map<String, List<String>> keySteps = new HashMap<>();
  /** Mentions a named rule left without an actor ("his" under governing-subject-unresolved). */
  private final List<MentionTrace> unresolved = new ArrayList<>();

  ArticleActors(ActorKnowledgeBase kb, AnnotatedArticle article) {
    this.kb = kb;
    this.article = article;
    this.date = article.article().published();
  }

  ActorLayer build() {
    drafts.sort(Comparator.comparingInt(DraftMention::sentence).thenComparingInt(DraftMention::first)
        .thenComparingInt(DraftMention::last));
    Map<String, String> ids = new LinkedHashMap<>();
    ActorIds fresh = new ActorIds();
    Map<String, List<Span>> spans = new HashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    List<MentionTrace> traces = new ArrayList<>();
    for (DraftMention d : drafts) {
      boolean first = !ids.containsKey(d.key());
      String id = ids.computeIfAbsent(d.key(), k -> fresh.next());
      Sentence s = article.sentences().get(d.sentence());
      Span span = s.span(d.first(), d.last());
      mentions.add(new ActorMention(span, d.sentence(), d.first(), d.last(), id, d.kind()));
      spans.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(span);
      List<String> steps = new ArrayList<>(mentionSteps.getOrDefault(d, List.of()));
      if (first) {
        steps.addAll(keySteps.getOrDefault(d.key(), List.of()));
      }
      traces.add(new MentionTrace(span, d.sentence(), id, steps));
    }
    List<Actor> actors = new ArrayList<>();
    ids.forEach((key, id) -> {
      ActorInfo i = infos.get(key);
      actors.add(new Actor(id, i.name(), i.code(), i.country(), i.sector(), i.organization(), i.role(),
          spans.get(key).stream().sorted().distinct().toList()));
    });
    traces.addAll(unresolved);
    return new ActorLayer(actors, mentions, traces);
  }

  /** Records that rule {@code rule} made or changed mention {@code d}, after the steps of {@code from}, if any. */
  void traceMention(DraftMention d, DraftMention from, String rule, String what) {
    List<String> steps = new ArrayList<>(from == null ? List.of() : mentionSteps.getOrDefault(from, List.of()));
    steps.add(step(rule, what));
    mentionSteps.put(d, steps);
  }

  /** Records that rule {@code rule} coded the actor of {@code key} (its state, sector or organisation). */
  void traceActor(String key, String rule, String what) {
    keySteps.computeIfAbsent(key, k -> new ArrayList<>()).add(step(rule, what));
  }

  /** Records that rule {@code rule} left token {@code token} of sentence {@code sentence} without an actor. */
  void traceUnresolved(int sentence, int token, String rule, String what) {
    unresolved.add(new MentionTrace(article.sentences().get(sentence).span(token, token), sentence, null,
        List.of(step(rule, what))));
  }

  private static String step(String rule, String what) {
    return what == null || what.isEmpty() ? rule : rule + ": " + what;
  }

  // ---- actor keys ----

  String person(String canonical) {
    String key = "p:" + canonical;
    if (!infos.containsKey(key)) {
      Entry e = kb.on(canonical, date).orElseThrow();
      infos.put(key, new ActorInfo(canonical, e.effectiveCode(), e.country(), e.sector(), e.organization(), e.role(),
          true, e.gender()));
    }
    rememberSurname(canonical, key);
    return key;
  }

  String unknownPerson(String name, String country, String sector, String role) {
    return unknownPerson(name, country, sector, role, null);
  }

  /** A person the knowledge base does not hold, of {@code gender} ("m", "f") where the text says it, else null. */
  String unknownPerson(String name, String country, String sector, String role, String gender) {
    String key = "p:" + name;
    ActorInfo old = infos.get(key);
    if (old == null || old.country() == null && country != null) {
      infos.put(key, new ActorInfo(name, code(country, sector), country,
          country == null && sector == null ? null : sector,
          null, role, true, gender != null || old == null ? gender : old.gender()));
    }
    rememberSurname(name, key);
    return key;
  }

  private void rememberSurname(String name, String key) {
    String[] parts = name.split("\\s+");
    if (parts.length > 1) {
      articleSurnames.putIfAbsent(parts[parts.length - 1], key);
    }
    if (parts.length == 2) {
      articleFirstWords.putIfAbsent(parts[0], key);
    }
    for (String alias : kb.entries(name).stream().flatMap(e -> e.aliases().stream()).toList()) {
      String[] a = alias.split("\\s+");
      articleSurnames.putIfAbsent(a[a.length - 1], key);
    }
  }

  String state(String country, String sector) {
    String key = "s:" + country + "|" + sector;
    if (!infos.containsKey(key)) {
      ActorKnowledgeBase.Country c = kb.country(country).orElseThrow();
      String label = kb.sectorLabel(sector);
      String adjective = c.adjectives().isEmpty() ? c.name() : c.adjectives().get(0);
      String name = sector.equals("GOV") || label == null ? c.name() : adjective + " " + label;
      infos.put(key, new ActorInfo(name, country + sector, country, sector, null, null, false, null));
    }
    return key;
  }

  String entry(String name) {
    Entry e = kb.on(name, date).orElseThrow();
    if (e.organization() == null && e.country() != null) {
      return state(e.country(), e.sector() != null ? e.sector() : "GOV");
    }
    String org = e.organization() != null ? e.organization() : e.name();
    String key = "o:" + org;
    infos.putIfAbsent(key, new ActorInfo(e.kind() == ActorKnowledgeBase.Kind.PLACE ? org : e.name(), e.effectiveCode(),
        e.country(), e.sector(), org, null, false, null));
    return key;
  }

  String group(String sector, String adjective, String name) {
    String key = "g:" + sector + "|" + (adjective == null ? "" : adjective.toLowerCase(Locale.ROOT)) + "|"
        + (adjective == null ? name.toLowerCase(Locale.ROOT) : "");
    infos.putIfAbsent(key, new ActorInfo(name, null, null, sector, null, null, false, null));
    return key;
  }

  /** People the text names together by their tie to a person ("the boy's relatives"), of {@code country}. */
  String kinGroup(String name, String country) {
    String key = "g:kin|" + name.toLowerCase(Locale.ROOT);
    infos.putIfAbsent(key, new ActorInfo(name, code(country, null), country, null, null, null, false, null));
    return key;
  }

  String unknownOrg(String name) {
    return unknownOrg(name, null);
  }

  /** A body the knowledge base does not hold, of {@code country} where its name says so, else null. */
  String unknownOrg(String name, String country) {
    String key = "o:" + name;
    infos.putIfAbsent(key, new ActorInfo(name, code(country, null), country, null, name, null, false, null));
    return key;
  }

  static String code(String country, String sector) {
    if (country == null) {
      return null;
    }
    return sector == null ? country : country + sector;
  }
}
