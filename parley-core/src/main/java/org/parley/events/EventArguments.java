// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.Place;

/**
 * Argument selection for one sentence: which resolved actors an event's words name as its source and target.
 * Reads subjects (through control, coordination, participles and relative clauses), "by" agents, objects and
 * prepositional targets, the actors inside an event noun's own phrase, "both sides" groups, and the state or people
 * of a country. {@link EventTargets} reads whom the words aim an act at and {@link UnnamedTarget} whom it falls on
 * when they name no one. {@link EventActors} decides which of these an event takes; this class only reads them.
 */
final class EventArguments {
  /** Prepositions whose phrase can name whom an act falls on ("talks with X", "an attack on X"). */
  static final Set<String> TARGET_CASES = EventWords.list("target-case");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  /** Sectors of bodies a state or group commands: "its troops", "their delegation" act for the owner. */
  private static final Set<String> OWNED_SECTORS = Set.of("MIL", "GOV", "COP", "SPY");
  /** The group nouns that name states ("both countries", "the two governments"). */
  private static final Set<String> STATE_GROUP_NOUNS = Set.of("country", "nation", "state", "government",
      "neighbour", "neighbor", "capital");
  /** Plural nouns that, with "both" or "the two", stand for the two sides of a dispute ("both sides"). */
  private static final Set<String> GROUP_NOUNS = EventWords.list("group-noun");

  private final Sentence s;
  private final List<Token> tok;
  private final ActorLayer actors;
  /** The lexicon's entry for each token of the sentence, or null: whose words trigger events. */
  private final Entry[] lex;
  private final Parties parties;
  /** Reads whom an act's words aim it at. */
  private final EventTargets targets;
  /** Finds whom an act falls on when its words name no one. */
  private final UnnamedTarget unnamed;

  EventArguments(String text, Sentence s, ActorLayer actors, Entry[] lex, Parties parties,
                 PlacePeople placePeople) {
    this.s = s;
    this.tok = s.tokens();
    this.actors = actors;
    this.lex = lex;
    this.parties = parties;
    this.targets = new EventTargets(this, s, actors, lex);
    this.unnamed = new UnnamedTarget(this, text, s, actors, placePeople);
  }

  private Dependency arc(int i) {
    return ParseReadings.arc(s, i);
  }

  private boolean isEvent(int i) {
    return i >= 0 && lex[i] != null && lex[i].kind() == Kind.EVENT;
  }

