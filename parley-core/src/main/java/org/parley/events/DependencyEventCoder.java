// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.EventPlacing;
import org.parley.places.Gazetteer;
import org.parley.places.Place;
import org.parley.quotes.Quote;
import org.parley.time.EventDate;
import org.parley.time.EventDating;

/**
 * Codes events from the dependency parse. Each verb, adjective or noun the {@link EventLexicon} knows, in the
 * frame it lists, triggers an event unless it is the content of another event ("agreed to <i>establish</i>
 * corridors", "demanded a <i>ceasefire</i>"), which then only refines that event's code and issues. Words on the
 * way up from a trigger shape it: speech verbs make it the speaker's claim, "failed to" and "not" negate it,
 * "plans to", "will" and "open to" make it intended ("open to a meeting" is an offer to meet: AGREE, as PLOVER
 * codes intent to cooperate) and "if" hypothetical. Source and target are read from subject, agent, object and
 * prepositional arguments, and are the actors the {@link ActorLayer} resolved there; {@link EventArguments} reads
 * those actors, and this class decides which of them an event takes.
 */
public final class DependencyEventCoder implements EventCoder {
  /** Forceful types: their deeds are reported even when another event names them. */
  private static final Set<EventType> FORCEFUL = CameoShifts.FORCEFUL;
  /** Relations along which an event's content hangs under it. */
  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp", "obj", "iobj", "obl", "nmod", "acl", "advcl",
      "compound", "conj", "appos", "nsubj:pass");
  /** Nouns that an event noun before them names an undertaking of ("a mediation effort", "a rescue mission"). */
  private static final Set<String> UNDERTAKINGS = Set.of("effort", "mission", "process", "bid", "attempt", "campaign",
      "initiative", "operation", "drive", "push", "plan", "programme", "program", "round", "team", "force", "action");
  /** Subordinators of clauses that only date the reported event ("after rebels seized the town"). */
  private static final Set<String> BACKGROUND_MARKS = Set.of("after", "since", "before", "when", "while", "as",
      "until", "once", "following");
  /** Prepositions of phrases that only date it ("after five days of fighting", "amid clashes"). */
  private static final Set<String> BACKGROUND_CASES = Set.of("after", "following", "since", "before", "amid", "during",
      "despite");
  /** Subject pronouns that, in a clause a speaker reports, usually stand for the speaker ("X said it would ..."). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "he", "she", "we");
  /** Verbs of answering force with force: their act falls on whoever did the deed answered. */
  private static final Set<String> RESPONSES = Set.of("respond", "retaliate", "react", "reply");
  /** Words saying coordinated subjects act each on their own, not with each other. */
  private static final Set<String> SEPARATELY = Set.of("separately", "respective", "respectively", "simultaneous",
      "simultaneously", "individually", "independently");
  /** Verbs whose passive form states what its subject does ("is opposed to", "were engaged in"). */
  private static final Set<String> STATIVE_PASSIVES = Set.of("oppose", "engage", "involve", "commit", "prepare");

  private final EventLexicon lexicon;
  private final IssueTagger issueTagger;
  private final EventDating dating;
  private final EventPlacing placing;
  private final DiscourseSetting setting = new DiscourseSetting(Gazetteer.bundled());

  public DependencyEventCoder(EventLexicon lexicon, IssueTagger issueTagger, EventDating dating, EventPlacing placing) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.issueTagger = Objects.requireNonNull(issueTagger, "issueTagger");
    this.dating = Objects.requireNonNull(dating, "dating");
    this.placing = Objects.requireNonNull(placing, "placing");
  }

  /** The coder with the built-in lexicon and issue cues. */
  public DependencyEventCoder(EventDating dating, EventPlacing placing) {
    this(EventLexicon.builtIn(), IssueTagger.builtIn(), dating, placing);
  }

  @Override
  public List<Event> code(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    return codeWithActors(article, actors, quotes).events();
  }

  @Override
  public Coded codeWithActors(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    List<Event> raw = new ArrayList<>();
    List<Event> dropped = new ArrayList<>();
    Parties parties = new Parties();
    PlacePeople placePeople = new PlacePeople(actors);
    AnnotatedArticle dated = setting.datelineDay(article);
    for (Sentence s : dated.sentences()) {
      if (s.dependencies().isEmpty()) {
        continue;
      }
      raw.addAll(new SentenceCoder(dated, s, actors, quotes, parties, placePeople, dropped).code());
    }
    List<Event> events = EventMerger.merge(setting.apply(dated, actors, mediatedParties(raw)), article.text());
    Set<String> named = new HashSet<>();
    for (Event e : events) {
      named.add(e.source());
      named.add(e.target());
    }
    return new Coded(events, placePeople.layer(named), dropped);
  }

  /**
   * The people of places that acts fall on when the article names no actor of the place's state other than the
   * one acting ("imposed a curfew in a town in the south", said of the state's own government): one actor per
   * state, code country + CVL, whose mentions are the place names.
   */
  static final class PlacePeople {
    private final ActorLayer base;
    private final Map<String, Actor> made = new java.util.LinkedHashMap<>();
    private int next;

    PlacePeople(ActorLayer base) {
      this.base = base;
      int max = 0;
      for (Actor a : base.actors()) {
        if (a.id().matches("act-\\d+")) {
          max = Math.max(max, Integer.parseInt(a.id().substring(4)));
        }
      }
      this.next = max + 1;
    }

    /** The people of {@code country} at the place named at {@code span}: an actor of the layer, else a new one. */
    String at(String country, String placeName, Span span, String not) {
      for (Actor a : base.actors()) {
        if ((country + "CVL").equals(a.code()) && !a.id().equals(not)) {
          return a.id();
        }
      }
      Actor old = made.get(country);
      if (old == null) {
        Actor a = new Actor("act-" + next++, "people of " + placeName, country + "CVL", country, "CVL", null, null,
            List.of(span));
        made.put(country, a);
        return a.id();
      }
      if (!old.mentions().contains(span)) {
        List<Span> spans = new ArrayList<>(old.mentions());
        spans.add(span);
        spans.sort(null);
        made.put(country, new Actor(old.id(), old.name(), old.code(), old.country(), old.sector(), null, null, spans));
      }
      return old.id();
    }

    /** The base layer with the people made for the events that kept them ({@code named}): no actor without an act. */
    ActorLayer layer(Set<String> named) {
      List<Actor> kept = made.values().stream().filter(a -> named.contains(a.id())).toList();
      if (kept.isEmpty()) {
        return base;
      }
      List<Actor> all = new ArrayList<>(base.actors());
      all.addAll(kept);
      return new ActorLayer(all, base.mentions());
    }
  }

  /** {@code e} falling on {@code target} instead. */
  private static Event withTarget(Event e, String target) {
    return new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), e.source(), target,
        e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(), e.trigger(),
        e.confidence(), e.trace());
  }

  /** {@code e} done by {@code source} instead. */
  private static Event withSource(Event e, String source) {
    return new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), source, e.target(),
        e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(), e.trigger(),
        e.confidence(), e.trace());
  }

  /**
   * A mediator reported without the parties ("C, who mediated the meeting") mediates between the parties of the
   * talks the article reported last.
   */
  private static List<Event> mediatedParties(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    Event lastTalks = null;
    for (Event e : events) {
      boolean mediation = e.type() == EventType.CONSULT && "third-party".equals(e.mode());
      if (e.type() == EventType.CONSULT && !mediation && e.source() != null && e.polarity() == Polarity.POSITIVE) {
        lastTalks = e;
      }
      if (mediation && e.target() == null && lastTalks != null) {
        String party = !Objects.equals(lastTalks.source(), e.source()) ? lastTalks.source() : lastTalks.target();
        e = new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), e.source(), party,
            e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(), e.trigger(),
            e.confidence(), e.trace().then("mediation-between-last-talks", "target → " + party));
      }
      out.add(e);
    }
    return out;
  }

  /**
   * The two sides of the talks or agreement the article reported last: what "both sides", "the two leaders" and
   * "the talks ended without a deal" refer to.
   */
  static final class Parties {
    String first;
    String second;

    void note(Event e) {
      boolean mediation = "third-party".equals(e.mode()) || "045".equals(e.cameo());
      if (EventMerger.SYMMETRIC.contains(e.type()) && !mediation && e.source() != null && e.target() != null
          && !e.source().equals(e.target())) {
        first = e.source();
        second = e.target();
      }
    }

    boolean known() {
      return first != null;
    }
  }

  /** Coding state for one sentence. */
  private final class SentenceCoder {
    private final AnnotatedArticle article;
    private final Sentence s;
    private final ActorLayer actors;
    private final List<Quote> quotes;
    private final Parties parties;
    private final PlacePeople placePeople;
    /** Candidates left out, each with the step that left it out: what {@code parley explain} shows. */
    private final List<Event> dropped;
    private final Entry[] lex;
    private final List<Token> tok;
    /** Reads the actors the sentence's words name: subjects, agents, objects, targets. */
    private final EventArguments arguments;
    /** Further subjects that each do the event just built on their own ("A and B signed separately"). */
    private List<String> coSources = List.of();
    /** Further coordinated objects the event just built falls on too ("deported two Syrians and a Yemeni"). */
    private List<String> coTargets = List.of();

    SentenceCoder(AnnotatedArticle article, Sentence s, ActorLayer actors, List<Quote> quotes, Parties parties,
                  PlacePeople placePeople, List<Event> dropped) {
      this.placePeople = placePeople;
      this.dropped = dropped;
      this.article = article;
      this.s = s;
      this.actors = actors;
      this.quotes = quotes;
      this.parties = parties;
      this.tok = s.tokens();
      this.lex = new Entry[tok.size()];
      for (int i = 0; i < tok.size(); i++) {
        lex[i] = lexicon.match(s, i);
      }
      this.arguments = new EventArguments(article.text(), s, actors, lex, parties, placePeople);
    }

    List<Event> code() {
      List<Event> out = new ArrayList<>();
      List<Boolean> backdrop = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      boolean told = false;
      for (int i = 0; i < tok.size(); i++) {
        Entry e = lex[i];
        if (e != null && (e.kind() == Kind.INTEND || e.kind() == Kind.OPEN) && Syntax.noLonger(s, i)
            && !hasEventBelow(i)) {
          // "no longer seeking to join the alliance": an aim given up is a concession, whatever the aim was
          Event ev = event(i, new Entry(e.lemma(), e.pos(), e.frame(), Kind.EVENT, EventType.CONCEDE, null, "080",
              Stance.ACCEPT, e.example(), e.origin()));
          if (ev != null) {
            out.add(ev);
            backdrop.add(background(i));
            at.add(i);
          }
          continue;
        }
        if (e == null || e.kind() != Kind.EVENT) {
          continue;
        }
        Event ev = event(i, e);
        if (ev != null) {
          boolean bg = background(i);
          // a main-clause predicate whose doer is named: what the sentence is about
          told |= !bg && ev.source() != null && (tok.get(i).isVerb() || lightVerbObject(i));
          out.add(ev);
          backdrop.add(bg);
          at.add(i);
          parties.note(ev);
          for (String co : coTargets) {
            // "deported two Syrians and a Yemeni": each is deported
            out.add(withTarget(ev, co).traced("each-object", "target → " + co));
            backdrop.add(bg);
            at.add(i);
          }
          for (String co : coSources) {
            if (!co.equals(ev.target())) {
              // "A and B signed in simultaneous ceremonies": each signs
              out.add(withSource(ev, co).traced("each-on-its-own", "source → " + co));
              backdrop.add(bg);
              at.add(i);
            }
          }
          Event claim = accusation(ev);
          if (claim != null) {
            out.add(claim);
            backdrop.add(bg);
            at.add(i);
          }
        }
      }
      for (int i = 0; i < tok.size(); i++) {
        if (lex[i] == null && tok.get(i).isVerb() && ObligationOnAnotherParty.obliged(s, i, sharedAuxiliaries(i))
            && !actBelow(i)) {
          Entry any = ObligationOnAnotherParty.entry(tok.get(i).lemmaLower());
          Event ev = event(i, any);
          if (ev == null) {
            continue;
          }
          if (!ObligationOnAnotherParty.keeps(ev)) {
            dropped.add(ev.traced(ObligationOnAnotherParty.NAME, "no demand on another party: dropped"));
            continue;
          }
          out.add(ev);
          backdrop.add(background(i));
          at.add(i);
          parties.note(ev);
        }
      }
      for (int i = 0; i < tok.size(); i++) {
        Event demand = conditionSetOnAnotherParty(i);
        if (demand != null && threatAbove(i, out, at)) {
          dropped.add(demand.traced(ConditionSetOnAnotherParty.NAME, "the threat above names the condition: dropped"));
        } else if (demand != null) {
          out.add(demand);
          backdrop.add(background(i));
          at.add(i);
          parties.note(demand);
        }
      }
      boolean assault = false;
      for (int k = 0; k < out.size(); k++) {
        assault |= out.get(k).type() == EventType.ASSAULT && out.get(k).polarity() == Polarity.POSITIVE
            && !backdrop.get(k);
      }
      if (assault) {
        // PLOVER codes only the assault when forces are readied and then fight ("troops were deployed and opened
        // fire"): the mobilisation is part of it (not so for clashes that only date it: "on alert after clashes")
        for (int k = out.size() - 1; k >= 0; k--) {
          if (out.get(k).type() == EventType.MOBILIZE) {
            dropped.add(out.get(k).traced("mobilisation-part-of-assault", "dropped"));
            out.remove(k);
            backdrop.remove(k);
            at.remove(k);
          }
        }
      }
      if (backdrop.contains(false)) {
        // "demonstrated in the city, where 24 people were killed last year": the sentence reports the main
        // clause's event; a relative or time clause naming no one who acted only sets the scene, and so does one
        // naming its doer when the main clause tells who did what ("X resigned as the opposition threatened ..."),
        // unless it is a relative clause with a subject of its own ("the city, where troops shelled a school")
        List<Event> kept = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
          if (k >= backdrop.size() || !backdrop.get(k)
              || out.get(k).source() != null && !(told && !sceneWithDoer(at.get(k)))) {
            kept.add(out.get(k));
          } else {
            dropped.add(out.get(k).traced(out.get(k).source() == null ? "scene-setting-clause-without-doer"
                : "scene-setting-clause-beside-main-event", "dropped"));
          }
        }
        return kept;
      }
      return out;
    }

    /**
     * Whether event noun {@code i} is only mentioned in an adjunct of its clause ("demanded X at the latest round of
     * talks", "changes to the deal"), rather than reported as what the clause's subject does or what happened.
     */
    private boolean mentioned(int i) {
      boolean gerund = "VBG".equals(tok.get(i).pos()) && Syntax.relation(s, i).startsWith("nmod");
      if (!(tok.get(i).isNoun() || gerund) || arguments.agentOf(i) >= 0) {
        return false; // "asked about the shelling by the army": a deed with its doer named is reported
      }
      int cur = i;
      Dependency d = arc(cur);
      if (d != null && d.baseRelation().equals("nmod") && UNDERTAKINGS.contains(tok.get(d.head()).lemmaLower())
          && Syntax.caseOf(s, cur).equals("of")) {
        cur = d.head(); // "a new round of talks" stands where the round stands
        d = arc(cur);
      }
      if (d == null || !(d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))) {
        return false;
      }
      String mark = Syntax.caseOf(s, cur);
      if (Set.of("to", "into", "on", "by", "between", "with", "under", "without").contains(mark) || isEvent(d.head())) {
        // "agreed to a truce", "arrived on a visit", "put under investigation": undertaken; "ended without an
        // agreement": the outcome the sentence reports, negated
        return false;
      }
      Dependency up = arc(d.head());
      if (claimOfDeed(lex[d.head()]) || up != null && claimOfDeed(lex[up.head()])) {
        return false; // "claimed responsibility for the ambush": the ambush is reported, with its doer
      }
      return true;
    }

    /**
     * Whether {@code i} lies in a relative clause whose own subject names who acted ("the town, where troops shelled
     * the market"): a scene the article reports for its own sake, kept even beside the main clause's event.
     */
    private boolean sceneWithDoer(int i) {
      for (int guard = 0, cur = i; guard < tok.size(); guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          return false;
        }
        if (d.relation().equals("acl:relcl")) {
          final int rel = cur;
          return s.children(rel).stream()
              .anyMatch(c -> c.relation().equals("nsubj") && !Syntax.isRelative(tok.get(c.dependent())));
        }
        cur = d.head();
      }
      return false;
    }

    /** Whether {@code i} has an adjective or compound modifier with lemma {@code lemma} ("joint drills"). */
    private boolean hasModifier(int i, String lemma) {
      for (Dependency d : s.children(i)) {
        if ((d.relation().equals("amod") || d.relation().equals("compound"))
            && tok.get(d.dependent()).lemmaLower().equals(lemma)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether noun {@code i} is what a verb that is no event itself does ("announced a suspension", "was put under
     * investigation").
     */
    private boolean lightVerbObject(int i) {
      Dependency d = arc(i);
      return tok.get(i).isNoun() && d != null && (d.relation().equals("obj") || d.baseRelation().equals("obl")
          && Set.of("to", "into", "under").contains(Syntax.caseOf(s, i))) && tok.get(d.head()).isVerb()
          && !isEvent(d.head());
    }

    /** Whether {@code i} lies in a relative clause, a time clause or a time phrase ("after the fighting"). */
    private boolean background(int i) {
      if (mentioned(i)) {
        return true;
      }
      for (int guard = 0, cur = i; guard < tok.size(); guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          return false;
        }
        String rel = d.relation();
        String mark = Syntax.caseOf(s, cur);
        if (rel.equals("acl:relcl")) {
          // "Serbia, where 24 people were killed last year" sets the scene; "the minister, who mediated the
          // talks" reports what an actor did
          boolean placeOrTime = false;
          boolean doer = false;
          for (Dependency c : s.children(cur)) {
            Token w = tok.get(c.dependent());
            placeOrTime |= c.relation().equals("advmod") && (w.lemmaLower().equals("where") || w.lemmaLower().equals("when"));
            // "the raids, in which ten died": a relative word in an adjunct sets the scene as "where" does
            placeOrTime |= c.baseRelation().equals("obl") && Syntax.isRelative(w);
            doer |= c.relation().equals("nsubj") && Syntax.isRelative(w);
          }
          for (int k : s.subtree(cur)) {
            // "the raids, in which it said ten people died": the relative adjunct may hang lower in the clause
            Dependency kd = arc(k);
            placeOrTime |= kd != null && kd.baseRelation().equals("obl") && Syntax.isRelative(tok.get(k));
          }
          // "the refugees, whom officials blame for ...", "a jet that was shot down": the clause tells something
          // about its noun; only "the minister, who mediated the talks" reports what an actor did
          return placeOrTime || !doer || actors.mentionAt(s.index(), d.head()).isEmpty();
        }
        if (rel.equals("acl") && "VBN".equals(tok.get(cur).pos()) && tok.get(d.head()).isNoun()) {
          // "weapons seized last year", "victims killed in the crash": a reduced relative clause; but one naming
          // its doer ("reports fabricated by the state media") reports an act of its own
          return arguments.agentOf(cur) < 0;
        }
        if (rel.equals("advcl") && BACKGROUND_MARKS.contains(mark) && !tok.get(cur).isNoun()) {
          return true;
        }
        if (rel.equals("dep") && "VBG".equals(tok.get(cur).pos()) && cur > 0
            && BACKGROUND_MARKS.contains(tok.get(cur - 1).lemmaLower())) {
          return true; // "demanded a truce before allowing aid in", with "before" parsed apart from its clause
        }
        if (d.baseRelation().equals("obj") && BACKGROUND_MARKS.contains(tok.get(d.head()).lemmaLower())
            && "VBG".equals(tok.get(d.head()).pos())) {
          return true; // "following the peace deal", read as a participle with its object
        }
        if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl")) && tok.get(cur).isNoun()
            && BACKGROUND_CASES.contains(mark)) {
          return true;
        }
        cur = d.head();
      }
      return false;
    }

    /**
     * A speaker reporting that another party refuses or demands something accuses that party of it ("Kyiv says
     * Moscow is reluctant to negotiate because it wants surrender"); the reported event stays too.
     */
    private Event accusation(Event ev) {
      String speaker = ev.attributedTo();
      boolean hostile = ev.type() == EventType.REJECT
          || ev.type() == EventType.REQUEST && ev.cameo() != null && ev.cameo().startsWith("10");
      if (speaker == null || ev.source() == null || speaker.equals(ev.source()) || !hostile
          || ev.polarity() != Polarity.POSITIVE) {
        return null;
      }
      if (!arguments.placed(speaker) || arguments.sameState(speaker, ev.source())
          || actors.actor(speaker).map(a -> a.country() == null).orElse(true)) {
        // an international body reporting a refusal monitors it; only a state's side accuses the other
        // "X rejected the request, a security official said": an unplaced or same-side source reports, not accuses
        return null;
      }
      return new Event("ev-0", EventType.ACCUSE, "allege", "112", Polarity.POSITIVE, Modality.ASSERTED, speaker,
          ev.source(), null, null, List.of(), ev.date(), ev.dateText(), null, ev.evidence(), ev.trigger(),
          Math.max(0.05, ev.confidence() - 0.2),
          ev.trace().then("speaker-accuses-other-side", "ACCUSE 112 " + speaker + " → " + ev.source()));
    }

    /**
     * Whether verb {@code i} only frames another act: an event in its clausal complement ("must agree to withdraw"),
     * or an event word as its object ("must allow the withdrawal"). A thing named as its object is no act of its
     * own, even with an event inside it ("respect the border agreed in 1994").
     */
    private boolean actBelow(int i) {
      for (Dependency d : s.children(i)) {
        if (Set.of("xcomp", "ccomp").contains(d.baseRelation())) {
          for (int k : s.subtree(d.dependent())) {
            if (isEvent(k)) {
              return true;
            }
          }
        } else if (Set.of("obj", "obl").contains(d.baseRelation()) && isEvent(d.dependent())) {
          return true;
        }
      }
      return false;
    }

    private boolean hasEventBelow(int i) {
      for (Dependency d : s.children(i)) {
        if (Set.of("xcomp", "ccomp", "obl", "obj").contains(d.baseRelation())) {
          for (int k : s.subtree(d.dependent())) {
            if (isEvent(k)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** Whether {@code i} is an event word or a verb whose object is one ("staged a protest"). */
    private boolean isEventAnchor(int i) {
      if (isEvent(i)) {
        return true;
      }
      if (!tok.get(i).isVerb()) {
        return false;
      }
      for (Dependency d : s.children(i)) {
        if ((d.relation().equals("obj") || d.relation().equals("iobj")) && isEvent(d.dependent())
            && tok.get(d.dependent()).isNoun()) {
          return true;
        }
      }
      return false;
    }

    /** A bare participle clause ("..., calling for independence") elaborating the clause it hangs from. */
    private boolean participle(int i) {
      return Syntax.caseOf(s, i).isEmpty() && "VBG".equals(tok.get(i).pos());
    }

    /** Whether say-verb {@code say} is a bare participle elaborating a protest ("rallied, saying ..."). */
    private boolean protestSlogan(int say) {
      Dependency d = arc(say);
      if (d == null || !participle(say) || !Set.of("advcl", "dep", "xcomp").contains(d.relation())) {
        return false;
      }
      return protestAnchor(d.head());
    }

    /** Whether {@code h} is a protest predicate or a verb whose object is a protest ("began a hunger strike"). */
    private boolean protestAnchor(int h) {
      if (isEvent(h)) {
        return lex[h].type() == EventType.PROTEST;
      }
      for (Dependency c : s.children(h)) {
        if (c.relation().equals("obj") && isEvent(c.dependent()) && lex[c.dependent()].type() == EventType.PROTEST) {
          return true;
        }
      }
      return false;
    }

    /** The arc governing {@code i}, or null at the root. */
    private Dependency arc(int i) {
      return Syntax.arc(s, i);
    }

    private boolean isEvent(int i) {
      return i >= 0 && lex[i] != null && lex[i].kind() == Kind.EVENT;
    }

    /** The event triggered at {@code i}, or null when the frame does not hold or another event contains it. */
    /** The first step of every trace: the lexicon row that made the word a trigger. */
    private Trace origin(int i, Entry e) {
      return Trace.EMPTY.then(e.origin() + " " + e.lemma() + "/" + e.pos(), e.type() + " " + e.cameo()
          + " at '" + tok.get(i).text() + "'");
    }

    /** Records candidate {@code i} as left out by {@code rule}, for explanations; null, as no event is coded. */
    private Event drop(int i, Entry e, String rule) {
      dropped.add(new Event("ev-0", e.type(), e.mode(), e.cameo(), Polarity.POSITIVE, Modality.ASSERTED, null, null,
          null, e.stance(), List.of(), null, null, null, List.of(s.span()), tok.get(i).span(), 0,
          origin(i, e).then(rule, "dropped")));
      return null;
    }

    private Event event(int i, Entry e) {
      coSources = List.of();
      coTargets = List.of();
      Token t = tok.get(i);
      int anchor = i;
      boolean noun = t.isNoun();
      boolean copular = false;
      if (noun) {
        Dependency h = arc(i);
        boolean lightObject = h != null && tok.get(h.head()).isVerb() && !isEvent(h.head())
            && (h.relation().equals("obj") || h.relation().equals("iobj") || h.relation().equals("nsubj:pass")
                || h.baseRelation().equals("obl") && (Set.of("to", "into").contains(Syntax.caseOf(s, i))
                    || Syntax.caseOf(s, i).equals("in") && tok.get(h.head()).lemmaLower().equals("engage")
                    // "was put under investigation", "were placed under arrest" (not "came under fire": who
                    // comes under it is its target, not its actor)
                    || Syntax.caseOf(s, i).equals("under") && Syntax.passiveHead(s, h.head())));
        if (e.frame().copularOnly()) {
          if (h == null || !h.relation().startsWith("nsubj") || s.child(h.head(), "cop") == null) {
            return drop(i, e, "copular-frame-not-met");
          }
          copular = true;
          anchor = h.head();
        } else if (lightObject && (lex[h.head()] == null || lex[h.head()].kind() != Kind.NONE)) {
          anchor = h.head();
        } else if (e.frame().lightOnly() && (!underTrigger(i) || h.relation().equals("conj"))) {
          return drop(i, e, "light-frame-without-verb"); // a weapon or a truce named without a verb using it
        }
        if (e.frame().negationOnly() && Syntax.negations(s, i) == 0 && !Syntax.hasNoDeterminer(s, i)) {
          return drop(i, e, "negation-frame-not-negated");
        }
        if (h != null && h.relation().equals("nmod:poss") && tok.get(h.head()).isNoun() && lex[h.head()] == null) {
          // "the summit's host", "the meeting's chairman": the event only names whose the person is
          return drop(i, e, "possessor-of-a-person");
        }
        if (h != null && h.relation().equals("compound") && tok.get(h.head()).isNoun() && lex[h.head()] == null
            && !UNDERTAKINGS.contains(tok.get(h.head()).lemmaLower())) {
          return drop(i, e, "kind-of-thing"); // "battle zones", "attack helicopters": a kind of thing, no event
        }
      } else if (e.frame().negationOnly() && Syntax.negations(s, i) == 0) {
        return drop(i, e, "negation-frame-not-negated");
      } else if (t.isVerb() && Syntax.relation(s, i).equals("amod")) {
        return drop(i, e, "participle-as-adjective"); // "the rejecting side" reports no act
      } else if (e.type() == EventType.REQUEST && wantedBy(i)) {
        return drop(i, e, "wanted-by-police"); // "two men sought in the killing": no appeal anyone made
      }
      if (characterisation(i)) {
        return drop(i, e, "characterisation");
      }
      if (neededSubject(i)) {
        return drop(i, e, "needed-subject");
      }
      if (speechTopic(i)) {
        return drop(i, e, "speech-topic");
      }
      if (e.type() == EventType.REQUEST && t.isVerb() && asksQuestion(i)) {
        return drop(i, e, "asks-a-question");
      }
      if (isCopularTopic(anchor) && !copular) {
        return drop(i, e, "copular-topic"); // "the priority is a truce": what the priority event asks for
      }
      if (inCondition(anchor) && !e.origin().equals("rule " + ConditionSetOnAnotherParty.NAME)) {
        return drop(i, e, "in-a-condition"); // "if it is attacked": not something the text reports
      }
      if (warningOfDanger(i, e)) {
        return drop(i, e, WarningOfDangerIsNoThreat.NAME);
      }
      Chain chain = climb(i, anchor);
      if (chain.absorbedBy != null) {
        return drop(i, e, "absorbed-by '" + tok.get(chain.absorbedBy).text() + "'"); // its content, purpose or message
      }
      return build(i, e, anchor, noun, copular, chain);
    }

    /**
     * Whether event noun {@code n} is what its clause's subject undertakes: the object ("launched a mediation
     * effort") or "on" phrase ("arrived on a visit") of a predicate, not a time or topic phrase ("prior to the
     * meeting").
     */
    private boolean undertaken(int n) {
      Dependency d = arc(n);
      if (d != null && d.relation().equals("compound")) {
        n = d.head();
        d = arc(n);
      }
      if (d == null || !tok.get(d.head()).isVerb() || lex[d.head()] != null && lex[d.head()].kind() == Kind.SAY) {
        return false;
      }
      return d.relation().equals("obj") || d.baseRelation().equals("obl") && Syntax.caseOf(s, n).equals("on");
    }

    /** Reads the parse for {@link WarningOfDangerIsNoThreat}. */
    private boolean warningOfDanger(int i, Entry e) {
      if (e.type() != EventType.THREATEN || !tok.get(i).isVerb()) {
        return false;
      }
      int clause = Syntax.child(s, i, "ccomp");
      boolean addressee = Syntax.child(s, i, "obj") >= 0 || Syntax.child(s, i, "iobj") >= 0;
      boolean actInside = false;
      if (clause >= 0) {
        for (int k : s.subtree(clause)) {
          actInside |= lex[k] != null && lex[k].kind() == Kind.EVENT;
        }
      }
      return WarningOfDangerIsNoThreat.applies(true, clause >= 0, addressee, actInside);
    }

    /** Whether {@code i} is the predicate of a copular clause whose subject is a "priority"-like event noun. */
    private boolean isCopularTopic(int i) {
      for (int sub : Syntax.children(s, i, "nsubj")) {
        if (isEvent(sub) && lex[sub].frame().copularOnly() && s.child(i, "cop") != null) {
          return true;
        }
      }
      return false;
    }

    /** Whether a lexicon word (an event or a shaping word) governs {@code i} as its content. */
    private boolean underTrigger(int i) {
      Dependency h = arc(i);
      if (h == null || !CONTENT.contains(h.baseRelation()) || lex[h.head()] == null) {
        return false;
      }
      Kind k = lex[h.head()].kind();
      // "the option of patrols" uses no patrols: possibility and need words declare nothing
      return k != Kind.SAY && k != Kind.NONE && k != Kind.POSSIBLE && k != Kind.NEED;
    }

    /** Whether entry {@code e} claims or admits responsibility (CAMEO 015) for the deed it governs. */
    private boolean claimOfDeed(Entry e) {
      return e != null && e.kind() == Kind.EVENT && "015".equals(e.cameo());
    }

    /** What lies above an event: the event containing it, shaping words, and the speaker. */
    private final class Chain {
      Integer absorbedBy;
      final List<Integer> markers = new ArrayList<>();
      /** Plain verbs whose complement or purpose the event is ("must ensure security to allow ..."). */
      final List<Integer> purposes = new ArrayList<>();
      int say = -1;
      int top;
    }

    private Chain climb(int trigger, int anchor) {
      Chain c = new Chain();
      // "condemned the shelling by the army": a deed with its own doer is reported too, not only condemned
      boolean ownAgent = tok.get(trigger).isNoun() && arguments.agentOf(trigger) >= 0 && FORCEFUL.contains(lex[trigger].type());
      boolean shaping = true; // shaping words only apply while the path stays on the event's own clause chain
      int cur = anchor;
      for (int guard = 0; guard < tok.size(); guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          break;
        }
        String rel = d.relation();
        int h = d.head();
        if (rel.equals("conj")) {
          cur = h; // a conjunct sits where its first conjunct sits
          continue;
        }
        if (rel.equals("dep") && Syntax.relation(s, h).equals("obl:tmod") && tok.get(cur).isNoun()) {
          cur = h; // "rejected Thursday an appeal for talks": parsers hang the object on the weekday
          continue;
        }
        // "blocked roads, demanding that ...": parsers often hang such a participle as a bare dependent
        boolean elaborates = participle(cur) && (rel.equals("advcl") && isEventAnchor(h)
            || rel.equals("dep") && protestAnchor(h));
        // "denied shelling the village": parsers often hang an act's gerund object as a bare dependent
        boolean gerundObject = participle(cur) && rel.equals("dep") && lex[h] != null
            && lex[h].kind() == Kind.EVENT;
        if (!(CONTENT.contains(d.baseRelation()) || CONTENT.contains(rel) || elaborates || gerundObject)
            || rel.equals("acl:relcl")
            || (rel.equals("advcl") && !Set.of("of", "to", "for", "by").contains(Syntax.caseOf(s, cur))
                && !elaborates)) {
          if (rel.equals("parataxis") && lex[h] != null && lex[h].kind() == Kind.SAY) {
            c.say = h;
          }
          break;
        }
        boolean participleOnNoun = participle(cur) && tok.get(h).isNoun() && lex[h] == null
            && lex[trigger].type() == EventType.PROTEST;
        if (CauseIsAnEventOfItsOwn.applies(rel, Syntax.caseOf(s, cur), participleOnNoun)) {
          break; // "closed the border because of fighting": the fighting is news of its own
        }
        Entry he = lex[h];
        // (a protest in the purpose clause stays: "began a strike to protest X's failure" names whom it is against)
        boolean aspectOfProtest = he != null && he.kind() == Kind.ASPECT && protestAnchor(h)
            && lex[trigger].type() != EventType.PROTEST;
        if ((he == null || aspectOfProtest) && h != anchor && isEventAnchor(h)
            && (rel.equals("advcl") || rel.equals("xcomp") || elaborates)) {
          // "staged rallies to demand reforms", "began a hunger strike to demand": the demand is what the
          // rallies are for
          c.absorbedBy = h;
          return c;
        }
        if (he != null && he.kind() == Kind.SAY && protestSlogan(h)) {
          c.absorbedBy = h; // "rallied outside parliament, saying the cabinet must go": the protest's message
          return c;
        }
        if (he != null && h != trigger) {
          switch (he.kind()) {
            case EVENT -> {
              if (claimOfDeed(he) && FORCEFUL.contains(lex[trigger].type())) {
                // "claimed responsibility for the ambush": the ambush happened, and the claim names its doer
                c.say = h;
                c.top = h;
                return c;
              }
              if (cur == trigger && reducedPassive(trigger)) {
                c.top = cur; // "talks mediated by Kenya": the mediation is an act of its own, not the talks' content
                return c;
              }
              if (!ownAgent && !rel.equals("conj") && !rel.equals("appos")) {
                c.absorbedBy = h;
                return c;
              }
            }
            case NONE -> {
              c.absorbedBy = h;
              return c;
            }
            case SAY -> {
              if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("advcl")) {
                c.say = h;
                c.top = h;
                return c;
              }
            }
            default -> {
              boolean ofNoun = tok.get(h).isNoun() && (rel.startsWith("nmod") || rel.equals("acl"))
                  && (he.kind() == Kind.POSSIBLE || he.kind() == Kind.NEED); // "the option of a strike"
              if (shaping && (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("obl") || ofNoun
                  || rel.equals("advcl") || rel.equals("obj") && tok.get(cur).isVerb())) { // "considering sending"

                c.markers.add(h);
              }
            }
          }
        } else if (he == null && tok.get(h).isVerb() && h != anchor && shaping && meansClause(cur, rel)) {
          c.purposes.add(h); // "would break the law by attacking": the attack is as certain as the breach
        } else if (he == null && tok.get(h).isVerb() && h != anchor && !Set.of("xcomp", "ccomp", "advcl").contains(rel)) {
          shaping = false; // "failed to resolve the war at the talks": the failure is not the talks'
        } else if (he == null && tok.get(h).isVerb() && h != anchor && shaping
            && (rel.equals("xcomp") || rel.equals("advcl") && Syntax.caseOf(s, cur).equals("to"))) {
          c.purposes.add(h); // "must ensure security to allow supplies in": the act is what the obligation is for
        }
        cur = h;
      }
      c.top = cur;
      if (c.say < 0) {
        for (Dependency d : s.children(cur)) {
          if (d.relation().equals("parataxis") && lex[d.dependent()] != null
              && lex[d.dependent()].kind() == Kind.SAY) {
            c.say = d.dependent();
          }
        }
      }
      return c;
    }

    /**
     * The rules that reshape an event's code, in the order they fire; each that fires is named in the trace. The
     * syntactic readings they need are taken here, from the sentence; the rules only decide.
     */
    private void codeRules(Coding coding, Steps st, Entry e, int anchor, int trigger, Chain chain, boolean obliged,
                           boolean needed) {
      boolean saysWhat = coding.type == EventType.PROTEST && tok.get(anchor).isVerb() && anchor == trigger
          && (Syntax.child(s, anchor, "ccomp") >= 0 || Syntax.relation(s, anchor).equals("parataxis"));
      if (ProtestInWordsIsAccusation.apply(coding, saysWhat)) {
        st.add(ProtestInWordsIsAccusation.NAME, coding.code());
      }
      if (AimGivenUpIsConcession.apply(coding)) {
        st.add(AimGivenUpIsConcession.NAME, coding.code() + ", positive");
      }
      int content = contentEvent(anchor, trigger);
      coding.selfIntent = coding.stance == Stance.OFFER || coding.type == EventType.THREATEN;
      if (content >= 0 && ContentRefinesCode.apply(coding, lex[content].type(), lex[content].mode())) {
        st.add(ContentRefinesCode.NAME + " '" + word(content) + "' " + lex[content].type(), coding.code());
      }
      boolean mayIf = conditional(anchor) && Syntax.auxiliaries(s, anchor).stream()
          .anyMatch(x -> Set.of("may", "might", "could").contains(x));
      if (ForceOverConductIsThreat.apply(coding, mayIf)) {
        st.add(ForceOverConductIsThreat.NAME, "intended");
      }
      String intent = IntentToCooperateIsAgree.apply(coding);
      if (intent != null) {
        st.add(intent, coding.code() + ", stance " + coding.stance.json());
      }
      if (IntentOfForceIsThreat.apply(coding)) {
        st.add(IntentOfForceIsThreat.NAME, coding.code());
      }
      if (NegatedIntentIsRefusal.apply(coding, e.type())) {
        st.add(NegatedIntentIsRefusal.NAME, coding.code() + ", positive");
      }
      if (ActUnlessIsThreat.apply(coding, () -> unless(anchor, chain), e.type())) {
        st.add(ActUnlessIsThreat.NAME, coding.code() + ", intended");
      }
      if (ReportedObligationIsDemand.apply(coding, obliged, chain.say >= 0)) {
        st.add(ReportedObligationIsDemand.NAME, coding.code());
      }
      if (NeededByNobodyIsHypothetical.apply(coding, needed)) {
        st.add(NeededByNobodyIsHypothetical.NAME, "hypothetical");
      }
    }

    private Event build(int trigger, Entry e, int anchor, boolean noun, boolean copular, Chain chain) {
      // the rules below decide the code; the actors section reads it once they are done
      Coding coding = new Coding(e.type(), e.cameo(), e.mode(), e.stance());
      coding.anyAct = e.origin().equals("rule " + ObligationOnAnotherParty.NAME);
      boolean lightVerb = anchor != trigger && !copular;
      Steps st = new Steps(origin(trigger, e));
      boolean peacekeeping = coding.type == EventType.MOBILIZE && peacekeepers(anchor, trigger);
      if (PeacekeepersAreAid.apply(coding, peacekeeping)) {
        st.add(PeacekeepersAreAid.NAME, coding.code());
      }

      // who speaks, when the event is someone's claim
      String speaker = null;
      if (chain.say >= 0) {
        speaker = arguments.actorOf(arguments.subjectOf(chain.say), null);
        st.add("speech-verb '" + word(chain.say) + "'", speaker == null ? "someone's claim" : "claim of " + speaker);
      }
      Quote quote = quoteAt(tok.get(trigger).span().start());
      if (speaker == null && quote != null && quote.speakerId() != null) {
        speaker = quote.speakerId();
        st.add("inside-quotation", "claim of " + speaker);
      }

      // polarity
      int negs = Syntax.negations(s, anchor) + (lightVerb ? Syntax.negations(s, trigger) : 0);
      if (negs > 0) {
        st.add("negation", negs + " on '" + word(anchor) + "'");
      }
      if (noun && Syntax.hasNoDeterminer(s, trigger)) {
        negs++;
        st.add("determiner 'no'", "negates");
      }
      if (noun && Syntax.hasCase(s, trigger, "without")) {
        negs++;
        st.add("'without'", "negates");
      }
      Dependency th = arc(trigger);
      if (noun && th != null && tok.get(th.head()).lemmaLower().equals("lack")) {
        negs++;
        st.add("'lack'", "negates");
      }
      int subj = arguments.subjectOf(anchor);
      if (subj >= 0 && Syntax.hasNoDeterminer(s, subj)) {
        negs++;
        st.add("subject with 'no'", "negates");
      }
      if (e.frame().negationOnly()) {
        negs--;
        st.add("negation-only-frame", "one negation is the frame's own");
      }
      boolean intend = false;
      boolean open = false;
      boolean hypothetical = false;
      boolean obligedMarker = false;
      boolean needed = false;
      boolean dropped = Syntax.noLonger(s, anchor)
          && (coding.type == EventType.REQUEST || coding.type == EventType.CONCEDE);
      for (int m : chain.markers) {
        Kind k = lex[m].kind();
        st.add("marker '" + word(m) + "'", k.name().toLowerCase(java.util.Locale.ROOT));
        negs += Syntax.negations(s, m);
        if (Syntax.negations(s, m) > 0) {
          st.add("negation", Syntax.negations(s, m) + " on '" + word(m) + "'");
        }
        if (Syntax.hasNoDeterminer(s, m)) {
          negs++;
          st.add("determiner 'no' on '" + word(m) + "'", "negates");
        }
        needed |= k == Kind.NEED;
        switch (k) {
          case FAIL -> negs++;
          case POSSIBLE -> hypothetical = true; // "capable of deploying 300,000 troops": none deployed yet
          case NEED -> obligedMarker = true;
          // "went on strike" is no plan: only "going to" states one
          case INTEND -> intend |= !tok.get(m).lemmaLower().equals("go") || "VBG".equals(tok.get(m).pos());
          case OPEN -> {
            intend = true;
            open = true;
          }
          default -> { }
        }
        if ((k == Kind.INTEND || k == Kind.OPEN) && Syntax.noLonger(s, m)) {
          dropped = true;
          st.add("'no longer' on '" + word(m) + "'", "aim given up");
        }
        if (conditional(m) || possibleModal(m)) {
          hypothetical = true;
          st.add("condition or 'may' on '" + word(m) + "'", "hypothetical");
        }
        if (plannedModal(m)) {
          intend = true; // "will begin to withdraw": the withdrawal is planned
          st.add("modal on '" + word(m) + "'", "intended");
        }
        obligedMarker |= Syntax.auxiliaries(s, m).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x));
      }
      boolean plannedPurpose = false;
      for (int m : chain.purposes) {
        obligedMarker |= Syntax.auxiliaries(s, m).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x));
        // "will send a team to help identify the victims": the help is as planned as the sending
        plannedPurpose |= Syntax.auxiliaries(s, m).stream().anyMatch(x -> Set.of("will", "shall", "'ll").contains(x));
        // "could break the law by attacking", "might send troops to seize the port": only possible
        hypothetical |= possibleModal(m) || sharedAuxiliaries(m).contains("would");
      }
      boolean obliged = obligedMarker; // "must be ready to mediate" obliges as much as "must mediate"
      if (plannedPurpose) {
        st.add("purpose-of-planned-act", "intended"); // "will send a team to help identify the victims"
      }
      for (String aux : sharedAuxiliaries(anchor)) {
        switch (aux) {
          case "must", "should", "ought" -> {
            obliged = true;
            st.add("modal '" + aux + "'", "obliged");
          }
          case "will", "shall", "'ll", "wo", "would" -> {
            intend = true;
            st.add("modal '" + aux + "'", "intended");
          }
          case "could", "might", "may" -> {
            hypothetical = true;
            st.add("modal '" + aux + "'", "hypothetical");
          }
          default -> { }
        }
      }
      if (conditional(anchor)) {
        hypothetical = true;
        st.add("condition", "hypothetical");
      } else if (modalSubject(trigger, noun, lightVerb)) {
        hypothetical = true;
        st.add("modal-subject", "hypothetical");
      } else if (inQuestion(anchor)) {
        hypothetical = true;
        st.add("question", "hypothetical");
      }
      if (noun) {
        for (int m : Syntax.children(s, trigger, "amod")) {
          switch (PlannedOrPossibleAct.of(tok.get(m).lemmaLower(), tok.get(m).pos())) {
            case INTENDED -> {
              intend = true;
              st.add(PlannedOrPossibleAct.NAME + " '" + word(m) + "'", "intended");
            }
            case HYPOTHETICAL -> {
              hypothetical = true;
              st.add(PlannedOrPossibleAct.NAME + " '" + word(m) + "'", "hypothetical");
            }
            default -> { }
          }
        }
      }
      intend |= plannedPurpose;
      coding.negated = negs % 2 == 1;
      if (coding.negated) {
        st.add("polarity", "negated");
      }
      coding.intend = intend;
      coding.open = open;
      coding.hypothetical = hypothetical;
      coding.givenUp = dropped;
      // an act-of-any-kind candidate exists only because an obligation sits on it ("ought to hold elections")
      codeRules(coding, st, e, anchor, trigger, chain, obliged || coding.anyAct || obligedAbove(anchor, chain.say),
          needed);
      EventType type = coding.type;
      String cameo = coding.cameo;
      String mode = coding.mode;
      Stance stance = coding.stance;
      boolean negated = coding.negated;
      intend = coding.intend;
      hypothetical = coding.hypothetical;
      boolean selfIntent = coding.selfIntent;
      boolean demanded = coding.demanded;

      // actors
      boolean passive = tok.get(anchor).pos() != null && tok.get(anchor).pos().equals("VBN")
          && (Syntax.child(s, anchor, "nsubj:pass") >= 0 || Syntax.child(s, anchor, "aux:pass") >= 0
              || reducedPassive(anchor));
      if (passive && arguments.agentOf(anchor) < 0 && STATIVE_PASSIVES.contains(tok.get(anchor).lemmaLower())) {
        passive = false; // "X is opposed to the plan", "troops were engaged in fighting": X is who acts
      }
      String source;
      String target = null;
      List<String> subjectActors = subj >= 0 ? arguments.actorsIn(subj, speaker) : List.of();
      if (subj < 0 && !noun && s.root() == anchor) {
        // a main verb the parser left without a subject ("..., A and B have agreed to ..." read as an apposition):
        // the actor named just before it
        String before = arguments.actorJustBefore(anchor);
        if (before != null) {
          subjectActors = List.of(before);
        }
      }
      if (subjectActors.size() > 1 && arguments.coordinated(subj) && !arguments.placed(subjectActors.get(0))) {
        // "the army and the Liberation Front violated the truce": lead with the side the reader can place
        List<String> placedFirst = new ArrayList<>(subjectActors.stream().filter(arguments::placed).toList());
        subjectActors.stream().filter(a -> !arguments.placed(a)).forEach(placedFirst::add);
        subjectActors = placedFirst;
      }
      if (type == EventType.MOBILIZE && (subjectActors.size() > 1 || subj >= 0 && arguments.coordinated(subj)
          || hasModifier(trigger, "joint") || noun && subj < 0 && arguments.contextActors(trigger).size() > 1)) {
        // PLOVER: joint manoeuvres of two forces are military cooperation; one country's drills are a show of force
        type = EventType.COOPERATE;
        cameo = "062";
        mode = null;
        st.add("joint-manoeuvres-are-cooperation", "COOPERATE 062");
      }
      if (passive) {
        int agent = arguments.agentOf(anchor);
        source = agent >= 0 ? arguments.actorOf(agent, speaker) : null;
        target = subj >= 0 ? arguments.actorOf(subj, speaker) : null;
        st.actors("passive: agent → source, subject → target", source, target);
        if (target == null) {
          // "two suspects were handed over to Kenya", "sanctions were imposed on Iran": what undergoes the act is
          // no party, so the party it is aimed at is the one its phrases name
          target = arguments.targetOf(anchor, trigger, source);
          st.actors("passive-aimed-at-phrase", source, target);
        }
      } else {
        source = subjectActors.isEmpty() ? null : subjectActors.get(0);
        st.actors("subject", source, target);
        if (source != null && !arguments.placed(source)) {
          // "leaders of the opposition coalition", "students throughout Indonesia", "the Bush administration": a
          // group is coded by the state or organisation its phrase places it in
          String home = arguments.homeOf(subj);
          if (home != null) {
            source = home;
          }
        }
        st.actors("group-coded-by-its-home", source, target);
        if (subj >= 0 && Syntax.isRelative(tok.get(subj))) {
          source = arguments.actorOf(Syntax.relativeAntecedent(s, anchor), speaker);
        }
        st.actors("relative-antecedent", source, target);
        if (source == null && subj >= 0 && subjectActors.isEmpty()) {
          // "leaders of the opposition coalition agreed": the group the unnamed people belong to
          source = arguments.homeOf(subj);
        }
        st.actors("unnamed-people-of-a-group", source, target);
        if (source == null && speaker != null && subj >= 0 && chain.say >= 0 && SPEAKER_PRONOUNS.contains(tok.get(subj).lemmaLower())) {
          source = speaker; // rule "speaker's pronoun": "the ministry said it rejects the plan"
        }
        st.actors("speakers-pronoun", source, target);
        if (source == null && !noun && arc(anchor) != null && arc(anchor).relation().equals("acl")
            && tok.get(arc(anchor).head()).isNoun() && "VBG".equals(tok.get(anchor).pos())) {
          // "issued a statement demanding ...": who issued it demands
          List<String> around = arguments.contextActors(anchor);
          source = around.isEmpty() ? null : around.get(0);
        }
        target = arguments.targetOf(anchor, trigger, source);
        st.actors("object-or-target-phrase", source, target);
        if (e.frame().reversed()) {
          // "Kyiv received arms from Berlin": the subject is given to; the party named as the origin gives
          String giver = arguments.fromPhrase(anchor);
          target = source;
          source = giver;
          st.actors("receiver-is-target", source, target);
        }
        if (target == null && !noun && arc(anchor) != null && arc(anchor).relation().equals("conj")
            && tok.get(arc(anchor).head()).isVerb() && Syntax.child(s, anchor, "nsubj") < 0) {
          // "stormed the town and killed twelve": the acts of one subject fall on the same party
          target = arguments.targetOf(arc(anchor).head(), arc(anchor).head(), source);
        }
        st.actors("conjoined-act-same-target", source, target);
      }
      if (noun && !lightVerb) {
        // "the deployment of NATO peacekeepers": whose forces they are is who sends them
        String[] own = arguments.nounActors(trigger, peacekeeping ? EventType.MOBILIZE : type);
        if (copular) {
          own = new String[] {own[0], null};
        }
        if (source == null) {
          source = own[0];
        }
        if (target == null || Objects.equals(target, source)) {
          target = own[1];
        }
        st.actors("event-nouns-own-phrase", source, target);
        if (source == null && !chain.markers.isEmpty()) {
          source = arguments.actorOf(arguments.subjectOf(chain.markers.get(chain.markers.size() - 1)), speaker);
          if (Objects.equals(target, source)) {
            target = own[0] != null && !own[0].equals(source) ? own[0] : null;
          }
        }
        st.actors("subject-of-marker", source, target);
        if (source == null && EventMerger.SYMMETRIC.contains(type)) {
          // "A and B failed to end the war at talks": the talks are theirs
          List<String> around = arguments.contextActors(trigger);
          if (around.size() > 1) {
            source = around.get(0);
            target = around.get(1);
          }
        } else if (target == null && "third-party".equals(mode)) {
          // "talks under the mediation of C": C mediates between the parties of the talks
          for (String a : arguments.contextActors(trigger)) {
            if (!a.equals(source)) {
              target = a;
              break;
            }
          }
        }
        st.actors("pair-or-mediation-around-noun", source, target);
        if (source == null && type == EventType.PROTEST) {
          // "youths threw stones during demonstrations": civilians around a protest are its protesters
          for (String a : arguments.contextActors(trigger)) {
            Actor x = actors.actor(a).orElse(null);
            if (x != null && x.isCollective() && !Set.of("GOV", "MIL", "COP", "SPY").contains(String.valueOf(x.sector()))) {
              source = a;
              break;
            }
          }
        }
        st.actors("civilians-around-protest", source, target);
        if (source == null && !copular && (!FORCEFUL.contains(type) || type == EventType.MOBILIZE)
            && type != EventType.ASSAULT && undertaken(trigger)) {
          // (troops "on alert" or "on patrol" are the force that is readied)
          // "arrived on a visit", "launched a mediation effort": the clause's subject makes the visit; not so for
          // force ("died of torture": the subject suffers it)
          List<String> around = arguments.contextActors(trigger);
          if (!around.isEmpty() && !around.get(0).equals(target)) {
            source = around.get(0);
          }
        }
        st.actors("undertaken-by-clause-subject", source, target);
      } else if (lightVerb) {
        // "tightened the blockade of X with Y's help": whom the noun's own phrase names comes first
        // (read by the noun's own type: a blockade only threatened still names whom it would fall on)
        String[] named = arguments.nounActors(trigger, e.type());
        String own = named[1];
        if (RESPONSES.contains(tok.get(anchor).lemmaLower()) && named[0] != null && !named[0].equals(source)) {
          own = named[0]; // rule "retaliation": "will respond to an attack by A on B" falls on A, not on B
        }
        if (own != null && !own.equals(source) || target == null) {
          target = own;
        }
        st.actors("light-verb-nouns-phrase", source, target);
      }
      if (source == null && chain.say >= 0 && claimOfDeed(lex[chain.say])) {
        source = speaker; // who claims the deed did it
      }
      st.actors("claimant-did-it", source, target);
      Dependency said = arc(trigger);
      if (source == null && noun && !lightVerb && said != null && said.head() == chain.say
          && said.relation().equals("obj")) {
        source = speaker; // "Italy announced a suspension of flights": the announcer suspends them
      }
      st.actors("announcer-does-it", source, target);
      if (source == null && !chain.markers.isEmpty()) {
        source = arguments.actorOf(arguments.subjectOf(chain.markers.get(chain.markers.size() - 1)), speaker);
      }
      st.actors("subject-of-marker", source, target);
      boolean mutual = EventMerger.SYMMETRIC.contains(type) && !"third-party".equals(mode)
          && (stance == null || stance == Stance.AGREED || stance == Stance.ACCEPT);
      boolean separate = subjectActors.size() > 1 && !passive && arguments.coordinated(subj) && eachOnItsOwn(anchor);
      coSources = separate ? subjectActors.subList(1, subjectActors.size()) : List.of();
      if (separate && target != null && subjectActors.contains(target)) {
        target = null; // "A and B met separately with C": each meets C, not the other
      }
      st.actors("each-on-its-own", source, target);
      int object = noun ? -1 : Syntax.child(s, anchor, "obj");
      // "A and B will join the alliance": the alliance both join stays the target, not the partner
      boolean objectIsTarget = target != null && object >= 0 && target.equals(arguments.namedAt(object));
      if (!separate && subjectActors.size() > 1
          && (target == null || target.equals(source)
              || mutual && !passive && arguments.coordinated(subj) && !objectIsTarget)
          && (arguments.coordinated(subj) || !arguments.sameState(source, subjectActors.get(1)))) {
        // not "King A of Jordan": a person and their own state named in one phrase are one side
        target = subjectActors.get(1); // "A and B agreed", "A and B failed to agree at talks in C": the pair
      }
      st.actors("coordinated-pair", source, target);
      int doer = arguments.subjectOf(anchor);
      boolean otherDoer = doer >= 0 && doer != trigger && OtherDoerIsNotTheTalksParties.applies(
          tok.get(doer).lemmaLower(), tok.get(doer).isNoun(), lex[doer] != null);
      if (mutual && source == null && target == null && parties.known() && speaker == null && otherDoer) {
        st.add(OtherDoerIsNotTheTalksParties.NAME + " '" + word(doer) + "'", "no stand-in parties");
      } else if (mutual && source == null && target == null && parties.known() && speaker == null) {
        // "the talks ended without an agreement", "no deal was reached": the parties of the talks reported
        source = parties.first;
        target = parties.second;
      }
      st.actors("parties-of-last-talks", source, target);
      if (e.frame().negationOnly() || inverted(e, type)) {
        // "X is not an option", "the reports were fake": the speaker's position; who made the claim is its target
        String agent = source;
        source = speaker;
        if (target == null && agent != null && !agent.equals(speaker)) {
          target = agent;
        }
        int by = arguments.agentOf(anchor);
        if (by >= 0) {
          target = arguments.actorOf(by, speaker);
        }
      }
      st.actors("speakers-position-on-claim", source, target);
      if (demanded) {
        target = source;
        source = speaker;
      }
      st.actors("demand-of-speaker", source, target);
      if ("third-party".equals(mode)) {
        // "launched a mediation effort between A and B": the mediator's act falls on the parties
        for (String party : arguments.betweenParties(trigger)) {
          if (!party.equals(source)) {
            target = party;
            break;
          }
        }
      }
      if (Objects.equals(source, target)) {
        target = null;
      }
      st.actors("mediator-between-parties, self-target-cleared", source, target);
      if (type == EventType.AGREE && stance == Stance.AGREED && (target == null || negated)) {
        stance = negated ? null : Stance.ACCEPT;
      }
      if (negated && stance != Stance.REJECT) {
        stance = null;
      }

      // modality and attribution
      Modality modality = Modality.ASSERTED;
      String attributedTo = null;
      if (speaker != null && !demanded) {
        attributedTo = speaker;
        modality = Modality.REPORTED;
      } else if (chain.say >= 0 && arguments.subjectOf(chain.say) >= 0 && !demanded) {
        modality = Modality.REPORTED; // someone's claim, though coreference left the speaker unresolved
      }
      if (intend || selfIntent) {
        modality = Modality.INTENDED;
      }
      if (hypothetical) {
        modality = Modality.HYPOTHETICAL;
      }
      st.add("modality", modality.json() + (attributedTo != null ? " (claim of " + attributedTo + ")" : ""));

      List<Integer> args = new ArrayList<>(Syntax.arguments(s, anchor));
      if (anchor != trigger) {
        for (int k : Syntax.arguments(s, trigger)) {
          if (!args.contains(k)) {
            args.add(k);
          }
        }
        args.sort(Integer::compare);
      }
      List<String> issues = issueTagger.tag(s, args, type);

      LocalDate published = article.article().published();
      Optional<EventDate> date = dating.date(s, anchor, article.text(), published);
      Optional<Place> place = placing.place(s, anchor, article.text());
      Dependency governing = arc(anchor);
      if (place.isEmpty() && noun && !lightVerb && governing != null && governing.relation().startsWith("nsubj")
          && tok.get(governing.head()).isVerb()) {
        // "the deployment of the troops began in the north": where the clause about the event places it
        place = placing.place(s, governing.head(), article.text());
      }
      if (target == null) {
        target = arguments.unnamedTarget(type, cameo, mode, source, anchor, trigger, noun, lightVerb, negated, place);
      }
      st.actors("unnamed-target", source, target);
      if (ownSide(type, cameo, source, target)) {
        target = null;
      }
      st.actors("own-side", source, target);
      coTargets = otherObjects(anchor, noun, source, target, speaker);
      int from = Math.min(anchor, trigger);
      int to = Math.max(anchor, trigger);
      Span triggerSpan = to - from <= 4 ? s.span(from, to) : tok.get(trigger).span();

      // how central and certain the event is: a predicate over a bare noun, named actors, the main clause over
      // a complement, the reported event over a scene-setting clause ("as troops shelled the town"), and what
      // happened over what only might
      double confidence = (noun ? (lightVerb ? 0.65 : 0.5) : 0.7) + (source != null ? 0.15 : 0) + (target != null ? 0.1 : 0)
          - 0.05 * clauseDepth(anchor) - (background(trigger) ? 0.25 : 0) - (hypothetical ? 0.15 : 0);
      confidence = Math.max(0.05, Math.min(0.95, confidence));
      return new Event("ev-0", type, mode, cameo, negated ? Polarity.NEGATED : Polarity.POSITIVE, modality, source, target,
          attributedTo, stance, issues, date.map(EventDate::value).orElse(null), date.map(EventDate::text).orElse(null),
          place.orElse(null), List.of(s.span()), triggerSpan, confidence, st.trace);
    }

    private String word(int i) {
      return tok.get(i).text();
    }

    /** The steps of one event's coding, and the actors as last traced, so each step shows only what changed. */
    private static final class Steps {
      Trace trace;
      private String source;
      private String target;

      Steps(Trace start) {
        trace = start;
      }

      void add(String rule, String change) {
        trace = trace.then(rule, change);
      }

      void actors(String rule, String nowSource, String nowTarget) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(source, nowSource)) {
          changed.add("source → " + nowSource);
        }
        if (!Objects.equals(target, nowTarget)) {
          changed.add("target → " + nowTarget);
        }
        if (!changed.isEmpty()) {
          add(rule, String.join(", ", changed));
        }
        source = nowSource;
        target = nowTarget;
      }
    }

    /**
     * Rule "each on its own": coordinated subjects acting "separately", "simultaneously" or in their "respective"
     * capitals do the act each for itself, not with each other ("A and B met separately with the envoy").
     */
    private boolean eachOnItsOwn(int anchor) {
      for (int k : s.subtree(anchor)) {
        if (SEPARATELY.contains(tok.get(k).lemmaLower())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Rule "own side": forces readied are the source's own, not whom they face ("the army massed its troops"), and
     * a government's leader signing papers of that same government ("the president signed his capital's accession
     * papers") signs with no one; a leader's concessions to the country's people keep their target.
     */
    private boolean ownSide(EventType type, String cameo, String source, String target) {
      if (source == null || target == null || !arguments.sameState(source, target)) {
        return false;
      }
      if (type == EventType.MOBILIZE) {
        return true;
      }
      String a = actors.actor(source).map(Actor::sector).orElse(null);
      String b = actors.actor(target).map(Actor::sector).orElse(null);
      return type == EventType.AGREE && "057".equals(cameo) && "GOV".equals(a) && "GOV".equals(b);
    }

    /**
     * Rule "each object": the actors of a verb's coordinated object other than the target already chosen ("deported
     * three Chadians and a Nigerien": the Nigerien is deported too), when that target is one of them.
     */
    private List<String> otherObjects(int anchor, boolean noun, String source, String target, String speaker) {
      int obj = Syntax.child(s, anchor, "obj");
      if (noun || obj < 0 || target == null || !arguments.coordinated(obj)) {
        return List.of();
      }
      // only the conjuncts themselves: not actors named inside them ("evidence about contacts between A and B")
      List<String> all = new ArrayList<>();
      for (int k : Syntax.children(s, obj, "conj")) {
        String a = arguments.actorOf(k, speaker);
        if (a != null) {
          all.add(a);
        }
      }
      String first = arguments.actorOf(obj, speaker);
      if (!target.equals(first) && !all.contains(target)) {
        return List.of();
      }
      return all.stream().filter(a -> !a.equals(target) && !a.equals(source)).distinct().toList();
    }

    /** A gerund clause saying by what means its head is done ("would break the law by attacking"). */
    private boolean meansClause(int i, String rel) {
      return (rel.equals("obl") || rel.equals("advcl")) && "VBG".equals(tok.get(i).pos())
          && Syntax.caseOf(s, i).equals("by");
    }

    /**
     * The auxiliaries of verb {@code i}, or, for a conjunct without any of its own, those of the verb it is
     * conjoined to: UD hangs a shared modal on the first conjunct only ("might drop out and accept a deal").
     */
    private List<String> sharedAuxiliaries(int i) {
      List<String> own = Syntax.auxiliaries(s, i);
      Dependency d = arc(i);
      if (own.isEmpty() && d != null && d.relation().equals("conj") && tok.get(i).isVerb()
          && tok.get(d.head()).isVerb() && Syntax.child(s, i, "nsubj") < 0) {
        return Syntax.auxiliaries(s, d.head());
      }
      return own;
    }

    /** Whether shaping word {@code m} carries a modal of possibility ("could start hostilities with a raid"). */
    private boolean possibleModal(int m) {
      return sharedAuxiliaries(m).stream().anyMatch(x -> Set.of("could", "might", "may").contains(x));
    }

    /** Whether shaping word {@code m} carries a future ("will begin to withdraw"). */
    private boolean plannedModal(int m) {
      return sharedAuxiliaries(m).stream().anyMatch(x -> Set.of("will", "shall", "'ll").contains(x));
    }

    /**
     * Rule "possible consequence": an event noun that is the subject of a modal predicate names what might happen,
     * not what did ("air strikes on the port could harm relations", "a war would offer them a way out").
     */
    private boolean modalSubject(int trigger, boolean noun, boolean lightVerb) {
      Dependency d = arc(trigger);
      return noun && !lightVerb && d != null && d.relation().startsWith("nsubj") && tok.get(d.head()).isVerb()
          && Syntax.auxiliaries(s, d.head()).stream().anyMatch(x -> Set.of("could", "might", "may", "would").contains(x));
    }

    /**
     * Rule "indirect question": a clause introduced by "whether" (or by "if" as a complement) is asked about, not
     * reported ("reporters asked whether the blockade would cover food").
     */
    private boolean inQuestion(int i) {
      for (int guard = 0, cur = i; guard < tok.size(); guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          return false;
        }
        String mark = Syntax.caseOf(s, cur);
        if (mark.equals("whether") || mark.equals("if") && d.relation().equals("ccomp")) {
          return true;
        }
        cur = d.head();
      }
      return false;
    }

    /**
     * Rule "naming is not doing": an event noun that characterises something else, in an "as" phrase or as a
     * secondary predicate ("described the detention as a kidnapping", "called the vote a provocation"), is the
     * speaker's label, not a deed the sentence reports.
     */
    private boolean characterisation(int i) {
      Dependency d = arc(i);
      return tok.get(i).isNoun() && d != null && (d.relation().equals("xcomp")
          || (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && Syntax.caseOf(s, i).equals("as"));
    }

    /**
     * Rule "a need is no deed": an event noun (or a conjunct of one) that is the subject of "essential", "necessary"
     * and the like ("the arrest of the gunmen is essential") is asked for; nobody has been arrested.
     */
    private boolean neededSubject(int i) {
      int cur = i;
      Dependency d = arc(cur);
      for (int guard = 0; d != null && d.relation().equals("conj") && guard < tok.size(); guard++) {
        cur = d.head();
        d = arc(cur);
      }
      return tok.get(i).isNoun() && d != null && d.relation().startsWith("nsubj") && lex[d.head()] != null
          && lex[d.head()].kind() == Kind.NEED;
    }

    /**
     * Rule "topic of speech": an event noun that is only what a statement is about ("did not comment on the air
     * strikes") is reported by the statement's author, not done by them; the article reports the deed elsewhere.
     */
    private boolean speechTopic(int i) {
      Dependency d = arc(i);
      boolean nominal = tok.get(i).isNoun() || "VBG".equals(tok.get(i).pos()); // "on the shelling"
      return nominal && d != null && d.baseRelation().equals("obl") && lex[d.head()] != null
          && lex[d.head()].kind() == Kind.SAY && Set.of("on", "about", "regarding").contains(Syntax.caseOf(s, i));
    }

    /** Rule "a question asks nothing": "asked whether the talks would resume" requests nothing. */
    private boolean asksQuestion(int i) {
      for (int c : Syntax.children(s, i, "ccomp")) {
        String mark = Syntax.caseOf(s, c);
        if (mark.equals("whether") || mark.equals("if")) {
          return true;
        }
      }
      return false;
    }

    /**
     * A bare passive participle hanging from a noun or clause with no auxiliary and no agent ("officers sought in
     * the killing", "a man wanted for fraud"): the people are wanted, no request is reported.
     */
    private boolean wantedBy(int i) {
      String rel = Syntax.relation(s, i);
      return "VBN".equals(tok.get(i).pos()) && (rel.equals("acl") || rel.equals("dep"))
          && Syntax.child(s, i, "aux") < 0 && Syntax.child(s, i, "aux:pass") < 0 && arguments.agentOf(i) < 0;
    }

    /** Whether the forces moved by {@code anchor} or named by event noun {@code trigger} are peacekeepers. */
    private boolean peacekeepers(int anchor, int trigger) {
      for (int h : anchor == trigger ? List.of(anchor) : List.of(anchor, trigger)) {
        for (Dependency d : s.children(h)) {
          String rel = d.baseRelation();
          if (rel.equals("obj") || rel.equals("nmod") || rel.equals("obl") || rel.equals("compound")) {
            for (int k : Syntax.phrase(s, d.dependent())) {
              if (tok.get(k).lemmaLower().startsWith("peacekeep")) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /**
     * Whether a plain verb between {@code anchor} and the speech verb {@code say} carries "must" or "should": "said
     * the donors must raise funds to help the region" obliges the help as much as "must help".
     */
    private boolean obligedAbove(int anchor, int say) {
      int cur = anchor;
      for (int guard = 0; guard < tok.size() && say >= 0; guard++) {
        Dependency d = arc(cur);
        if (d == null || d.head() == say || !Set.of("xcomp", "advcl", "conj").contains(d.relation())) {
          return false;
        }
        int h = d.head();
        if (lex[h] != null || !tok.get(h).isVerb()) {
          return false;
        }
        if (Syntax.auxiliaries(s, h).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x))) {
          return true;
        }
        cur = h;
      }
      return false;
    }

    /** A participle with its own "by" agent modifying a noun: "talks mediated by Kenya", "the first mediated by C". */
    private boolean reducedPassive(int i) {
      String rel = Syntax.relation(s, i);
      return "VBN".equals(tok.get(i).pos()) && (rel.equals("acl") || rel.equals("dep")) && arguments.agentOf(i) >= 0;
    }

    /** Whether a word reporting a falsehood ("fake", "fabricated") is coded from the speaker's side. */
    private boolean inverted(Entry e, EventType type) {
      return type == EventType.ACCUSE && (e.pos() == EventLexicon.Pos.A || e.lemma().equals("fabricate")
          || e.pos() == EventLexicon.Pos.N && Set.of("propaganda", "disinformation", "lie").contains(e.lemma()));
    }

    /** An event word in the content of {@code anchor} (its complement clause or object), or -1. */
    private int contentEvent(int anchor, int trigger) {
      for (Dependency d : s.children(anchor)) {
        String rel = d.baseRelation();
        if (Set.of("xcomp", "ccomp", "obj", "obl", "advcl").contains(rel) && d.dependent() != trigger) {
          for (int k : s.subtree(d.dependent())) {
            if (isEvent(k) && k != trigger && lex[k].type() != null) {
              return k;
            }
          }
        }
      }
      return -1;
    }

    /** Whether predicate {@code anchor} or a shaping word above it carries an "unless" clause. */
    private boolean unless(int anchor, Chain chain) {
      List<Integer> heads = new ArrayList<>(chain.markers);
      heads.add(anchor);
      for (int h : heads) {
        for (int c : Syntax.children(s, h, "advcl")) {
          if (Syntax.caseOf(s, c).equals("unless")) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether a threat was coded on the clause a condition at {@code i} hangs from, or on the clauses above it
     * ("threatened to break relations unless ..."): CAMEO codes such a threat as the threat, which carries its condition.
     */
    private boolean threatAbove(int i, List<Event> out, List<Integer> at) {
      int cur = i;
      for (int step = 0; step < 4; step++) {
        Dependency d = arc(cur);
        if (d == null || d.head() < 0) {
          return false;
        }
        cur = d.head();
        for (int k = 0; k < out.size(); k++) {
          if (at.get(k) == cur && out.get(k).type() == EventType.THREATEN) {
            return true;
          }
        }
      }
      return false;
    }

    /** Reads the parse for {@link ConditionSetOnAnotherParty}: the demand verb {@code i} makes, or null. */
    private Event conditionSetOnAnotherParty(int i) {
      Dependency d = arc(i);
      if (d == null || !d.relation().equals("advcl") || !tok.get(i).isVerb() || d.head() < 0) {
        return null;
      }
      String mark = Syntax.caseOf(s, i);
      boolean only = false;
      for (int m : Syntax.children(s, i, "advmod")) {
        only |= tok.get(m).lemmaLower().equals("only");
      }
      for (int m : Syntax.children(s, i, "mark")) {
        for (int o : Syntax.children(s, m, "advmod")) {
          only |= tok.get(o).lemmaLower().equals("only");
        }
      }
      if (!ConditionSetOnAnotherParty.setsACondition(mark, only)) {
        return null;
      }
      int doer = arguments.subjectOf(i);
      String demander = arguments.actorOf(arguments.subjectOf(d.head()), null);
      String asked = doer < 0 ? null : arguments.actorOf(doer, null);
      if (!ConditionSetOnAnotherParty.keeps(demander, asked)) {
        return null;
      }
      Event ev = event(i, ConditionSetOnAnotherParty.entry(tok.get(i).lemmaLower(), lex[i]));
      if (ev == null || ev.polarity() != Polarity.POSITIVE) {
        return null;
      }
      Event demand = new Event(ev.id(), ev.type(), ev.mode(), ev.cameo(), ev.polarity(), Modality.ASSERTED, demander,
          asked, ev.attributedTo(), ev.stance(), ev.issues(), ev.date(), ev.dateText(), ev.location(), ev.evidence(),
          ev.trigger(), ev.confidence(), ev.trace());
      return demand.traced(ConditionSetOnAnotherParty.NAME, "demand by " + demander + " on " + asked + ", asserted");
    }

    private boolean inCondition(int i) {
      for (int guard = 0, cur = i; guard < tok.size() && cur >= 0; guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          return false;
        }
        if (d.relation().equals("advcl")) {
          String mark = Syntax.caseOf(s, cur);
          if (mark.equals("if") || mark.equals("unless")) {
            return true;
          }
          if ((mark.equals("before") || mark.equals("until")) && Syntax.auxiliaries(s, d.head()).stream()
              .anyMatch(x -> Set.of("must", "should", "will", "would", "shall").contains(x))) {
            return true; // "must agree to changes before they disarm": a condition still to be met, not an event
          }
        }
        cur = d.head();
      }
      return false;
    }

    private boolean conditional(int i) {
      for (int c : Syntax.children(s, i, "advcl")) {
        String mark = Syntax.caseOf(s, c);
        if (mark.equals("if") || mark.equals("unless")) {
          return true;
        }
      }
      Dependency d = arc(i);
      if (d != null && d.relation().equals("advcl")) {
        String mark = Syntax.caseOf(s, i);
        return mark.equals("if") || mark.equals("unless");
      }
      return false;
    }

    private int clauseDepth(int i) {
      int depth = 0;
      int cur = i;
      for (int guard = 0; guard < tok.size(); guard++) {
        Dependency d = arc(cur);
        if (d == null) {
          break;
        }
        if (Set.of("ccomp", "xcomp", "advcl", "parataxis", "acl", "csubj").contains(d.baseRelation())) {
          depth++;
        }
        cur = d.head();
      }
      return depth;
    }

    private Quote quoteAt(int offset) {
      for (Quote q : quotes) {
        if (q.span().start() <= offset && offset < q.span().end()) {
          return q;
        }
      }
      return null;
    }
  }
}
