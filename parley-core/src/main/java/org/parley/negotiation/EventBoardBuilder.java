// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.parley.actors.Offices;
import org.parley.article.Span;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Mediation;
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
 *   <li>Mediators: sources of mediation events ({@link Mediation#onTheBoard}: CONSULT, CAMEO 045, or mode
 *       mediate/third-party), hosts of the talks ("Oman hosted the negotiations"), and a third side that holds
 *       talks with each of two sides who deal with each other (shuttle diplomacy).</li>
 *   <li>Parties: the two sides of talks (CONSULT 04x other than mediation), of an agreement (AGREE) between
 *       them, or of a proposal and its answer ({@link Exchanges}: one demands or offers, the other rejects,
 *       accepts or counters it); sides making the same demand are allies, not a pair. The pairs that engage each
 *       other most come first. After them, the main dyad when it only confronts: the two sides that address each
 *       other most (demands, offers, rejections, accusations, threats, coercion) or state opposed positions on the
 *       same issue.</li>
 *   <li>Rounds: the talks, mediation and agreement events between the pair, grouped by date (or shared
 *       sentence); talks nobody is named for join the article's only negotiation. A round set for after the
 *       article's date, or only agreed on ("agreed to hold talks next week"), is scheduled, with an unknown
 *       outcome. The outcome of a held round comes from its AGREE events: positive gives agreement (partial when
 *       the board has other issues a party still demands, rejects or only considers, or when a negated AGREE is
 *       no_agreement, none gives unknown. Earlier rounds the article recalls are rounds with an earlier date.</li>
 *   <li>Positions: each event with a stance and issues (an answer naming none takes the issue of the proposals it
 *       answers when they concern exactly one) whose source speaks for a party or mediator, or for a
 *       third side addressing a party, with negation and hypothetical mood folded into the stance; an agreement
 *       between the two parties gives both the stance {@code agreed} on its issues, but agreeing to talk about an
 *       issue gives {@code open} on it.</li>
 * </ul>
 *
 * It never reads the text again, except to name a round by the ordinal its talks sentence gives it ("the third
 * round") and to see from the parse whether an agreement or a hosting governs talks ({@link TalkWords}).
 */
public final class EventBoardBuilder implements BoardBuilder {
  private static final Pattern ROUND_NAME = Pattern.compile(
      "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|latest|final|last|new|next)"
          + "\\s+round\\b", Pattern.CASE_INSENSITIVE);

  /** Stances of a party that mean the issue is not settled. */
  private static final Set<Stance> UNSETTLED = Set.of(Stance.DEMAND, Stance.REJECT, Stance.OPPOSE, Stance.OPEN);

  /** Events by which two sides address each other in words: each makes them a dyad of a negotiation. */
  private static final Set<EventType> VERBAL = Set.of(EventType.CONSULT, EventType.REQUEST, EventType.REJECT,
      EventType.AGREE, EventType.ACCUSE, EventType.THREATEN, EventType.CONCEDE);
  /** Pressure and force between two sides: they name adversaries, so they weigh in choosing the dyad, but less. */
  private static final Set<EventType> FORCE = Set.of(EventType.PROTEST, EventType.COERCE, EventType.SANCTION,
      EventType.MOBILIZE, EventType.ASSAULT, EventType.RETREAT);
  /** Stances against something; the others are for it. */
  private static final Set<Stance> CONTRA = Set.of(Stance.REJECT, Stance.OPPOSE);
  /** How much two sides must deal with each other, without talks, to make a board: two exchanges, or one on an issue. */
  private static final double DYAD_MINIMUM = 2.0;

  private final TalkWords talkWords;

  /** The builder with the built-in talk words. */
  public EventBoardBuilder() {
    this(TalkWords.builtIn());
  }

  /** The builder that reads the words naming talks from {@code talkWords} (a user's rows added, say). */
  public EventBoardBuilder(TalkWords talkWords) {
    this.talkWords = talkWords;
  }

  @Override
  public List<NegotiationBoard> build(AnnotatedArticle article, ActorLayer actors, List<Event> events) {
    return new Reading(article, Sides.of(actors.actors()), events, talkWords).boards();
  }

  /** One article's events read for its boards. */
  private static final class Reading {
    private final AnnotatedArticle article;
    private final Sides sides;
    private final List<Event> events;
    private final String published;
    /** Ids of the events whose predicate governs talks ("agreed to hold talks", "hosted the meeting"). */
    private final Set<String> aboutTalks = new HashSet<>();
    private final Set<String> mediatorSides = new LinkedHashSet<>();
    /** The pairs of sides a shuttling mediator goes between, which are then the parties of its talks. */
    private final Set<Pair> shuttlePairs = new LinkedHashSet<>();
    private final Exchanges exchanges;
    /** The pairs that hold talks or reach agreements, which talks and mediation naming no side belong to. */
    private final Set<Pair> inTalks = new LinkedHashSet<>();

    Reading(AnnotatedArticle article, Sides sides, List<Event> events, TalkWords talkWords) {
      this.article = article;
      this.sides = sides;
      this.events = sortedByText(events);
      this.exchanges = new Exchanges(sides, this.events);
      LocalDate day = article.article().published();
      this.published = day == null ? null : day.toString();
      for (Event e : events) {
        if (talkWords.governsTalks(article, e)) {
          aboutTalks.add(e.id());
        }
      }
    }

    List<NegotiationBoard> boards() {
      for (Event e : events) {
        if (isMediationAct(e)) {
          mediatorSides.add(sides.sideOf(e.source()));
        }
      }
      mediatorSides.addAll(shuttles());
      // The pairs that negotiate, those that deal with each other most first: a lone agreement between two allies
      // does not hide the two the article is about. Then the main dyad when it only confronts.
      Map<Pair, Double> engagement = engagement();
      List<Pair> pairs = new ArrayList<>(negotiatingPairs());
      shuttlePairs.stream().filter(p -> !pairs.contains(p)).forEach(pairs::add);
      pairs.sort(Comparator.comparingDouble((Pair p) -> -engagement.getOrDefault(p, 0.0)));
      Pair main = mainDyad(engagement);
      if (main != null && !pairs.contains(main)) {
        pairs.add(main);
      }
      if (pairs.isEmpty()) {
        return oneSide();
      }
      List<NegotiationBoard> boards = new ArrayList<>();
      for (Pair pair : pairs) {
        boards.add(board(pair, pairs));
      }
      return boards;
    }

    // ---- who mediates ----

    /** A mediation ("brokered", CAMEO 045) or the hosting of talks by a side: its source mediates. */
    private boolean isMediationAct(Event e) {
      return e.polarity() == Polarity.POSITIVE && sides.sideOf(e.source()) != null
          && (Mediation.onTheBoard(e) || isHosting(e));
    }

    /** "Oman hosted the talks": a visit or hosting (CAMEO 043) whose object is talks, not a visitor. */
    private boolean isHosting(Event e) {
      return e.type() == EventType.CONSULT && aboutTalks.contains(e.id())
          && ("043".equals(e.cameo()) || "visit".equalsIgnoreCase(e.mode()));
    }

    /**
     * An agreement, intention or concession whose object is talks ("agreed to resume talks", "will meet"): about
     * talking, not about the issue. A refusal or a demand of talks keeps its own stance.
     */
    private boolean agreesToTalk(Event e) {
      return aboutTalks.contains(e.id()) && !isHosting(e)
          && (e.type() == EventType.AGREE || e.type() == EventType.CONCEDE
              || e.type() == EventType.CONSULT && e.modality() == Modality.INTENDED);
    }

    /** Talks between two sides, neither hosting nor mediating. */
    private boolean isDirectTalks(Event e) {
      return isTalks(e) && !isHosting(e);
    }

    /**
     * Shuttle diplomacy: a side that holds talks with each of two other sides, who themselves address each other
     * (demands, rejections, accusations, force), mediates between them: "the envoy met the army chief on Monday and
     * the rebel leader on Tuesday" while the two trade accusations.
     */
    private Set<String> shuttles() {
      Map<String, Set<String>> counterparts = new LinkedHashMap<>();
      for (Event e : events) {
        String a = sides.sideOf(e.source());
        String b = sides.sideOf(e.target());
        if (isDirectTalks(e) && e.polarity() == Polarity.POSITIVE && e.modality() != Modality.HYPOTHETICAL
            && a != null && b != null && !a.equals(b)) {
          counterparts.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
          counterparts.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }
      }
      Set<String> out = new LinkedHashSet<>();
      counterparts.forEach((m, others) -> {
        for (String x : others) {
          for (String y : others) {
            if (x.compareTo(y) < 0 && (addressEachOther(x, y, m) || meetSeparately(x, y, m))) {
              out.add(m);
              shuttlePairs.add(Pair.of(x, y));
            }
          }
        }
      });
      return out;
    }

    /**
     * Separate meetings with one side ahead of talks: "the two leaders meet separately on Monday with the envoy"
     * while the article reports talks it names no sides for ("before next week's talks in the capital"). One
     * predicate gives m a meeting with each of x and y, and talks are in play: m goes between the two, who are
     * the parties of those talks, even when the article reports no words between them.
     */
    private boolean meetSeparately(String x, String y, String m) {
      Set<Span> withX = new HashSet<>();
      Set<Span> withY = new HashSet<>();
      boolean unnamedTalks = false;
      for (Event e : events) {
        if (!isDirectTalks(e) || e.polarity() != Polarity.POSITIVE) {
          continue;
        }
        Pair p = sidesOf(e);
        unnamedTalks |= e.source() == null && e.target() == null;
        if (p != null && p.is(x, m) && e.trigger() != null) {
          withX.add(e.trigger());
        }
        if (p != null && p.is(y, m) && e.trigger() != null) {
          withY.add(e.trigger());
        }
      }
      withX.retainAll(withY);
      return unnamedTalks && !withX.isEmpty();
    }

    /** Whether sides x and y address each other other than by talks through m. */
    private boolean addressEachOther(String x, String y, String m) {
      for (Event e : events) {
        Pair p = sidesOf(e);
        if (p != null && p.is(x, y) && !isDirectTalks(e) && (VERBAL.contains(e.type()) || FORCE.contains(e.type()))) {
          return true;
        }
      }
      return false;
    }

    // ---- which sides negotiate ----

    /**
     * The unordered pairs of sides that negotiate, in order of first report: they hold talks, reach an agreement,
     * or one answers the other's proposal ({@link Exchanges}).
     */
    private List<Pair> negotiatingPairs() {
      Set<Pair> out = new LinkedHashSet<>();
      for (Event e : events) {
        boolean talk = isDirectTalks(e) || (e.type() == EventType.AGREE && e.modality() != Modality.HYPOTHETICAL);
        Pair p = pairOf(e);
        if (p != null && talk) {
          inTalks.add(p);
        }
        if (p != null && (talk || exchanges.answers(e))) {
          out.add(p);
        }
      }
      return new ArrayList<>(out);
    }

    /**
     * Whether talks or mediation that name no side (or only a mediator) are the pair's: the article's only
     * negotiation, or the only pair in talks while others only trade proposals and answers.
     */
    private boolean holdsTheTalks(Pair pair, List<Pair> all) {
      return all.size() == 1 || inTalks.size() == 1 && inTalks.contains(pair);
    }

    /**
     * How much each pair of sides deals with each other. Each event between them counts (two for talks and for an
     * answer to a proposal, one for other words, a half for pressure and force), an event on an issue once more, and
     * each issue they take opposed positions on twice.
     */
    private Map<Pair, Double> engagement() {
      Map<Pair, Double> weight = new LinkedHashMap<>();
      for (Event e : events) {
        Pair p = pairOf(e);
        if (p == null || e.polarity() == Polarity.NEGATED && !VERBAL.contains(e.type())) {
          continue;
        }
        double w = isDirectTalks(e) || exchanges.answers(e) ? 2.0
            : VERBAL.contains(e.type()) ? 1.0 : FORCE.contains(e.type()) ? 0.5 : 0.0;
        if (w > 0 && !exchanges.issuesOf(e).isEmpty() && stanceOf(e) != null) {
          w += 1.0;
        }
        weight.merge(p, w, Double::sum);
      }
      sharedIssues().forEach(p -> weight.merge(p, 2.0, Double::sum));
      return weight;
    }

    /**
     * The main dyad: the pair of sides that deal with each other most ({@link #engagement}). Below
     * {@link #DYAD_MINIMUM} the article reports no negotiation between two sides.
     */
    private Pair mainDyad(Map<Pair, Double> weight) {
      Pair best = null;
      for (Map.Entry<Pair, Double> w : weight.entrySet()) {
        if (w.getValue() >= DYAD_MINIMUM && (best == null || w.getValue() > weight.get(best))) {
          best = w.getKey();
        }
      }
      return best;
    }

    /**
     * One pair per issue on which two sides (not mediators) take opposed positions, the two sides of a dispute:
     * one demands, offers or accepts what the other rejects or opposes, or one offers or accepts what the other
     * demands. Two sides demanding the same thing are allies, not a dyad.
     */
    private List<Pair> sharedIssues() {
      Map<String, Map<String, Stance>> holders = new LinkedHashMap<>();
      for (Event e : events) {
        String src = sides.sideOf(e.source());
        Stance st = stanceOf(e);
        if (src != null && st != null && !mediatorSides.contains(src) && !sides.isIntergovernmental(src)) {
          for (String issue : exchanges.issuesOf(e)) {
            holders.computeIfAbsent(issue, k -> new LinkedHashMap<>()).putIfAbsent(src, st);
          }
        }
      }
      List<Pair> out = new ArrayList<>();
      for (Map<String, Stance> byside : holders.values()) {
        List<String> keys = new ArrayList<>(byside.keySet());
        for (int i = 0; i < keys.size(); i++) {
          for (int j = i + 1; j < keys.size(); j++) {
            if (opposed(byside.get(keys.get(i)), byside.get(keys.get(j)))) {
              out.add(Pair.of(keys.get(i), keys.get(j)));
            }
          }
        }
      }
      return out;
    }

    private static boolean opposed(Stance x, Stance y) {
      return CONTRA.contains(x) != CONTRA.contains(y)
          || x == Stance.DEMAND && (y == Stance.OFFER || y == Stance.ACCEPT)
          || y == Stance.DEMAND && (x == Stance.OFFER || x == Stance.ACCEPT);
    }

    /** The two sides of an event, or null when either is missing or they are one. */
    private Pair sidesOf(Event e) {
      String a = sides.sideOf(e.source());
      String b = sides.sideOf(e.target());
      return a == null || b == null || a.equals(b) ? null : Pair.of(a, b);
    }

    /** The two sides of an event when both could be parties (neither mediates nor is an international body). */
    private Pair pairOf(Event e) {
      Pair p = sidesOf(e);
      if (p == null || mediatorSides.contains(p.a()) || mediatorSides.contains(p.b())
          || sides.isIntergovernmental(p.a()) || sides.isIntergovernmental(p.b())) {
        return null;
      }
      return p;
    }

    /**
     * An article naming only one side of a negotiation ("X rejected any withdrawal at the talks on Tuesday, its
     * spokesman said") still reports that side's positions: a board with that one party, which the tracker joins to
     * the negotiation the side is in. Only when exactly one side (no mediator, no international organisation) takes
     * positions on issues.
     */
    private List<NegotiationBoard> oneSide() {
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
      List<IssuePositions> issues = issues(alone, List.of(alone), partyIds, Set.of());
      if (issues.isEmpty()) {
        return List.of();
      }
      List<Round> rounds = rounds(alone, List.of(alone), List.of(), issues);
      return List.of(new NegotiationBoard(partyIds, List.of(), rounds, issues));
    }

    private NegotiationBoard board(Pair pair, List<Pair> all) {
      List<Event> mediation = new ArrayList<>();
      Set<String> mediators = new LinkedHashSet<>();
      for (Event e : events) {
        String m = mediatorIn(e);
        if (m == null) {
          continue;
        }
        String other = m.equals(sides.sideOf(e.source())) ? sides.sideOf(e.target()) : sides.sideOf(e.source());
        if (pair.has(other) || ((other == null || mediatorSides.contains(other)) && holdsTheTalks(pair, all))) {
          mediation.add(e);
          mediators.add(m);
        }
      }
      List<String> keys = sides.keys();
      List<String> partyIds = keys.indexOf(pair.a()) <= keys.indexOf(pair.b())
          ? List.of(sides.actorFor(pair.a()), sides.actorFor(pair.b()))
          : List.of(sides.actorFor(pair.b()), sides.actorFor(pair.a()));
      List<IssuePositions> issues = issues(pair, all, partyIds, mediators);
      List<Round> rounds = rounds(pair, all, mediation, issues);
      List<String> mediatorIds = mediators.stream().map(sides::actorFor).toList();
      return new NegotiationBoard(partyIds, mediatorIds, rounds, issues);
    }

    /** The mediator side acting in {@code e}: the source of a mediation or hosting, or a mediator in talks. */
    private String mediatorIn(Event e) {
      if (isMediationAct(e)) {
        return sides.sideOf(e.source());
      }
      if (isDirectTalks(e) && e.polarity() == Polarity.POSITIVE) {
        String a = sides.sideOf(e.source());
        String b = sides.sideOf(e.target());
        if (a != null && mediatorSides.contains(a) && !mediatorSides.contains(b)) {
          return a;
        }
        if (b != null && mediatorSides.contains(b) && !mediatorSides.contains(a)) {
          return b;
        }
      }
      return null;
    }

    // ---- rounds ----

    private List<Round> rounds(Pair pair, List<Pair> all, List<Event> mediation, List<IssuePositions> issues) {
      List<Event> roundEvents = new ArrayList<>(mediation);
      for (Event e : events) {
        if (!mediation.contains(e) && isRoundOf(e, pair, all)) {
          roundEvents.add(e);
        }
      }
      // Dated events first so that undated ones can join the round they share a sentence with.
      roundEvents.sort(Comparator.comparing((Event e) -> e.date() == null)
          .thenComparing(e -> e.evidence().get(0)));
      List<List<Event>> clusters = new ArrayList<>();
      for (Event e : roundEvents) {
        List<Event> home = homeOf(clusters, e);
        if (home == null) {
          home = new ArrayList<>();
          clusters.add(home);
        }
        home.add(e);
      }
      List<Round> rounds = new ArrayList<>();
      for (List<Event> c : clusters) {
        if (c.stream().allMatch(this::isMediationAct) && clusters.size() > 1) {
          continue; // a mediation report alone is no round when the article reports the rounds themselves
        }
        rounds.add(round(c, pair, issues));
      }
      rounds.sort(Comparator.comparing((Round r) -> r.date() == null ? "9999" : r.date())
          .thenComparing(r -> r.evidence().isEmpty() ? new Span(0, 0) : r.evidence().get(0)));
      return rounds;
    }

    /**
     * Whether {@code e} reports a round of the pair's talks: talks between the two (held, or set for a date), an
     * agreement to hold talks, an outcome, or, when the article follows one negotiation, talks it names nobody
     * else for ("the talks in the capital resumed on Monday"). Offers and willingness to meet ("open to a
     * meeting") are stances, not rounds; so are conditionals.
     */
    private boolean isRoundOf(Event e, Pair pair, List<Pair> all) {
      String src = sides.sideOf(e.source());
      String tgt = sides.sideOf(e.target());
      if (e.polarity() == Polarity.POSITIVE && isScheduling(e)) {
        return pair.is(src, tgt) || holdsTheTalks(pair, all) && namesOnly(pair, src, tgt);
      }
      if (e.polarity() == Polarity.POSITIVE && isDirectTalks(e)
          && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)) {
        return pair.is(src, tgt) || holdsTheTalks(pair, all) && namesOnly(pair, src, tgt);
      }
      return !agreesToTalk(e) && isOutcome(e, pair, sides);
    }

    /** Whether the sides an event names (if any) are all of the pair: talks reported without both sides. */
    private boolean namesOnly(Pair pair, String src, String tgt) {
      return (src == null || pair.has(src) || pair.a().equals(pair.b())) && (tgt == null || pair.has(tgt))
          && !mediatorSides.contains(src) && !mediatorSides.contains(tgt);
    }

    /**
     * Talks agreed on or set for a date, not yet held: an agreement whose object is talks ("agreed to resume
     * talks"), or talks meant for a date ("will meet in the capital on Friday"). An offer of talks is a stance.
     */
    private boolean isScheduling(Event e) {
      if (e.modality() == Modality.HYPOTHETICAL || e.stance() == Stance.OPEN || isHosting(e)) {
        return false;
      }
      boolean intendedAndDated = e.modality() == Modality.INTENDED && (e.date() != null || e.location() != null);
      if (agreesToTalk(e)) {
        return intendedAndDated || e.type() == EventType.AGREE && e.stance() != Stance.OFFER;
      }
      return isDirectTalks(e) && intendedAndDated;
    }

    private RoundStatus statusOf(Event e) {
      return isScheduling(e) || isLater(e.date()) ? RoundStatus.SCHEDULED : RoundStatus.HELD;
    }

    /** Whether {@code date} lies after the article's publication: what it reports is still to come. */
    private boolean isLater(String date) {
      return date != null && published != null && date.compareTo(published) > 0;
    }

    /** The round an event belongs to among those found so far, or null for a round of its own. */
    private List<Event> homeOf(List<List<Event>> clusters, Event e) {
      RoundStatus status = statusOf(e);
      List<List<Event>> same = clusters.stream().filter(c -> statusOf(c.get(0)) == status).toList();
      for (List<Event> c : same) {
        if (sameRound(c, e)) {
          return c;
        }
      }
      if (e.date() == null && !same.isEmpty()) {
        // Undated talk reports mean the talks the article is about: the latest round it dates, unless the
        // event says the opposite of that round's outcome (an agreement where it failed): then another round.
        List<Event> latest = same.stream().max(Comparator.comparing(
            (List<Event> c) -> c.stream().map(Event::date).filter(Objects::nonNull).max(String::compareTo).orElse(""))).get();
        if (!contradictsOutcome(latest, e)) {
          return latest;
        }
      }
      return null;
    }

    private Round round(List<Event> cluster, Pair pair, List<IssuePositions> issues) {
      boolean scheduled = statusOf(cluster.get(0)) == RoundStatus.SCHEDULED;
      String date = null;
      org.parley.places.Place place = null;
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
        // A scheduled round is dated by when it is to be held, not by the day it was agreed on.
        boolean dates = !scheduled || published == null || isLater(e.date());
        if (dates && e.date() != null && (date == null || e.date().length() > date.length())) {
          date = e.date();
        }
        if (place == null) {
          place = e.location();
        }
        evidence.addAll(e.evidence());
        if (!agreesToTalk(e) && (e.type() == EventType.AGREE || (isTalks(e) && e.polarity() == Polarity.NEGATED))) {
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
        if (level == null && l != null && mediatorIn(e) == null) {
          level = l;
        }
      }
      Outcome outcome = scheduled ? Outcome.UNKNOWN : outcome(agreed, failed, agreedIssues, pair, issues);
      return new Round(name, date, place, level, outcome, new ArrayList<>(evidence),
          scheduled ? RoundStatus.SCHEDULED : RoundStatus.HELD);
    }

    private Outcome outcome(boolean agreed, boolean failed, Set<String> agreedIssues, Pair pair,
                            List<IssuePositions> issues) {
      if (agreed && failed) {
        return Outcome.PARTIAL;
      }
      if (agreed) {
        // An issue stays open while a party still demands, refuses or only considers something on it; offers and
        // acceptances made under the deal ("agreed to withdraw in stages") and a mediator's positions do not.
        boolean othersOpen = !agreedIssues.isEmpty() && issues.stream()
            .anyMatch(ip -> !agreedIssues.contains(ip.issue())
                && ip.positions().stream().noneMatch(p -> p.stance() == Stance.AGREED)
                && ip.positions().stream().anyMatch(p -> pair.has(sides.sideOf(p.actorId())) && UNSETTLED.contains(p.stance())));
        return othersOpen ? Outcome.PARTIAL : Outcome.AGREEMENT;
      }
      return failed ? Outcome.NO_AGREEMENT : Outcome.UNKNOWN;
    }

    // ---- issues ----

    private List<IssuePositions> issues(Pair pair, List<Pair> all, List<String> partyIds, Set<String> mediators) {
      Map<String, Map<PositionKey, Position>> byIssue = new LinkedHashMap<>();
      Set<String> thirdSides = new LinkedHashSet<>();
      for (Event e : events) {
        String src = sides.sideOf(e.source());
        String tgt = sides.sideOf(e.target());
        List<String> onIssues = exchanges.issuesOf(e);
        if (onIssues.isEmpty() || src == null || !belongs(pair, all, src, tgt)) {
          continue;
        }
        // A third side's position counts when it is addressed to a party: "the neighbour urged the army to
        // accept the truce" says where the truce stands, unless the two negotiate on a board of their own.
        boolean third = !pair.has(src) && !mediators.contains(src) && pair.has(tgt)
            && all.stream().noneMatch(p -> p.is(src, tgt));
        if (!(pair.has(src) || mediators.contains(src) || third)) {
          continue;
        }
        List<String> holders = new ArrayList<>();
        Stance stance = stanceAndHolders(e, pair, src, tgt, holders);
        if (stance == null) {
          continue;
        }
        if (third) {
          thirdSides.add(src);
        }
        for (String issue : onIssues) {
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
      thirdSides.forEach(t -> order.add(sides.actorFor(t)));
      List<IssuePositions> out = new ArrayList<>();
      byIssue.forEach((issue, positions) -> {
        List<Position> list = new ArrayList<>(positions.values());
        list.sort(Comparator.comparingInt((Position p) -> order.indexOf(p.actorId())));
        out.add(new IssuePositions(issue, null, list));
      });
      return out;
    }

    /**
     * The stance {@code e} gives and the sides holding it (added to {@code holders}): agreeing to talk about an
     * issue is openness on it, for both sides when both agreed or are set to meet ("agreed to resume talks on the
     * border" settles nothing about the border); an agreement between the two parties is agreed for both; else the
     * source's stance.
     */
    private Stance stanceAndHolders(Event e, Pair pair, String src, String tgt, List<String> holders) {
      boolean both = pair.is(src, tgt);
      if (agreesToTalk(e) && e.polarity() == Polarity.POSITIVE
          && e.modality() != Modality.HYPOTHETICAL) {
        holders.add(src);
        if (both && isScheduling(e)) {
          holders.add(tgt);
        }
        return Stance.OPEN;
      }
      if (isSettlement(e, pair, sides)) {
        holders.add(pair.a());
        holders.add(pair.b());
        return Stance.AGREED;
      }
      holders.add(src);
      return stanceOf(e);
    }
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

  private static int placePriority(Event e) {
    if (isTalks(e)) {
      return 0;
    }
    return Mediation.onTheBoard(e) ? 1 : 2;
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
    return a == null ? null : Offices.level(a.role());
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

  /** Talks between two sides: CONSULT with a 04x code (meet, negotiate), mediation excluded. */
  static boolean isTalks(Event e) {
    return e.type() == EventType.CONSULT && !Mediation.onTheBoard(e)
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