  /** The first state or organisation named in a modifier ("of X", "in X", "X administration") of noun {@code i}. */
  String homeOf(int i) {
    for (Dependency d : s.children(i)) {
      boolean where = PlaceOfTheActIsNoDoer.applies(s, i, isEvent(i), d.dependent()); // "the attacks in A": not whose
      if (!where && (d.relation().equals(COMPOUND) || d.relation().equals(NMOD))) {
        for (String a : actorsIn(d.dependent(), null)) {
          if (placed(a)) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /** The government actor of state {@code country} the article names, other than {@code not}; or null. */
  String stateActor(String country, String not) {
    for (Actor a : actors.actors()) {
      if (country.equals(a.country()) && "GOV".equals(a.sector()) && !a.id().equals(not)) {
        return a.id();
      }
    }
    return null;
  }

  /**
   * A group of state {@code country} the article names, other than {@code not} ("Palestinian youths", "Nigerian
   * traders"), standing for the state's side when its government is not named; or null. Persons are no stand-in.
   */
  String peopleOf(String country, String not) {
    for (Actor a : actors.actors()) {
      if (country.equals(a.country()) && a.isCollective() && !a.id().equals(not) && !sameState(a.id(), not)) {
        return a.id();
      }
    }
    return null;
  }

  /** Whether actor {@code id} is placed in a state or is an organisation. */
  boolean placed(String id) {
    Actor x = actors.actor(id).orElse(null);
    return x != null && (x.country() != null || x.organization() != null);
  }

  /** The subject of predicate {@code i}, inherited through control, coordination and participles; or -1. */
  int subjectOf(int i) {
    for (int guard = 0, cur = i; guard < 8 && cur >= 0; guard++) {
      int sub = ParseReadings.child(s, cur, NSUBJ);
      if (sub < 0) {
        sub = ParseReadings.child(s, cur, CSUBJ);
      }
      if (sub >= 0 && WEEKDAYS.contains(tok.get(sub).lemmaLower()) && actorOf(sub, null) == null) {
        sub = -1; // "sent monitors on Wednesday to investigate": the parser's subject is a date
      }
      if (sub >= 0) {
        if (ParseReadings.isRelative(tok.get(sub))) {
          int ante = ParseReadings.relativeAntecedent(s, cur);
          return ante >= 0 ? ante : sub;
        }
        return sub;
      }
      Dependency d = arc(cur);
      if (d == null) {
        return -1;
      }
      String rel = d.relation();
      int h = d.head();
      int lost = SplitComplementOfSpeech.lostSubject(s, cur, lex[h] != null && lex[h].kind() == Kind.SAY);
      if (lost >= 0) {
        return lost; // "feels the rebels must withdraw": the parser made the rebels the object of "feels"
      }
      if (rel.equals(XCOMP)) {
        int obj = ParseReadings.child(s, h, OBJ);
        if (obj >= 0 && lex[h] != null && lex[h].kind() == Kind.EVENT) {
          return obj; // "urged the rebels to disarm": the rebels disarm
        }
        cur = h;
      } else if (rel.equals(CONJ) && tok.get(h).isVerb() == tok.get(cur).isVerb()) {
        cur = h;
      } else if ((rel.equals(ADVCL) || rel.equals(DEP)) && ParseReadings.caseOf(s, cur).isEmpty() && tok.get(cur).pos() != null
          && tok.get(cur).pos().equals("VBG")) {
        cur = h; // "..., injuring 17 people": the main clause's subject
      } else if (rel.equals(ADVCL) && ParseReadings.toInfinitive(s, cur) && tok.get(cur).isVerb()
          && !ParseReadings.passiveHead(s, h)) {
        cur = h; // "staged a hunger strike to demand reforms": whoever acts does so to demand
      } else if ((rel.equals(ADVCL) || rel.equals(ACL)) && ParseReadings.caseOf(s, cur).equals("of")
          && s.child(h, COP) != null) {
        cur = h; // "are guilty of violating the truce", "is capable of striking": the adjective's subject acts
      } else if (rel.equals(ACL) && tok.get(h).isNoun()) {
        return h;
      } else if (rel.equals(ACL_RELCL) || rel.equals(AMOD) && tok.get(cur).isVerb() && tok.get(h).isNoun()) {
        return h; // "the rebels who stormed the town", "rallying students": the noun described acts
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** The actor of a mention ending at most two words before {@code verb}'s auxiliaries, or null. */
  String actorJustBefore(int verb) {
    int first = verb;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith(AUX) && d.dependent() < first) {
        first = d.dependent();
      }
    }
    ActorMention best = null;
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.lastToken() < first && m.lastToken() >= first - 3 && (best == null || m.lastToken() > best.lastToken())) {
        best = m;
      }
    }
    return best == null ? null : best.actorId();
  }

  /** The "by" agent of a passive predicate or of an event noun, or -1. */
  int agentOf(int i) {
    for (Dependency d : s.children(i)) {
      if ((d.is(OBL) || d.is(NMOD)) && ParseReadings.hasCase(s, d.dependent(), "by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The actor of the "from" phrase of verb {@code anchor} ("received arms from Berlin"), or null. */
  String fromPhrase(int anchor) {
    return phraseActor(anchor, "from");
  }

  /** The party of the "to" phrase of {@code anchor} or of the thing it moves ("handed two suspects to X"). */
  String toPhrase(int anchor) {
    return phraseActor(anchor, "to");
  }

  private String phraseActor(int anchor, String preposition) {
    List<Integer> heads = new ArrayList<>(List.of(anchor));
    int obj = ParseReadings.child(s, anchor, OBJ);
    if (obj >= 0) {
      heads.addAll(s.subtree(obj)); // "received a shipment of arms from Berlin", hung on the thing received
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (Set.of(OBL, NMOD).contains(d.baseRelation()) && ParseReadings.caseOf(s, d.dependent()).equals(preposition)) {
          String a = actorOf(d.dependent(), null);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /** The parties of a "between A and B" phrase of event noun {@code n} ({@link EventTargets#betweenParties}). */
  List<String> betweenParties(int n) {
    return targets.betweenParties(n);
  }

  /**
   * The target among the candidates the act's words name ({@link EventTargets}): the first that is not the source
   * and is placed in a state or organisation, else the first that is not the source.
   */
  String targetOf(int anchor, int trigger, String source) {
    return targets.targetOf(anchor, trigger, source);
  }

  /** The party an act falls on when its words name no target ({@link UnnamedTarget}), or null. */
  String unnamedTarget(EventType type, String cameo, String mode, String source, int anchor, int trigger,
                       boolean noun, boolean lightVerb, boolean negated, Optional<Place> place) {
    return unnamed.unnamedTarget(type, cameo, mode, source, anchor, trigger, noun, lightVerb, negated, place);
  }

  /** Adds {@code actor} to {@code out} unless it is null or there already. */
  static void add(List<String> out, String actor) {
    if (actor != null && !out.contains(actor)) {
      out.add(actor);
    }
  }

  /** Adds each of {@code found} to {@code out} as {@link #add} does. */
  static void addAll(List<String> out, List<String> found) {
    for (String a : found) {
      add(out, a);
    }
  }

  /** Source and target named inside an event noun's own phrase ("Russia's attack on X", "talks between A and B"). */
  String[] nounActors(int n, EventType type) {
    String source = null;
    String target = null;
    boolean ofIsTarget = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.ACCUSE,
        EventType.RETREAT, EventType.AID).contains(type);
    for (Dependency d : s.children(n)) {
      String rel = d.relation();
      int c = d.dependent();
      if ((rel.equals(ACL) || rel.equals(CCOMP)) && target == null) {
        // "demands requiring the government to resign", "its demand that X ease the curfew": who must act
        int obj = ParseReadings.child(s, c, OBJ);
        int sub = ParseReadings.child(s, c, NSUBJ);
        target = obj >= 0 && rel.equals(ACL) ? actorOf(obj, null) : null;
        if (target == null && sub >= 0) {
          target = actorOf(sub, null);
        }
      } else if (rel.equals(NMOD_POSS) || rel.startsWith(AMOD) || rel.equals(COMPOUND)) {
        if (source == null) {
          source = actorOf(c, null);
        }
      } else if (rel.startsWith(NMOD)) {
        // rule MessageFromItsSender: "a warning from Moscow" is Moscow's, as "by Moscow" would say
        String prep = MessageFromItsSender.sender(s, n, c) ? "by" : ParseReadings.caseOf(s, c);
        List<String> here = actorsIn(c, null);
        if (here.isEmpty()) {
          continue;
        }
        switch (prep) {
          case "by" -> source = here.get(0);
          case "between", "among" -> {
            if (source == null) {
              source = here.get(0);
            }
            if (here.size() > 1 && target == null) {
              target = here.get(1);
            }
          }
          case "of" -> {
            if (ofIsTarget) {
              target = target == null ? here.get(0) : target;
            } else if (source == null) {
              // "the deployment of NATO troops": a state or body named on the troops is whose they are
              String home = homeOf(c);
              source = home != null ? home : here.get(0);
              if (home == null && here.size() > 1 && target == null) {
                target = here.get(1);
              }
            }
          }
          default -> {
            if (TARGET_CASES.contains(prep) && target == null) {
              target = here.get(0);
            }
          }
        }
      }
    }
    return new String[] {source, target};
  }

  /**
   * Actors of the clauses around noun {@code n}: the subject of the nearest predicate above it that names any,
   * going through relative clauses to the noun they describe.
   */
  List<String> contextActors(int n) {
    int cur = n;
    for (int guard = 0; guard < 6; guard++) {
      Dependency d = arc(cur);
      if (d == null) {
        return List.of();
      }
      int h = d.head();
      if (tok.get(h).isVerb() || s.child(h, COP) != null) {
        int subj = subjectOf(h);
        if (subj >= 0 && subj != n) {
          List<String> found = actorsIn(subj, null);
          if (!found.isEmpty()) {
            return found;
          }
          if (tok.get(subj).isNoun() && subj != cur) {
            cur = subj;
            continue;
          }
        }
      }
      cur = h;
    }
    return List.of();
  }

  /** The actor a mention at token {@code i} itself names ("NATO" in "join NATO"), not one inside its phrase; or null. */
  String namedAt(int i) {
    return i < 0 ? null : actors.mentionAt(s.index(), i).map(ActorMention::actorId).orElse(null);
  }

  /** The actor of the noun phrase headed by {@code i}: the head's mention, else the first in the phrase. */
  String actorOf(int i, String speaker) {
    if (i < 0) {
      return null;
    }
    Optional<ActorMention> m = actors.mentionAt(s.index(), i);
    if (m.isPresent()) {
      return ownedBy(i, m.get().actorId());
    }
    for (int k : ParseReadings.phrase(s, i)) {
      Optional<ActorMention> mk = actors.mentionAt(s.index(), k);
      if (mk.isPresent() && !venue(mk.get()) && !placeOfAct(i, mk.get())
          && !KinIsNotThePossessor.setsAside(s, i, mk.get())) {
        return mk.get().actorId();
      }
    }
    List<String> both = group(i);
    if (!both.isEmpty()) {
      return both.get(0);
    }
    Token t = tok.get(i);
    if (speaker != null && t.isPronoun() && SPEAKER_PRONOUNS.contains(t.lemmaLower())) {
      return speaker; // "X said he would ...": bound to the speaker when coreference left it open
    }
    return null;
  }

  /** Distinct actors inside the noun phrase headed by {@code i}, conjuncts included, in text order. */
  List<String> actorsIn(int i, String speaker) {
    Set<String> out = new LinkedHashSet<>();
    Optional<ActorMention> head = actors.mentionAt(s.index(), i);
    head.ifPresent(m -> out.add(m.actorId()));
    List<Integer> phrase = ParseReadings.phrase(s, i);
    // every mention inside the phrase, nested ones too: "the Russian and Ukrainian presidents" names two states
    actors.inSentence(s.index()).stream()
        .filter(m -> phrase.contains(m.firstToken()) && phrase.contains(m.lastToken()))
        .filter(m -> !venue(m) || m.firstToken() == i)
        .filter(m -> !placeOfAct(i, m) && !KinIsNotThePossessor.setsAside(s, i, m))
        .sorted(java.util.Comparator.comparingInt(ActorMention::firstToken))
        .forEach(m -> out.add(m.actorId()));
    for (int c : ParseReadings.children(s, i, CONJ)) {
      out.addAll(actorsIn(c, speaker));
    }
    if (out.isEmpty()) {
      out.addAll(group(i));
    }
    if (out.isEmpty()) {
      String a = actorOf(i, speaker);
      if (a != null) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /** Rule {@link PlaceOfTheActIsNoDoer}: mention {@code m} names where the act headed by {@code i} happened. */
  boolean placeOfAct(int i, ActorMention m) {
    return PlaceOfTheActIsNoDoer.setsAside(s, i, isEvent(i), m);
  }

  /** The words of the mentions {@link PlaceOfTheActIsNoDoer} sets aside in the phrase headed by {@code i}. */
  List<String> placesOfAct(int i) {
    return i < 0 ? List.of() : PlaceOfTheActIsNoDoer.placesIn(s, i, isEvent(i), actors.inSentence(s.index()));
  }

  /** Rule {@link PlaceOfTheActIsNoDoer#talksVenue}: a city that only says where talks are. */
  private boolean venue(ActorMention m) {
    Dependency d = arc(m.lastToken());
    return d != null && isEvent(d.head()) && PlaceOfTheActIsNoDoer.talksVenue(s, m, lex[d.head()].type());
  }

  /** Whether two actors belong to the same state. */
  boolean sameState(String a, String b) {
    String ca = a == null ? null : actors.actor(a).map(Actor::country).orElse(null);
    String cb = b == null ? null : actors.actor(b).map(Actor::country).orElse(null);
    return ca != null && ca.equals(cb);
  }

  /** Whether the noun phrase headed by {@code i} joins two or more conjuncts ("A and B", "A and B's envoys"). */
  boolean coordinated(int i) {
    for (int k : ParseReadings.phrase(s, i)) {
      if (ParseReadings.child(s, k, CONJ) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "its troops", "their delegation": a body known only by its sector belongs to the side that owns it, so the
   * owner is the actor of the phrase.
   */
  private String ownedBy(int i, String actorId) {
    boolean bare = actors.actor(actorId).map(x -> x.country() == null && x.organization() == null
        && x.sector() != null && OWNED_SECTORS.contains(x.sector())).orElse(false);
    int poss = ParseReadings.child(s, i, NMOD_POSS);
    if (!bare || poss < 0) {
      return actorId;
    }
    return actors.mentionAt(s.index(), poss).map(ActorMention::actorId)
        .filter(o -> actors.actor(o).map(x -> x.country() != null || x.organization() != null).orElse(false))
        .orElse(actorId);
  }

  /** "both sides", "the two leaders": the two parties of the talks reported last; else empty. */
  List<String> group(int i) {
    if (!parties.known() || i < 0) {
      return List.of();
    }
    Token t = tok.get(i);
    if (!"NNS".equals(t.pos()) || !GROUP_NOUNS.contains(t.lemmaLower())) {
      return List.of();
    }
    for (Dependency d : s.children(i)) {
      String w = tok.get(d.dependent()).lemmaLower();
      boolean both = d.relation().startsWith(DET) || d.relation().equals(CC_PRECONJ);
      if (both && w.equals("both") || d.relation().equals(NUMMOD) && (w.equals("two") || w.equals("2"))) {
        if (STATE_GROUP_NOUNS.contains(t.lemmaLower())) {
          // "the two countries" after a call between their leaders: the states, not the two people
          String a = stateOf(parties.first);
          String b = stateOf(parties.second);
          if (!a.equals(b)) {
            return List.of(a, b);
          }
        }
        return List.of(parties.first, parties.second);
      }
    }
    return List.of();
  }

  /** The state actor (country, GOV, no office) of the country of actor {@code id}, else {@code id} itself. */
  private String stateOf(String id) {
    String country = actors.actor(id).map(Actor::country).orElse(null);
    if (country == null) {
      return id;
    }
    return actors.actors().stream()
        .filter(x -> country.equals(x.country()) && "GOV".equals(x.sector()) && x.role() == null
            && x.organization() == null)
        .map(Actor::id).findFirst().orElse(id);
  }
}
