// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.nlp.AnnotatedArticle;

/**
 * Derives negotiation boards from coded events, one board per pair of sides in talks.
 *
 * <ul>
 *   <li>Sides, not envoys: every actor is mapped to the side it speaks for ({@link Sides}); the board lists the
 *       side's state or group actor, and a person only when the article names no such actor.</li>
 *   <li>Mediators: sources of mediation events (CONSULT, CAMEO 045, or mode mediate/third-party).</li>
 *   <li>Parties: the two sides of talks (CONSULT 04x other than mediation) or of an agreement (AGREE) between
 *       them. When the article reports no talks at all, the two sides of the issue-bearing events (demands,
 *       offers, rejections addressed to the other side) make the pair.</li>
 *   <li>Rounds: the talks, mediation and agreement events between the pair, grouped by date (or shared
 *       sentence); the outcome comes from the AGREE events of the round: positive gives agreement (partial when
 *       the board has other issues a party still demands, rejects or only considers, or when a negated AGREE is
 *       no_agreement, none gives unknown. Earlier rounds the article recalls are rounds with an earlier date.</li>
 *   <li>Positions: each event with a stance and issues whose source speaks for a party or mediator, with
 *       negation and hypothetical mood folded into the stance; an agreement between the two parties gives both
 *       the stance {@code agreed} on its issues.</li>
 * </ul>
 *
 * It never reads the text again, except to name a round by the ordinal its talks sentence gives it ("the third
 * round").
 */
public final class EventBoardBuilder implements BoardBuilder {
  private static final Pattern ROUND_NAME = Pattern.compile(
      "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|latest|final|last|new|next)"
          + "\\s+round\\b", Pattern.CASE_INSENSITIVE);

  /** Stances of a party that mean the issue is not settled. */
  private static final Set<Stance> UNSETTLED = Set.of(Stance.DEMAND, Stance.REJECT, Stance.OPPOSE, Stance.OPEN);

  @Override
  public List<NegotiationBoard> build(AnnotatedArticle article, ActorLayer actors, List<Event> events) {
    Sides sides = Sides.of(actors.actors());
    Set<String> mediatorSides = new LinkedHashSet<>();
    for (Event e : events) {
      if (isMediation(e) && e.polarity() == Polarity.POSITIVE && sides.sideOf(e.source()) != null) {
        mediatorSides.add(sides.sideOf(e.source()));
      }
    }
    List<Pair> pairs = pairs(events, sides, mediatorSides);
    if (pairs.isEmpty()) {
      return oneSide(article, sides, mediatorSides, events);
    }
    List<NegotiationBoard> boards = new ArrayList<>();
    for (Pair pair : pairs) {
      boards.add(board(article, pair, pairs, sides, mediatorSides, events));
    }
    return boards;
  }

  /**
   * An article naming only one side of a negotiation ("X rejected any withdrawal at the talks on Tuesday, its
   * spokesman said") still reports that side's positions: a board with that one party, which the tracker joins to
   * the negotiation the side is in. Only when exactly one side (no mediator, no international organisation) takes
   * positions on issues.
   */
  private List<NegotiationBoard> oneSide(AnnotatedArticle article, Sides sides, Set<String> mediatorSides,
                                         List<Event> events) {
    Set<String> holders = new LinkedHashSet<>();
    for (Event e : events) {
      String src = sides.sideOf(e.source());
      if (src != null && !e.issues().isEmpty() && stanceOf(e) != null && !mediatorSides.contains(src)
          && !sides.isIntergovernmental(src)) {
        holders.add(src);
      }
    }
    if (holders.size() != 1) {
      return List.of();
    }
    String side = holders.iterator().next();
    Pair alone = new Pair(side, side);
    List<String> partyIds = List.of(sides.actorFor(side));
    List<IssuePositions> issues = issues(alone, List.of(alone), partyIds, Set.of(), sides, events);
    if (issues.isEmpty()) {
      return List.of();
    }
    List<Round> rounds = rounds(article, alone, sides, events, List.of(), issues);
    return List.of(new NegotiationBoard(partyIds, List.of(), rounds, issues));
  }

