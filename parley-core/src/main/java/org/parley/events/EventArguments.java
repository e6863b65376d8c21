// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.article.Span;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.Place;

/**
 * Argument selection for one sentence: which resolved actors an event's words name as its source and target.
 * Reads subjects (through control, coordination, participles and relative clauses), "by" agents, objects and
 * prepositional targets, the actors inside an event noun's own phrase, "both sides" groups, and the state or people
 * of a country. {@link DependencyEventCoder} decides which of these an event takes; this class only reads them.
 */
final class EventArguments {
  /** Prepositions whose phrase can name whom an act falls on ("talks with X", "an attack on X"). */
  private static final Set<String> TARGET_CASES = EventWords.list("target-case");
  /** Types whose act falls on the place where it happens when no one is named as its target. */
  private static final Set<EventType> PLACE_TARGETED = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
      EventType.MOBILIZE, EventType.PROTEST, EventType.RETREAT, EventType.CONCEDE, EventType.REQUEST, EventType.AID,
      EventType.SANCTION, EventType.THREATEN);
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

  /** The article's text, which spans index into. */
  private final String text;
  private final Sentence s;
  private final List<Token> tok;
  private final ActorLayer actors;
  /** The lexicon's entry for each token of the sentence, or null: whose words trigger events. */
  private final Entry[] lex;
  private final Parties parties;
  /** Makes the people of a place an actor when an act falls on them and the article names none. */
  private final PlacePeople placePeople;

  EventArguments(String text, Sentence s, ActorLayer actors, Entry[] lex, Parties parties,
                 PlacePeople placePeople) {
    this.text = text;
    this.s = s;
    this.tok = s.tokens();
    this.actors = actors;
    this.lex = lex;
    this.parties = parties;
    this.placePeople = placePeople;
  }

  private Dependency arc(int i) {
    return Syntax.arc(s, i);
  }

  private boolean isEvent(int i) {
    return i >= 0 && lex[i] != null && lex[i].kind() == Kind.EVENT;
  }

  /** The first state or organisation named in a modifier ("of X", "in X", "X administration") of noun {@code i}. */
  String homeOf(int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("compound") || d.relation().equals("nmod")) {
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

  /**
   * The parties of a "between A and B" phrase on event noun {@code n}, on the noun it modifies ("mediation
   * mission between A and B") or on the predicate it is the object of ("began a peace initiative this week
   * between A and B").
   */
  List<String> betweenParties(int n) {
    List<Integer> nodes = new ArrayList<>(List.of(n));
    Dependency d = arc(n);
    if (d != null && d.relation().equals("compound")) {
      nodes.add(d.head());
      d = arc(d.head());
    }
    if (d != null && d.relation().equals("obj")) {
      nodes.add(d.head());
    }
    List<String> out = new ArrayList<>();
    for (int node : nodes) {
      for (Dependency c : s.children(node)) {
        if ((c.baseRelation().equals("nmod") || c.baseRelation().equals("obl"))
            && Syntax.caseOf(s, c.dependent()).equals("between")) {
          addAll(out, actorsIn(c.dependent(), null));
        }
      }
    }
    return out;
  }

  /** The subject of predicate {@code i}, inherited through control, coordination and participles; or -1. */
  int subjectOf(int i) {
    for (int guard = 0, cur = i; guard < 8 && cur >= 0; guard++) {
      int sub = Syntax.child(s, cur, "nsubj");
      if (sub < 0) {
        sub = Syntax.child(s, cur, "csubj");
      }
      if (sub >= 0 && WEEKDAYS.contains(tok.get(sub).lemmaLower()) && actorOf(sub, null) == null) {
        sub = -1; // "sent monitors on Wednesday to investigate": the parser's subject is a date
      }
      if (sub >= 0) {
        if (Syntax.isRelative(tok.get(sub))) {
          int ante = Syntax.relativeAntecedent(s, cur);
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
      if (rel.equals("xcomp")) {
        int obj = Syntax.child(s, h, "obj");
        if (obj >= 0 && lex[h] != null && lex[h].kind() == Kind.EVENT) {
          return obj; // "urged the rebels to disarm": the rebels disarm
        }
        cur = h;
      } else if (rel.equals("conj") && tok.get(h).isVerb() == tok.get(cur).isVerb()) {
        cur = h;
      } else if ((rel.equals("advcl") || rel.equals("dep")) && Syntax.caseOf(s, cur).isEmpty() && tok.get(cur).pos() != null
          && tok.get(cur).pos().equals("VBG")) {
        cur = h; // "..., injuring 17 people": the main clause's subject
      } else if (rel.equals("advcl") && Syntax.toInfinitive(s, cur) && tok.get(cur).isVerb()
          && !Syntax.passiveHead(s, h)) {
        cur = h; // "staged a hunger strike to demand reforms": whoever acts does so to demand
      } else if ((rel.equals("advcl") || rel.equals("acl")) && Syntax.caseOf(s, cur).equals("of")
          && s.child(h, "cop") != null) {
        cur = h; // "are guilty of violating the truce", "is capable of striking": the adjective's subject acts
      } else if (rel.equals("acl") && tok.get(h).isNoun()) {
        return h;
      } else if (rel.equals("acl:relcl")) {
        return h;
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
      if (d.relation().startsWith("aux") && d.dependent() < first) {
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
      if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
          && Syntax.hasCase(s, d.dependent(), "by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The actor of the "from" phrase of verb {@code anchor} ("received arms from Berlin"), or null. */
  String fromPhrase(int anchor) {
    List<Integer> heads = new ArrayList<>(List.of(anchor));
    int obj = Syntax.child(s, anchor, "obj");
    if (obj >= 0) {
      heads.addAll(s.subtree(obj)); // "received a shipment of arms from Berlin", hung on the thing received
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (Set.of("obl", "nmod").contains(d.baseRelation()) && Syntax.caseOf(s, d.dependent()).equals("from")) {
          String a = actorOf(d.dependent(), null);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /**
   * The target among the candidates {@link #targetCandidates} finds, in their order: the first that is not the
   * source and is placed in a state or organisation, else the first that is not the source ("offered its troops
   * to Lebanon's president", "extradited a militant to Britain": the state the act is aimed at).
   */
  String targetOf(int anchor, int trigger, String source) {
    List<String> found = new ArrayList<>();
    targetCandidates(anchor, trigger, 0, found);
    String first = null;
    for (String a : found) {
      if (a.equals(source)) {
        continue;
      }
      if (first == null) {
        first = a;
      }
      if (placed(a)) {
        return a;
      }
    }
    return first;
  }

  private void targetCandidates(int anchor, int trigger, int depth, List<String> out) {
    if (isEvent(trigger) && lex[trigger].type() == EventType.ACCUSE) {
      // "complained to the council over the raids by X": who is accused, not who is told
      for (Dependency d : s.children(anchor)) {
        if (d.baseRelation().equals("obl") && Set.of("over", "about", "against").contains(Syntax.caseOf(s, d.dependent()))) {
          addAll(out, actorsIn(d.dependent(), null));
        }
      }
    }
    int iobj = Syntax.child(s, anchor, "iobj");
    if (iobj >= 0) {
      add(out, actorOf(iobj, null));
    }
    int obj = Syntax.child(s, anchor, "obj");
    if (obj < 0) {
      obj = displacedObject(anchor);
    }
    if (obj >= 0 && obj != trigger && !ownedBySubject(obj)) {
      add(out, actorOf(obj, null));
    }
    List<Integer> aimedPhrases = new ArrayList<>();
    for (Dependency d : s.children(anchor)) {
      if (d.baseRelation().equals("obl") && d.dependent() != trigger
          && TARGET_CASES.contains(Syntax.caseOf(s, d.dependent()))) {
        add(out, actorOf(d.dependent(), null));
        aimedPhrases.add(d.dependent());
      }
    }
    if (obj >= 0 && obj != trigger) {
      aimedPhrases.add(0, obj);
    }
    List<String> doers = new ArrayList<>();
    if (obj >= 0 && obj == trigger) {
      // "launched an inquiry into abuses committed by X": the light verb's event noun is about X's deed
      for (Dependency c : s.children(trigger)) {
        if (c.baseRelation().equals("nmod") && Set.of("into", "of", "over", "about").contains(Syntax.caseOf(s, c.dependent()))
            && actors.mentionAt(s.index(), c.dependent()).isEmpty()) {
          doers.addAll(doersIn(c.dependent()));
        }
      }
    }
    if (obj >= 0 && obj != trigger && tok.get(anchor).isVerb() && !Syntax.passiveHead(s, anchor)) {
      int by = agentOf(anchor);
      if (by >= 0) {
        // "protested the abuses by the militia": an active verb has no agent phrase; the parser hung the doer of
        // the thing protested on the verb
        doers.addAll(actorsIn(by, null));
      }
    }
    for (int phrase : aimedPhrases) {
      if (actors.mentionAt(s.index(), phrase).isPresent()) {
        continue;
      }
      // "protested the abuses committed by the militia": whoever did the thing the act is about, when no one it
      // is aimed at is named
      doers.addAll(doersIn(phrase));
      // "lifted embargoes on sales to Iran", "provided aid for Romania", "reneged on his pledge to the voters":
      // whom the thing done is aimed at
      for (int k : Syntax.phrase(s, phrase)) {
        Dependency kd = arc(k);
        if (k != phrase && kd != null && kd.baseRelation().equals("nmod")
            && TARGET_CASES.contains(Syntax.caseOf(s, k)) && !Syntax.caseOf(s, k).equals("from")) {
          addAll(out, actorsIn(k, null));
        }
      }
      for (Dependency c : s.children(phrase)) {
        if (c.relation().equals("ccomp") || c.relation().equals("acl") && !tok.get(c.dependent()).isVerb()) {
          // "insisted on its demand that X resign": who is to act
          int sub = Syntax.child(s, c.dependent(), "nsubj");
          if (sub >= 0) {
            add(out, actorOf(sub, null));
          }
        } else if (c.relation().equals("acl") && "VBN".equals(tok.get(c.dependent()).pos())) {
          // "eased the curfew imposed in X": where the thing done lies
          for (Dependency g : s.children(c.dependent())) {
            if (g.baseRelation().equals("obl") && Syntax.caseOf(s, g.dependent()).equals("in")) {
              addAll(out, actorsIn(g.dependent(), null));
            }
          }
        }
      }
    }
    // "accused X of ...", "demanded that X withdraw": the subject of the content clause
    for (Dependency d : s.children(anchor)) {
      // the parser reads "called on X to hold" as a clause "on X to hold" with X its subject
      if (d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("advcl")
          && Set.of("on", "for", "upon").contains(Syntax.caseOf(s, d.dependent()))) {
        int sub = Syntax.child(s, d.dependent(), "nsubj");
        String who = sub < 0 ? null : actorOf(sub, null);
        if (who != null) {
          add(out, who);
        }
        if (sub >= 0 && tok.get(sub).isNoun() && actors.mentionAt(s.index(), sub).isEmpty()) {
          // "demanded that its Union partners refuse": the Union's members, not "its" owner; a subject that is
          // an actor itself ("Russian-backed rebels") stands alone
          addAll(out, actorsIn(sub, null));
        }
      }
    }
    // "offered to hand over the suspects to X", "refused to meet X": whom the content is done to
    if (depth < 2) {
      for (Dependency d : s.children(anchor)) {
        if (d.relation().equals("xcomp") || d.relation().equals("ccomp")) {
          targetCandidates(d.dependent(), d.dependent(), depth + 1, out);
        }
      }
    }
    addAll(out, doers);
    if (obj >= 0 && obj != trigger && ownedBySubject(obj)) {
      add(out, actorOf(obj, null)); // "its troops" only when nothing else is named
    }
  }

  /** The actors of the "by" phrases inside phrase {@code phrase} ("the abuses committed by X"). */
  private List<String> doersIn(int phrase) {
    List<String> out = new ArrayList<>();
    for (int k : s.subtree(phrase)) {
      Dependency kd = arc(k);
      if (k != phrase && kd != null && (kd.baseRelation().equals("nmod") || kd.baseRelation().equals("obl"))
          && Syntax.caseOf(s, k).equals("by")) {
        addAll(out, actorsIn(k, null));
      }
    }
    return out;
  }

  /**
   * The object the parser hangs as a "dep" off a phrase between it and the verb ("lifted Friday a blockade",
   * "denounced as a crime X's crackdown"), or -1.
   */
  private int displacedObject(int anchor) {
    if (!tok.get(anchor).isVerb()) {
      return -1;
    }
    for (Dependency d : s.children(anchor)) {
      if (!d.baseRelation().equals("obl") || d.dependent() < anchor) {
        continue;
      }
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().equals("dep") && c.dependent() > d.dependent() && tok.get(c.dependent()).isNoun()) {
          return c.dependent();
        }
      }
    }
    return -1;
  }

  /** Whether the noun phrase at {@code i} is the actor's own ("its troops", "their arms"). */
  private boolean ownedBySubject(int i) {
    for (int p : Syntax.children(s, i, "nmod:poss")) {
      if (tok.get(p).isPronoun()) {
        return true;
      }
    }
    return false;
  }

  private void add(List<String> out, String actor) {
    if (actor != null && !out.contains(actor)) {
      out.add(actor);
    }
  }

  private void addAll(List<String> out, List<String> found) {
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
      if ((rel.equals("acl") || rel.equals("ccomp")) && target == null) {
        // "demands requiring the government to resign", "its demand that X ease the curfew": who must act
        int obj = Syntax.child(s, c, "obj");
        int sub = Syntax.child(s, c, "nsubj");
        target = obj >= 0 && rel.equals("acl") ? actorOf(obj, null) : null;
        if (target == null && sub >= 0) {
          target = actorOf(sub, null);
        }
      } else if (rel.equals("nmod:poss") || rel.startsWith("amod") || rel.equals("compound")) {
        if (source == null) {
          source = actorOf(c, null);
        }
      } else if (rel.startsWith("nmod")) {
        String prep = Syntax.caseOf(s, c);
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
      if (tok.get(h).isVerb() || s.child(h, "cop") != null) {
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

  /** The actor of the noun phrase headed by {@code i}: the head's mention, else the first in the phrase. */
  /** The actor a mention at token {@code i} itself names ("NATO" in "join NATO"), not one inside its phrase; or null. */
  String namedAt(int i) {
    return i < 0 ? null : actors.mentionAt(s.index(), i).map(ActorMention::actorId).orElse(null);
  }

  String actorOf(int i, String speaker) {
    if (i < 0) {
      return null;
    }
    Optional<ActorMention> m = actors.mentionAt(s.index(), i);
    if (m.isPresent()) {
      return ownedBy(i, m.get().actorId());
    }
    for (int k : Syntax.phrase(s, i)) {
      Optional<ActorMention> mk = actors.mentionAt(s.index(), k);
      if (mk.isPresent() && !venue(mk.get())) {
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
    List<Integer> phrase = Syntax.phrase(s, i);
    // every mention inside the phrase, nested ones too: "the Russian and Ukrainian presidents" names two states
    actors.inSentence(s.index()).stream()
        .filter(m -> phrase.contains(m.firstToken()) && phrase.contains(m.lastToken()))
        .filter(m -> !venue(m) || m.firstToken() == i)
        .sorted(java.util.Comparator.comparingInt(ActorMention::firstToken))
        .forEach(m -> out.add(m.actorId()));
    for (int c : Syntax.children(s, i, "conj")) {
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

  /**
   * A city standing for its state inside a longer phrase where it only says where something is: "talks in
   * Nairobi", "the Doha talks". The state is no party to what the phrase names.
   */
  private boolean venue(ActorMention m) {
    if (m.kind() != org.parley.actors.MentionKind.METONYM) {
      return false;
    }
    int h = m.lastToken();
    Dependency d = arc(h);
    if (d == null || !isEvent(d.head()) || lex[d.head()].type() != EventType.CONSULT) {
      return false; // "a curfew in Algiers", "protesters in Baghdad": the city is what the event is done to
    }
    return d.relation().equals("compound") || Set.of("in", "at").contains(Syntax.caseOf(s, h));
  }

  /** Whether two actors belong to the same state. */
  boolean sameState(String a, String b) {
    String ca = a == null ? null : actors.actor(a).map(Actor::country).orElse(null);
    String cb = b == null ? null : actors.actor(b).map(Actor::country).orElse(null);
    return ca != null && ca.equals(cb);
  }

  /** Whether the noun phrase headed by {@code i} joins two or more conjuncts ("A and B", "A and B's envoys"). */
  boolean coordinated(int i) {
    for (int k : Syntax.phrase(s, i)) {
      if (Syntax.child(s, k, "conj") >= 0) {
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
    int poss = Syntax.child(s, i, "nmod:poss");
    if (!bare || poss < 0) {
      return actorId;
    }
    return actors.mentionAt(s.index(), poss).map(ActorMention::actorId)
        .filter(o -> actors.actor(o).map(x -> x.country() != null || x.organization() != null).orElse(false))
        .orElse(actorId);
  }

  /** "both sides", "the two leaders": the two parties of the talks reported last; else empty. */
  private List<String> group(int i) {
    if (!parties.known() || i < 0) {
      return List.of();
    }
    Token t = tok.get(i);
    if (!"NNS".equals(t.pos()) || !GROUP_NOUNS.contains(t.lemmaLower())) {
      return List.of();
    }
    for (Dependency d : s.children(i)) {
      String w = tok.get(d.dependent()).lemmaLower();
      boolean both = d.relation().startsWith("det") || d.relation().equals("cc:preconj");
      if (both && w.equals("both") || d.relation().equals("nummod") && (w.equals("two") || w.equals("2"))) {
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

  /**
   * The subject of a verb of dying that violence noun {@code n} is the cause of ("died of torture", "died as a
   * result of the beating"), other than {@code source}; or null.
   */
  String diedOf(int n, String source) {
    int cur = n;
    for (int up = 0; up < 2; up++) {
      Dependency d = arc(cur);
      if (d == null || !(d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))) {
        return null;
      }
      cur = d.head();
      if (tok.get(cur).isVerb() && Set.of("die", "succumb", "perish").contains(tok.get(cur).lemmaLower())) {
        int sub = Syntax.child(s, cur, "nsubj");
        String who = sub < 0 ? null : actorOf(sub, null);
        return who == null || who.equals(source) ? null : who;
      }
    }
    return null;
  }

  /** The party an "in defiance of X" phrase of predicate {@code anchor} names, other than {@code source}; or null. */
  String defied(int anchor, String source) {
    for (Dependency d : s.children(anchor)) {
      int n = d.dependent();
      if (!d.baseRelation().equals("obl") || !tok.get(n).lemmaLower().equals("defiance")
          || !Syntax.caseOf(s, n).equals("in")) {
        continue;
      }
      for (Dependency c : s.children(n)) {
        if (c.baseRelation().equals("nmod") && Syntax.caseOf(s, c.dependent()).equals("of")) {
          for (String a : actorsIn(c.dependent(), null)) {
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
      String state = stateActor(home, source);
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
    for (int o : Syntax.children(s, anchor, "obj")) {
      heads.add(o);
      heads.addAll(Syntax.children(s, o, "nmod")); // "the state of emergency in X"
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        int n = d.dependent();
        if (!(d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) || !Syntax.caseOf(s, n).equals("in")
            || !tok.get(n).isProperNoun()) {
          continue;
        }
        int from = n;
        while (from > 0 && tok.get(from - 1).isProperNoun() && Syntax.head(s, from - 1) == n) {
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
      String mark = Syntax.caseOf(s, c);
      if (d.relation().equals("advcl") && (mark.equals("if") || mark.equals("unless"))) {
        String a = actorOf(Syntax.child(s, c, "nsubj"), null);
        if (a != null && !a.equals(not)) {
          return a;
        }
      } else if (depth < 2 && (d.relation().equals("xcomp") || d.relation().equals("ccomp"))) {
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
      target = stateActor(placeCountry, source);
      if (target == null && !visit) {
        target = peopleOf(placeCountry, source);
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
        target = stateActor(protester.country(), source);
      }
    }
    if (target == null && type == EventType.CONCEDE && cameo != null && cameo.matches("08[123].*") && source != null) {
      // "eased curbs on the press", "enhanced political freedoms": a government yields to its own country's people
      String home = actors.actor(source).map(Actor::country).orElse(null);
      target = home == null ? null : stateActor(home, source);
    }
    if (target == null && source != null && (type == EventType.AGREE || type == EventType.CONCEDE) && !negated) {
      // "the opposition agreed to call off the rally", "rebels agreed to disarm": a group at home that yields
      // with no counterpart named yields to its own state's government
      Actor group = actors.actor(source).orElse(null);
      if (group != null && group.country() != null && group.sector() != null && group.organization() == null
          && !Set.of("GOV", "MIL", "COP", "SPY", "IGO").contains(group.sector())) {
        target = stateActor(group.country(), source);
      }
    }
    if (target == null && source != null && domesticMeasure(type, cameo)) {
      // "lifted the state of emergency", "ready to declare martial law", "refused to resign": with no other party
      // named, a state's measure at home falls on its own country
      target = ownCountry(source, place.orElse(null), anchor);
    }
    return target;
  }
}
