// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.places.Place;

/**
 * The party an act falls on when its words name no target ({@link #unnamedTarget}): whoever must meet a threat's
 * condition, whom it defies, who died of it, the state or people of the place where it happens, the protesters' own
 * government, or the country a state's measure at home is taken in. Kept apart from {@link EventTargets}, which
 * reads the targets the words do name.
 */
final class UnnamedTarget extends ArgumentReader {
  /** Types whose act falls on the place where it happens when no one is named as its target. */
  private static final Set<EventType> PLACE_TARGETED = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
      EventType.MOBILIZE, EventType.PROTEST, EventType.RETREAT, EventType.CONCEDE, EventType.REQUEST, EventType.AID,
      EventType.SANCTION, EventType.THREATEN);

  /** The article's text, which spans index into. */
  private final String text;
  /** Makes the people of a place an actor when an act falls on them and the article names none. */
  private final PlacePeople placePeople;

  UnnamedTarget(EventArguments arguments, String text, Sentence s, ActorLayer actors, PlacePeople placePeople) {
    super(arguments, s, actors);
    this.text = text;
    this.placePeople = placePeople;
  }

  /**
   * The party an act falls on when its words name no target: whoever must meet a threat's condition, whom it
   * defies, who died of it, the state or people of the place where it happens, the protesters' own government,
   * the state a group at home yields to, or the country a state's domestic measure is taken in; or null.
   */
  String unnamedTarget(EventType type, String cameo, String mode, String source, int anchor, int trigger,
                       boolean noun, boolean lightVerb, boolean negated, Optional<Place> place) {
    String target = null;
    if (type == EventType.THREATEN) {
      // "threatened to halt the talks if the United States deploys missiles": the threat is aimed at whoever
      // must meet the condition
      target = conditionSubject(anchor, source, 0);
    }
    if (target == null) {
      target = defied(anchor, source); // "marched in defiance of the army": whom the act defies
    }
    if (target == null && noun && !lightVerb && type == EventType.ASSAULT) {
      target = diedOf(trigger, source); // "a prisoner died of torture": who died suffered it
    }
    boolean visit = type == EventType.CONSULT && "visit".equals(mode);
    String placeCountry = place.map(Place::country).orElse(null);
    if (placeCountry == null && place.isPresent()) {
      String placeName = place.get().name();
      // a short name the gazetteer lacks but the actor stage placed ("Bosnia")
      placeCountry = actors.inSentence(s.index()).stream()
          .filter(m -> m.span().of(text).equals(placeName))
          .map(m -> actors.actor(m.actorId()).map(Actor::country).orElse(null))
          .filter(Objects::nonNull).findFirst().orElse(null);
    }
    if (target == null && (PLACE_TARGETED.contains(type) || visit) && placeCountry != null) {
      // "shelled the town", "imposed a curfew in the north": with no one named, the act falls on the state
      // where it happens (not for talks, whose venue is no party; but a visit is paid to its host state)
      target = arguments.stateActor(placeCountry, source);
      if (target == null && !visit) {
        target = arguments.peopleOf(placeCountry, source);
      }
      if (target == null && !visit && type != EventType.PROTEST) {
        // "imposed a curfew in a southern town": the act falls on the people of the place
        Span named = placeSpan(place.get().name());
        if (named != null) {
          target = placePeople.at(place.get().country(), place.get().name(), named, source);
        }
      }
    }
    if (target == null && type == EventType.PROTEST && source != null && !negated) {
      // "students rallied to demand reforms": with no one named, a protest is aimed at the protesters' own
      // government, when the article names it
      Actor protester = actors.actor(source).orElse(null);
      if (protester != null && protester.country() != null && !"GOV".equals(protester.sector())) {
        target = arguments.stateActor(protester.country(), source);
      }
    }
    if (target == null && type == EventType.CONCEDE && cameo != null && cameo.matches("08[123].*") && source != null) {
      // "eased curbs on the press", "enhanced political freedoms": a government yields to its own country's people
      String home = actors.actor(source).map(Actor::country).orElse(null);
      target = home == null ? null : arguments.stateActor(home, source);
    }
    if (target == null && source != null && (type == EventType.AGREE || type == EventType.CONCEDE) && !negated) {
      // "the opposition agreed to call off the rally", "rebels agreed to disarm": a group at home that yields
      // with no counterpart named yields to its own state's government
      Actor group = actors.actor(source).orElse(null);
      if (group != null && group.country() != null && group.sector() != null && group.organization() == null
          && !Set.of("GOV", "MIL", "COP", "SPY", "IGO").contains(group.sector())) {
        target = arguments.stateActor(group.country(), source);
      }
    }
    if (target == null && source != null && domesticMeasure(type, cameo)) {
      // "lifted the state of emergency", "ready to declare martial law", "refused to resign": with no other party
      // named, a state's measure at home falls on its own country
      target = ownCountry(source, place.orElse(null), anchor);
    }
    return target;
  }

  /**
   * The subject of a verb of dying that violence noun {@code n} is the cause of ("died of torture", "died as a
   * result of the beating"), other than {@code source}; or null.
   */
  String diedOf(int n, String source) {
    int cur = n;
    for (int up = 0; up < 2; up++) {
      Dependency d = arc(cur);
      if (d == null || !(d.is(OBL) || d.is(NMOD))) {
        return null;
      }
      cur = d.head();
      if (tok.get(cur).isVerb() && Set.of("die", "succumb", "perish").contains(tok.get(cur).lemmaLower())) {
        int sub = ParseReadings.child(s, cur, NSUBJ);
        String who = sub < 0 ? null : arguments.actorOf(sub, null);
        return who == null || who.equals(source) ? null : who;
      }
    }
    return null;
  }

  /** The party an "in defiance of X" phrase of predicate {@code anchor} names, other than {@code source}; or null. */
  String defied(int anchor, String source) {
    for (Dependency d : s.children(anchor)) {
      int n = d.dependent();
      if (!d.is(OBL) || !tok.get(n).lemmaLower().equals("defiance")
          || !ParseReadings.caseOf(s, n).equals("in")) {
        continue;
      }
      for (Dependency c : s.children(n)) {
        if (c.is(NMOD) && ParseReadings.caseOf(s, c.dependent()).equals("of")) {
          for (String a : arguments.actorsIn(c.dependent(), null)) {
            if (!a.equals(source)) {
              return a;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether an event of {@code type} coded {@code cameo} is a measure a state takes at home when no one else is
   * named: yielding (CAMEO 08, not troop withdrawals 087), threats of repression (137), administrative sanctions
   * such as curfews, bans and states of emergency (172) and refusals to yield, such as to resign (124).
   */
  static boolean domesticMeasure(EventType type, String cameo) {
    if (cameo == null) {
      return false;
    }
    return type == EventType.CONCEDE && cameo.startsWith("08") && !cameo.startsWith("087")
        || type == EventType.THREATEN && cameo.startsWith("137")
        || type == EventType.COERCE && cameo.startsWith("172")
        || type == EventType.REJECT && cameo.startsWith("124");
  }

  /**
   * The side of {@code source}'s own country a domestic measure falls on: its government when someone else acts
   * (an official, a group), else a group of its people the article names, else the people of the unplaced
   * {@code place} the measure is taken in; or null.
   */
  String ownCountry(String source, Place place, int anchor) {
    Actor doer = actors.actor(source).orElse(null);
    if (doer == null || doer.country() == null) {
      return null;
    }
    String home = doer.country();
    if (!"GOV".equals(doer.sector())) {
      String state = arguments.stateActor(home, source);
      if (state != null) {
        return state;
      }
    }
    for (Actor a : actors.actors()) {
      if (home.equals(a.country()) && a.isCollective() && !a.id().equals(source)
          && !Set.of("GOV", "MIL", "COP", "SPY").contains(String.valueOf(a.sector()))) {
        return a.id();
      }
    }
    if (place != null && (place.country() == null || home.equals(place.country()))) {
      Span named = placeSpan(place.name());
      if (named != null) {
        return placePeople.at(home, place.name(), named, source);
      }
    }
    Span site = unplacedSite(anchor);
    return site == null ? null : placePeople.at(home, site.of(text), site, source);
  }

  /**
   * The proper name of the place an "in" phrase of predicate {@code anchor} or of its object names when the
   * gazetteer does not know it ("lifted the curfew in Upper Nile Province"), or null.
   */
  private Span unplacedSite(int anchor) {
    List<Integer> heads = new ArrayList<>(List.of(anchor));
    for (int o : ParseReadings.children(s, anchor, OBJ)) {
      heads.add(o);
      heads.addAll(ParseReadings.children(s, o, NMOD)); // "the state of emergency in X"
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        int n = d.dependent();
        if (!(d.is(OBL) || d.is(NMOD)) || !ParseReadings.caseOf(s, n).equals("in")
            || !tok.get(n).isProperNoun()) {
          continue;
        }
        int from = n;
        while (from > 0 && tok.get(from - 1).isProperNoun() && ParseReadings.head(s, from - 1) == n) {
          from--;
        }
        boolean location = false;
        boolean actor = false;
        for (int k = from; k <= n; k++) {
          location |= "LOCATION".equals(tok.get(k).ner());
          actor |= actors.mentionAt(s.index(), k).isPresent();
        }
        if (location && !actor) {
          return s.span(from, n); // "West Nile Province": a named place, not a month or a person
        }
      }
    }
    return null;
  }

  /** The actor that is the subject of an "if" or "unless" clause of {@code i} or of its complements, or null. */
  String conditionSubject(int i, String not, int depth) {
    for (Dependency d : s.children(i)) {
      int c = d.dependent();
      String mark = ParseReadings.caseOf(s, c);
      if (d.relation().equals(ADVCL) && (mark.equals("if") || mark.equals("unless"))) {
        String a = arguments.actorOf(ParseReadings.child(s, c, NSUBJ), null);
        if (a != null && !a.equals(not)) {
          return a;
        }
      } else if (depth < 2 && (d.relation().equals(XCOMP) || d.relation().equals(CCOMP))) {
        String a = conditionSubject(c, not, depth + 1);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The span of {@code name} in this sentence, or null when the sentence does not spell it so. */
  Span placeSpan(String name) {
    String sentence = s.span().of(text);
    int at = sentence.indexOf(name);
    return at < 0 ? null : new Span(s.span().start() + at, s.span().start() + at + name.length());
  }
}
