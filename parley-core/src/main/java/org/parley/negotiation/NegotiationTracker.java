// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.actors.Actor;
import org.parley.article.Span;

/**
 * Merges the per-article boards of the same parties into negotiation tracks. Feed it articles in any order
 * ({@link #add}); it identifies sides across articles by their {@link Sides} key (alpha-3 of a state or an
 * organisation's name), since actor ids are per article.
 *
 * <ul>
 *   <li>Rounds with the same day are one round; a round dated only by month joins the round of that month at
 *       the same place. Each article's account of the outcome is kept.</li>
 *   <li>A stance without a date is dated by the talks the article reports (its latest round up to the
 *       publication day), else by the publication day: what a side says in a report on talks it said there.</li>
 *   <li>A board with one party (the article names only one side) joins the track of that side whose rounds
 *       include the day of its positions, else the only track that side is in; otherwise it is left out.</li>
 *   <li>{@link #tracks(LocalDate)} shows the tracks as they stood on a day: only articles published by then,
 *       and only stances dated by then.</li>
 * </ul>
 */
public final class NegotiationTracker {
  private final List<ArticleBoards> articles = new ArrayList<>();

  public NegotiationTracker add(ArticleBoards article) {
    articles.add(Objects.requireNonNull(article, "article"));
    return this;
  }

  public NegotiationTracker addAll(Iterable<ArticleBoards> all) {
    all.forEach(this::add);
    return this;
  }

  /** How many articles were fed in. */
  public int size() {
    return articles.size();
  }

  /** Every track, by first report. */
  public List<NegotiationTrack> tracks() {
    return tracks(null);
  }