  /** The unordered pairs of sides in talks, in order of first report. */
  private static List<Pair> pairs(List<Event> events, Sides sides, Set<String> mediatorSides) {
    Map<Pair, Integer> talks = new LinkedHashMap<>();
    for (Event e : sortedByText(events)) {
      boolean talk = isTalks(e) || (e.type() == EventType.AGREE && e.modality() != Modality.HYPOTHETICAL);
      Pair p = pairOf(e, sides, mediatorSides);
      if (talk && p != null) {
        talks.merge(p, 1, Integer::sum);
      }
    }
    if (talks.isEmpty()) {
      for (Event e : sortedByText(events)) {
        Pair p = pairOf(e, sides, mediatorSides);
        if (!e.issues().isEmpty() && p != null && stanceOf(e) != null) {
          talks.merge(p, 1, Integer::sum);
        }
      }
    }
    return new ArrayList<>(talks.keySet());
  }

  private static Pair pairOf(Event e, Sides sides, Set<String> mediatorSides) {
    String a = sides.sideOf(e.source());
    String b = sides.sideOf(e.target());
    if (a == null || b == null || a.equals(b) || mediatorSides.contains(a) || mediatorSides.contains(b)
        || sides.isIntergovernmental(a) || sides.isIntergovernmental(b)) {
      return null;
    }
    return Pair.of(a, b);
  }

  private NegotiationBoard board(AnnotatedArticle article, Pair pair, List<Pair> all, Sides sides,
                                 Set<String> mediatorSides, List<Event> events) {
    List<Event> mediation = new ArrayList<>();
    Set<String> mediators = new LinkedHashSet<>();
    for (Event e : events) {
      String src = sides.sideOf(e.source());
      String tgt = sides.sideOf(e.target());
      if (isMediation(e) && e.polarity() == Polarity.POSITIVE && src != null
          && (pair.has(tgt) || ((tgt == null || mediatorSides.contains(tgt)) && all.size() == 1))) {
        mediation.add(e);
        mediators.add(src);
      }
    }
    List<String> keys = sides.keys();
    List<String> partyIds = keys.indexOf(pair.a()) <= keys.indexOf(pair.b())
        ? List.of(sides.actorFor(pair.a()), sides.actorFor(pair.b()))
        : List.of(sides.actorFor(pair.b()), sides.actorFor(pair.a()));
    List<IssuePositions> issues = issues(pair, all, partyIds, mediators, sides, events);
    List<Round> rounds = rounds(article, pair, sides, events, mediation, issues);
    List<String> mediatorIds = mediators.stream().map(sides::actorFor).toList();
    return new NegotiationBoard(partyIds, mediatorIds, rounds, issues);
  }

  // ---- rounds ----