  /**
   * The tracks as known on {@code asOf}: articles published after it are left out (as are articles without a
   * publication date), and so are stances dated after it. Null means everything.
   */
  public List<NegotiationTrack> tracks(LocalDate asOf) {
    List<ArticleBoards> known = new ArrayList<>();
    for (ArticleBoards a : articles) {
      if (asOf == null || (a.published() != null && !a.published().isAfter(asOf))) {
        known.add(a);
      }
    }
    known.sort(Comparator.comparing(ArticleBoards::published, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<Set<String>, Builder> builders = new LinkedHashMap<>();
    Map<Set<String>, Set<String>> roundDays = pairRounds(known);
    for (ArticleBoards a : known) {
      Sides sides = Sides.of(a.actors());
      Map<String, Actor> byId = new LinkedHashMap<>();
      a.actors().forEach(x -> byId.put(x.id(), x));
      for (NegotiationBoard board : a.boards()) {
        List<String> parties = new ArrayList<>();
        for (String id : board.parties()) {
          String key = keyOf(byId.get(id), id);
          if (!parties.contains(key)) {
            parties.add(key);
          }
        }
        if (parties.size() < 2) {
          Set<String> joined = parties.isEmpty() ? null : trackOf(parties.get(0), board, roundDays);
          if (joined == null) {
            continue;
          }
          parties = new ArrayList<>(joined);
        }
        List<String> order = parties;
        builders.computeIfAbsent(new TreeSet<>(parties), k -> new Builder(order)).add(a, board, sides, byId, asOf);
      }
    }
    return builders.values().stream().map(Builder::build).toList();
  }

  /** The round days (and undated rounds as "") of every set of two or more parties the articles report. */
  private static Map<Set<String>, Set<String>> pairRounds(List<ArticleBoards> known) {
    Map<Set<String>, Set<String>> out = new LinkedHashMap<>();
    for (ArticleBoards a : known) {
      Map<String, Actor> byId = new LinkedHashMap<>();
      a.actors().forEach(x -> byId.put(x.id(), x));
      for (NegotiationBoard board : a.boards()) {
        Set<String> parties = new TreeSet<>();
        board.parties().forEach(id -> parties.add(keyOf(byId.get(id), id)));
        if (parties.size() < 2) {
          continue;
        }
        Set<String> days = out.computeIfAbsent(parties, k -> new LinkedHashSet<>());
        board.rounds().forEach(r -> days.add(r.date() == null ? "" : r.date()));
      }
    }
    return out;
  }

  /** The parties of the track a one-party board belongs to, or null when none or several fit. */
  private static Set<String> trackOf(String side, NegotiationBoard board, Map<Set<String>, Set<String>> roundDays) {
    Set<String> days = new LinkedHashSet<>();
    board.rounds().forEach(r -> days.add(r.date()));
    board.issues().forEach(ip -> ip.positions().forEach(p -> days.add(p.date())));
    days.remove(null);
    List<Set<String>> withSide = roundDays.keySet().stream().filter(k -> k.contains(side)).toList();
    List<Set<String>> sameDay = withSide.stream()
        .filter(k -> roundDays.get(k).stream().anyMatch(days::contains)).toList();
    if (sameDay.size() == 1) {
      return sameDay.get(0);
    }
    return sameDay.isEmpty() && withSide.size() == 1 ? withSide.get(0) : null;
  }

  /** The side key of an actor of the article, or the bare id when the actor is missing (bad input). */
  private static String keyOf(Actor actor, String id) {
    if (actor == null) {
      return id;
    }
    String key = Sides.key(actor);
    return key != null ? key : actor.name();
  }

  private static final class Builder {
    private final List<String> parties;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> mediatorDates = new LinkedHashMap<>();
    private final Map<String, Set<String>> mediatorArticles = new LinkedHashMap<>();
    private final List<TrackRound> rounds = new ArrayList<>();
    private final Map<String, StanceReport> stances = new LinkedHashMap<>();
    private final Set<String> articleIds = new LinkedHashSet<>();

    Builder(List<String> parties) {
      this.parties = List.copyOf(parties);
    }

    void add(ArticleBoards a, NegotiationBoard board, Sides sides, Map<String, Actor> byId, LocalDate asOf) {
      articleIds.add(a.articleId());
      String published = a.published() == null ? null : a.published().toString();
      for (String id : board.parties()) {
        name(keyOf(byId.get(id), id), byId.get(id));
      }
      // The day of the talks the article reports (its latest round up to publication), else publication day.
      String boardDate = board.rounds().stream().map(Round::date).filter(Objects::nonNull)
          .filter(d -> published == null || DateKeys.sortKey(d).compareTo(published) <= 0)
          .max(Comparator.comparing(DateKeys::sortKey)).orElse(published);
      for (String id : board.mediators()) {
        String key = keyOf(byId.get(id), id);
        name(key, byId.get(id));
        mediatorArticles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.articleId());
        if (boardDate != null) {
          mediatorDates.computeIfAbsent(key, k -> new ArrayList<>()).add(boardDate);
        } else {
          mediatorDates.computeIfAbsent(key, k -> new ArrayList<>());
        }
      }
      for (Round r : board.rounds()) {
        addRound(r, source(a, r.evidence()));
      }
      for (IssuePositions ip : board.issues()) {
        for (Position p : ip.positions()) {
          String date = p.date() != null ? p.date() : boardDate;
          if (date == null) {
            continue; // neither the event nor the article is dated: it cannot go on a timeline
          }
          LocalDate day = DateKeys.firstDay(date);
          if (asOf != null && day != null && day.isAfter(asOf)) {
            continue;
          }
          String side = keyOf(byId.get(p.actorId()), p.actorId());
          name(side, byId.get(p.actorId()));
          StanceReport report = new StanceReport(side, ip.issue(), p.stance(), date, source(a, p.evidence()));
          stances.putIfAbsent(side + "|" + ip.issue() + "|" + p.stance() + "|" + date + "|" + a.articleId(), report);
        }
      }
    }

    private void name(String key, Actor actor) {
      // The first state or group name wins; a key standing in for a name gives way to a real one.
      if (actor != null && actor.isCollective() && (!names.containsKey(key) || names.get(key).equals(key))) {
        names.put(key, actor.name());
      } else if (actor != null) {
        names.putIfAbsent(key, key);
      }
    }

    private void addRound(Round r, TrackSource from) {
      String place = r.location() == null ? null : r.location().name();
      RoundReport report = new RoundReport(r.outcome(), from, r.status());
      for (int i = 0; i < rounds.size(); i++) {
        TrackRound known = rounds.get(i);
        if (same(known, r.date(), place)) {
          String date = known.date() == null || (r.date() != null && r.date().length() > known.date().length())
              ? r.date() : known.date();
          rounds.set(i, known.with(report, date, r.name(), place, r.level()));
          return;
        }
      }
      rounds.add(new TrackRound(r.date(), r.name(), place, r.level(), List.of(report)));
    }

    private static boolean same(TrackRound known, String date, String place) {
      if (date != null && date.equals(known.date())) {
        return true;
      }
      boolean samePlace = place != null && place.equalsIgnoreCase(known.location());
      if (date == null || known.date() == null) {
        return samePlace;
      }
      boolean sameMonth = date.startsWith(known.date()) || known.date().startsWith(date);
      return sameMonth && (date.length() != known.date().length()) && (samePlace || place == null
          || known.location() == null);
    }

    NegotiationTrack build() {
      List<MediatorRecord> mediators = new ArrayList<>();
      mediatorDates.forEach((key, dates) -> {
        List<String> sorted = dates.stream().sorted(Comparator.comparing(DateKeys::sortKey)).toList();
        mediators.add(new MediatorRecord(key, sorted.isEmpty() ? null : sorted.get(0),
            sorted.isEmpty() ? null : sorted.get(sorted.size() - 1), new ArrayList<>(mediatorArticles.get(key))));
      });
      mediators.sort(Comparator.comparing((MediatorRecord m) -> DateKeys.sortKey(m.first())));
      List<TrackRound> sortedRounds = new ArrayList<>(rounds);
      sortedRounds.sort(Comparator.comparing((TrackRound r) -> DateKeys.sortKey(r.date())));
      List<StanceReport> sortedStances = new ArrayList<>(stances.values());
      // Stable: reports of one day keep publication order.
      sortedStances.sort(Comparator.comparing((StanceReport s) -> DateKeys.sortKey(s.date())));
      return new NegotiationTrack(parties, names, mediators, sortedRounds, sortedStances, new ArrayList<>(articleIds));
    }
  }

  private static TrackSource source(ArticleBoards a, List<Span> evidence) {
    String sentence = null;
    Span at = null;
    if (!evidence.isEmpty()) {
      Span s = evidence.get(0);
      if (s.end() <= a.text().length()) {
        sentence = s.of(a.text()).replaceAll("\\s+", " ").strip();
        at = s;
      }
    }
    return new TrackSource(a.articleId(), a.published(), a.source(), sentence, at);
  }
}