  private static List<Round> rounds(AnnotatedArticle article, Pair pair, Sides sides, List<Event> events,
                                    List<Event> mediation, List<IssuePositions> issues) {
    List<Event> roundEvents = new ArrayList<>(mediation);
    for (Event e : events) {
      // Offers and willingness to meet ("open to a meeting") are stances, not rounds; so are conditionals.
      if (e.polarity() == Polarity.POSITIVE && isTalks(e)
          && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)
          && pair.is(sides.sideOf(e.source()), sides.sideOf(e.target()))) {
        roundEvents.add(e);
      } else if (isOutcome(e, pair, sides)) {
        roundEvents.add(e);
      }
    }
    // Dated events first so that undated ones can join the round they share a sentence with.
    roundEvents.sort(Comparator.comparing((Event e) -> e.date() == null)
        .thenComparing(e -> e.evidence().get(0)));
    List<List<Event>> clusters = new ArrayList<>();
    for (Event e : roundEvents) {
      List<Event> home = null;
      for (List<Event> c : clusters) {
        if (sameRound(c, e)) {
          home = c;
          break;
        }
      }
      if (home == null && e.date() == null && !clusters.isEmpty()) {
        // Undated talk reports mean the talks the article is about: the latest round it dates, unless the
        // event says the opposite of that round's outcome (an agreement where it failed): then another round.
        List<Event> latest = clusters.stream().max(Comparator.comparing(
            (List<Event> c) -> c.stream().map(Event::date).filter(Objects::nonNull).max(String::compareTo).orElse(""))).get();
        if (!contradictsOutcome(latest, e)) {
          home = latest;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(e);
    }
    List<Round> rounds = new ArrayList<>();
    for (List<Event> c : clusters) {
      if (c.stream().allMatch(EventBoardBuilder::isMediation) && clusters.size() > 1) {
        continue; // a mediation report alone is no round when the article reports the rounds themselves
      }
      rounds.add(round(article, c, sides, pair, issues));
    }
    rounds.sort(Comparator.comparing((Round r) -> r.date() == null ? "9999" : r.date())
        .thenComparing(r -> r.evidence().isEmpty() ? new Span(0, 0) : r.evidence().get(0)));
    return rounds;
  }

  private static boolean contradictsOutcome(List<Event> cluster, Event e) {
    return isAgreement(e) && cluster.stream().anyMatch(c -> isAgreement(c) && c.polarity() != e.polarity());
  }

  private static boolean isAgreement(Event e) {
    return e.type() == EventType.AGREE;
  }

  private static boolean sameRound(List<Event> cluster, Event e) {
    for (Event c : cluster) {
      if (e.date() != null && e.date().equals(c.date())) {
        return true;
      }
      boolean datesCompatible = e.date() == null || c.date() == null
          || e.date().startsWith(c.date()) || c.date().startsWith(e.date());
      if (datesCompatible && overlaps(c.evidence(), e.evidence())) {
        return true;
      }
    }
    return false;
  }

  private static Round round(AnnotatedArticle article, List<Event> cluster, Sides sides, Pair pair,
                             List<IssuePositions> issues) {
    String date = null;
    org.parley.events.Place place = null;
    boolean agreed = false;
    boolean failed = false;
    Set<String> agreedIssues = new LinkedHashSet<>();
    TreeSet<Span> evidence = new TreeSet<>();
    String name = null;
    String level = null;
    // Talks events give the place before mediation and agreement events do.
    List<Event> ordered = new ArrayList<>(cluster);
    ordered.sort(Comparator.comparingInt(EventBoardBuilder::placePriority));
    for (Event e : ordered) {
      if (e.date() != null && (date == null || e.date().length() > date.length())) {
        date = e.date();
      }
      if (place == null) {
        place = e.location();
      }
      evidence.addAll(e.evidence());
      if (e.type() == EventType.AGREE || (isTalks(e) && e.polarity() == Polarity.NEGATED)) {
        if (e.polarity() == Polarity.NEGATED) {
          failed = true;
        } else {
          agreed = true;
          agreedIssues.addAll(e.issues());
        }
      }
      if (name == null && isTalks(e)) {
        name = roundName(article, e);
      }
      String l = level(sides.actor(e.source()), sides.actor(e.target()));
      if (level == null && l != null && !isMediation(e)) {
        level = l;
      }
    }
    Outcome outcome;
    if (agreed && failed) {
      outcome = Outcome.PARTIAL;
    } else if (agreed) {
      // An issue stays open while a party still demands, refuses or only considers something on it; offers and
      // acceptances made under the deal ("agreed to withdraw in stages") and a mediator's positions do not.
      boolean othersOpen = !agreedIssues.isEmpty() && issues.stream()
          .anyMatch(ip -> !agreedIssues.contains(ip.issue())
              && ip.positions().stream().noneMatch(p -> p.stance() == Stance.AGREED)
              && ip.positions().stream().anyMatch(p -> pair.has(sides.sideOf(p.actorId())) && UNSETTLED.contains(p.stance())));
      outcome = othersOpen ? Outcome.PARTIAL : Outcome.AGREEMENT;
    } else if (failed) {
      outcome = Outcome.NO_AGREEMENT;
    } else {
      outcome = Outcome.UNKNOWN;
    }
    return new Round(name, date, place, level, outcome, new ArrayList<>(evidence));
  }

  private static int placePriority(Event e) {
    if (isTalks(e)) {
      return 0;
    }
    return isMediation(e) ? 1 : 2;
  }

  /** "the third round of talks": the ordinal nearest before the talks trigger in its sentence. */
  private static String roundName(AnnotatedArticle article, Event e) {
    String text = article.text();
    for (Span s : e.evidence()) {
      if (s.end() > text.length()) {
        continue;
      }
      int limit = e.trigger() != null && s.contains(e.trigger()) ? e.trigger().end() : s.end();
      Matcher m = ROUND_NAME.matcher(text.substring(s.start(), limit));
      String found = null;
      while (m.find()) {
        found = m.group().toLowerCase(Locale.ROOT);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The level of talks from the offices of the two actors: leaders, foreign ministers, ministers, delegations. */
  static String level(Actor a, Actor b) {
    String la = level(a);
    String lb = level(b);
    if (la == null) {
      return lb;
    }
    if (lb == null || la.equals(lb)) {
      return la;
    }
    return "delegations".equals(la) ? lb : la;
  }

  private static String level(Actor a) {
    if (a == null || a.role() == null) {
      return null;
    }
    String role = a.role().toLowerCase(Locale.ROOT);
    if (role.contains("foreign") && (role.contains("minister") || role.contains("secretary"))) {
      return "foreign ministers";
    }
    if (role.contains("defence minister") || role.contains("defense minister")
        || role.contains("minister of defence") || role.contains("minister of defense")) {
      return "defence ministers";
    }
    if (role.contains("president") && !role.contains("vice") || role.contains("prime minister")
        || role.contains("head of state") || role.contains("king") || role.contains("chancellor")
        || role.contains("emir")) {
      return "leaders";
    }
    if (role.contains("minister")) {
      return "ministers";
    }
    return "delegations";
  }

  /**
   * An AGREE that settles or fails to settle something between the two parties, or talks that failed ("failed
   * to negotiate", CAMEO 046 negated): a round's outcome. An offer coded as AGREE is a stance, not an outcome.
   */
  private static boolean isOutcome(Event e, Pair pair, Sides sides) {
    if (e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL) {
      return false;
    }
    boolean failedTalks = isTalks(e) && e.polarity() == Polarity.NEGATED && "046".equals(e.cameo());
    boolean settlement = e.type() == EventType.AGREE && (e.stance() == null || e.stance() == Stance.AGREED);
    if (!failedTalks && !settlement) {
      return false;
    }
    String src = sides.sideOf(e.source());
    String tgt = sides.sideOf(e.target());
    if (pair.is(src, tgt)) {
      return true;
    }
    // "the talks failed to produce an agreement" or "Kyiv said the two sides agreed": one side named.
    return pair.has(src) && tgt == null && (e.polarity() == Polarity.NEGATED || e.stance() == Stance.AGREED);
  }

  // ---- issues ----

  private static List<IssuePositions> issues(Pair pair, List<Pair> all, List<String> partyIds,
                                             Set<String> mediators, Sides sides, List<Event> events) {
    Map<String, Map<PositionKey, Position>> byIssue = new LinkedHashMap<>();
    for (Event e : sortedByText(events)) {
      if (e.issues().isEmpty()) {
        continue;
      }
      String src = sides.sideOf(e.source());
      String tgt = sides.sideOf(e.target());
      if (src == null || !(pair.has(src) || mediators.contains(src)) || !belongs(pair, all, src, tgt)) {
        continue;
      }
      List<String> holders = new ArrayList<>();
      Stance stance;
      if (isSettlement(e, pair, sides)) {
        stance = Stance.AGREED;
        holders.add(pair.a());
        holders.add(pair.b());
      } else {
        stance = stanceOf(e);
        holders.add(src);
      }
      if (stance == null) {
        continue;
      }
      for (String issue : e.issues()) {
        Map<PositionKey, Position> positions = byIssue.computeIfAbsent(issue, k -> new LinkedHashMap<>());
        for (String side : holders) {
          String actorId = sides.actorFor(side);
          PositionKey key = new PositionKey(actorId, stance);
          Position old = positions.get(key);
          positions.put(key, old == null ? new Position(actorId, stance, e.date(), e.evidence()) : merge(old, e));
        }
      }
    }
    List<String> order = new ArrayList<>(partyIds);
    mediators.forEach(m -> order.add(sides.actorFor(m)));
    List<IssuePositions> out = new ArrayList<>();
    byIssue.forEach((issue, positions) -> {
      List<Position> list = new ArrayList<>(positions.values());
      list.sort(Comparator.comparingInt((Position p) -> order.indexOf(p.actorId())));
      out.add(new IssuePositions(issue, null, list));
    });
    return out;
  }

  /** Whether an event of side {@code src} towards {@code tgt} belongs to the pair's board and not another's. */
  private static boolean belongs(Pair pair, List<Pair> all, String src, String tgt) {
    if (tgt == null || pair.has(tgt) || all.size() == 1) {
      return true;
    }
    return all.stream().noneMatch(p -> p != pair && p.has(src) && p.has(tgt));
  }

  private static boolean isSettlement(Event e, Pair pair, Sides sides) {
    return e.type() == EventType.AGREE && e.polarity() == Polarity.POSITIVE
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)
        && (e.stance() == null || e.stance() == Stance.AGREED)
        && pair.is(sides.sideOf(e.source()), sides.sideOf(e.target()));
  }

  /**
   * The position an event expresses: the coder's stance, or one read from the event type when the coder gave
   * none; a negated event turns it around ("did not accept" is a rejection) or drops it ("did not demand"),
   * and a conditional acceptance is openness.
   */
  static Stance stanceOf(Event e) {
    Stance s = e.stance() != null ? e.stance() : stanceFromType(e);
    if (s == null) {
      return null;
    }
    if (e.polarity() == Polarity.NEGATED) {
      s = switch (s) {
        case ACCEPT, OPEN -> Stance.REJECT;
        case SUPPORT -> Stance.OPPOSE;
        case REJECT, OPPOSE -> Stance.OPEN;
        case DEMAND, OFFER, AGREED -> null;
      };
    }
    if (s != null && e.modality() == Modality.HYPOTHETICAL && (s == Stance.ACCEPT || s == Stance.AGREED)) {
      s = Stance.OPEN;
    }
    if (s == Stance.AGREED && e.modality() == Modality.INTENDED) {
      s = Stance.OPEN;
    }
    return s;
  }

  private static Stance stanceFromType(Event e) {
    if ("offer".equalsIgnoreCase(e.mode())) {
      return Stance.OFFER;
    }
    return switch (e.type()) {
      case REQUEST -> Stance.DEMAND;
      case REJECT -> Stance.REJECT;
      case SUPPORT -> Stance.SUPPORT;
      case CONCEDE, RETREAT -> Stance.ACCEPT;
      case AGREE -> e.modality() == Modality.INTENDED ? Stance.OPEN : Stance.AGREED;
      case CONSULT -> e.modality() == Modality.INTENDED ? Stance.OPEN : null;
      case PROTEST -> Stance.OPPOSE;
      default -> null;
    };
  }

  private static Position merge(Position old, Event e) {
    TreeSet<Span> evidence = new TreeSet<>(old.evidence());
    evidence.addAll(e.evidence());
    String date = old.date();
    if (e.date() != null && (date == null || e.date().compareTo(date) > 0)) {
      date = e.date();
    }
    return new Position(old.actorId(), old.stance(), date, new ArrayList<>(evidence));
  }

  // ---- helpers ----

  static boolean isMediation(Event e) {
    return e.type() == EventType.CONSULT && ("045".equals(e.cameo())
        || "mediate".equalsIgnoreCase(e.mode()) || "third-party".equalsIgnoreCase(e.mode()));
  }

  /** Talks between two sides: CONSULT with a 04x code (meet, negotiate), mediation excluded. */
  static boolean isTalks(Event e) {
    return e.type() == EventType.CONSULT && !isMediation(e)
        && (e.cameo() == null || e.cameo().startsWith("04"));
  }

  private static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Event> sortedByText(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(e -> e.evidence().get(0)));
    return sorted;
  }

  private record PositionKey(String actorId, Stance stance) {}

  /** An unordered pair of sides. */
  private record Pair(String a, String b) {
    static Pair of(String x, String y) {
      return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    boolean has(String side) {
      return side != null && (a.equals(side) || b.equals(side));
    }

    boolean is(String x, String y) {
      return x != null && y != null && !x.equals(y) && has(x) && has(y);
    }
  }
}
