// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.EventPlacing;
import org.parley.places.Place;
import org.parley.quotes.Quote;
import org.parley.time.EventDate;
import org.parley.time.EventDating;

/**
 * Codes the events of one sentence: finds the trigger words, drops the candidates that report no deed or only set
 * the scene (each under the name of the step that dropped it), and builds each event kept: its shaping
 * ({@link Shaping}), its actors ({@link EventActors}), then its modality, issues, date, place and confidence.
 */
final class SentenceCoder {
  private final AnnotatedArticle article;
  private final Sentence s;
  private final ActorLayer actors;
  private final List<Quote> quotes;
  private final Parties parties;
  /** Candidates left out, each with the step that left it out: what {@code parley explain} shows. */
  private final List<Event> dropped;
  private final Entry[] lex;
  private final List<Token> tok;
  /** Reads the actors the sentence's words name: subjects, agents, objects, targets. */
  private final EventArguments arguments;
  private final IssueTagger issueTagger;
  private final EventDating dating;
  private final EventPlacing placing;
  private final TriggerSyntax parse;
  private final ModalReading modals;
  private final SceneSetting scene;
  private final NoDeedReported unreported;
  /** Further subjects that each do the event just built on their own ("A and B signed separately"). */
  private List<String> coSources = List.of();
  private String coSourceRule = "each-on-its-own";
  private String coLead;
  /** Further coordinated objects the event just built falls on too ("deported two Syrians and a Yemeni"). */
  private List<String> coTargets = List.of();

  SentenceCoder(AnnotatedArticle article, Sentence s, ActorLayer actors, List<Quote> quotes, Parties parties,
                PlacePeople placePeople, List<Event> dropped, EventLexicon lexicon, IssueTagger issueTagger,
                EventDating dating, EventPlacing placing) {
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
    JourneyAbroadIsVisit.leaveEventsAsDestinations(s, lex);
    this.arguments = new EventArguments(article.text(), s, actors, lex, parties, placePeople);
    this.issueTagger = issueTagger;
    this.dating = dating;
    this.placing = placing;
    this.parse = new TriggerSyntax(s, lex, arguments);
    this.modals = new ModalReading(parse);
    this.scene = new SceneSetting(parse, actors);
    this.unreported = new NoDeedReported(parse);
  }

  List<Event> code() {
    List<Event> out = new ArrayList<>();
    List<Boolean> backdrop = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    boolean told = triggers(out, backdrop, at);
    obligations(out, backdrop, at);
    conditions(out, backdrop, at);
    mobilisationPartOfAssault(out, backdrop, at);
    return withoutScenes(out, backdrop, at, told);
  }

  /**
   * The events of the sentence's trigger words, with those each falls on or is done by too, and the accusations
   * they carry; whether one is a main-clause predicate whose doer is named.
   */
  private boolean triggers(List<Event> out, List<Boolean> backdrop, List<Integer> at) {
    boolean told = false;
    for (int i = 0; i < tok.size(); i++) {
      Entry e = lex[i];
      if (e != null && (e.kind() == Kind.INTEND || e.kind() == Kind.OPEN) && ParseReadings.noLonger(s, i)
          && !parse.hasEventBelow(i)) {
        // "no longer seeking to join the alliance": an aim given up is a concession, whatever the aim was
        Event ev = event(i, new Entry(e.lemma(), e.pos(), e.frame(), Kind.EVENT, EventType.CONCEDE, null, "080",
            Stance.ACCEPT, e.example(), e.origin()));
        if (ev != null) {
          emit(out, backdrop, at, ev, scene.background(i), i);
        }
        continue;
      }
      if (e == null || e.kind() != Kind.EVENT) {
        continue;
      }
      Event ev = event(i, e);
      if (ev != null) {
        List<Event> gapped = tok.get(i).isVerb() ? GappedConjunct.events(ev, s, i, arguments) : List.of();
        ev = gapped.isEmpty() ? ev : GappedConjunct.firstAct(ev, s, i, arguments);
        boolean bg = scene.background(i);
        // a main-clause predicate whose doer is named: what the sentence is about
        told |= !bg && ev.source() != null && (tok.get(i).isVerb() || parse.lightVerbObject(i));
        emit(out, backdrop, at, ev, bg, i);
        parties.note(ev);
        for (String co : coTargets) {
          if (!gapped.isEmpty() && GappedConjunct.partyOf(s, i, arguments, co)) {
            continue; // a gapped conjunct's party, not a further object
          }
          // "deported two Syrians and a Yemeni": each is deported
          Event each = ev.withParties(ev.source(), co).traced("each-object", "target → " + co);
          emit(out, backdrop, at, each, bg, i);
        }
        for (String co : coSources) {
          if (!co.equals(ev.target()) && (coLead == null || coLead.equals(ev.source()))) {
            // "A and B signed in simultaneous ceremonies": each signs
            Event each = ev.withParties(co, ev.target()).traced(coSourceRule, "source → " + co);
            emit(out, backdrop, at, each, bg, i);
          }
        }
        for (Event g : gapped) { // "Syria withdrew from Lebanon and Israel from Gaza": Israel withdraws too
          emit(out, backdrop, at, g, bg, i);
          parties.note(g);
        }
        Event claim = SpeakerAccusesOtherSide.claim(ev, arguments, actors);
        if (claim != null) {
          emit(out, backdrop, at, claim, bg, i);
        }
      }
    }
    return told;
  }

  /** Adds one coded event, whether it is the scene's background, and the token of its trigger. */
  private static void emit(List<Event> out, List<Boolean> backdrop, List<Integer> at, Event ev, boolean bg, int i) {
    out.add(ev);
    backdrop.add(bg);
    at.add(i);
  }

  /** Acts of any kind that a "must" or "should" lays on another party ({@link ObligationOnAnotherParty}). */
  private void obligations(List<Event> out, List<Boolean> backdrop, List<Integer> at) {
    for (int i = 0; i < tok.size(); i++) {
      if (lex[i] == null && tok.get(i).isVerb() && ObligationOnAnotherParty.obliged(s, i, modals.sharedAuxiliaries(i))
          && !parse.actBelow(i)) {
        Entry any = ObligationOnAnotherParty.entry(tok.get(i).lemmaLower());
        Event ev = event(i, any);
        if (ev == null) {
          continue;
        }
        if (!ObligationOnAnotherParty.keeps(ev, ParseReadings.passiveHead(s, i))) {
          dropped.add(ev.traced(ObligationOnAnotherParty.NAME, "no demand on another party: dropped"));
          continue;
        }
        emit(out, backdrop, at, ev, scene.background(i), i);
        parties.note(ev);
      }
    }
  }

  /** Demands a condition sets on another party ({@link ConditionSetOnAnotherParty}), unless a threat names it. */
  private void conditions(List<Event> out, List<Boolean> backdrop, List<Integer> at) {
    for (int i = 0; i < tok.size(); i++) {
      Event demand = conditionSetOnAnotherParty(i);
      if (demand != null && threatAbove(i, out, at)) {
        dropped.add(demand.traced(ConditionSetOnAnotherParty.NAME, "the threat above names the condition: dropped"));
      } else if (demand != null) {
        for (Event d : GappedConjunct.withAskedToo(demand, s, i, arguments)) { // "only if A leaves X and B Y"
          emit(out, backdrop, at, d, scene.background(i), i);
          parties.note(d);
        }
      }
    }
  }

  /** Mobilisations dropped when the forces then fight in the sentence's main clause. */
  private void mobilisationPartOfAssault(List<Event> out, List<Boolean> backdrop, List<Integer> at) {
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
  }

  /** The events kept once the clauses that only set the scene are dropped. */
  private List<Event> withoutScenes(List<Event> out, List<Boolean> backdrop, List<Integer> at, boolean told) {
    if (backdrop.contains(false)) {
      // "demonstrated in the city, where 24 people were killed last year": the sentence reports the main
      // clause's event; a relative or time clause naming no one who acted only sets the scene, and so does one
      // naming its doer when the main clause tells who did what ("X resigned as the opposition threatened ..."),
      // unless it is a relative clause with a subject of its own ("the city, where troops shelled a school")
      List<Event> kept = new ArrayList<>();
      for (int k = 0; k < out.size(); k++) {
        if (k >= backdrop.size() || !backdrop.get(k)
            || out.get(k).source() != null && !(told && !scene.sceneWithDoer(at.get(k)))) {
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

  /** The event triggered at {@code i}, or null when the frame does not hold or another event contains it. */
  private Event event(int i, Entry e) {
    coSources = List.of();
    coTargets = List.of();
    Token t = tok.get(i);
    int anchor = i;
    boolean noun = t.isNoun();
    boolean copular = false;
    if (noun) {
      Dependency h = parse.arc(i);
      boolean lightObject = h != null && tok.get(h.head()).isVerb() && !parse.isEvent(h.head())
          && (h.relation().equals(OBJ) || h.relation().equals(IOBJ) || h.relation().equals(NSUBJ_PASS)
              || h.is(OBL) && (Set.of("to", "into").contains(ParseReadings.caseOf(s, i))
                  || ParseReadings.caseOf(s, i).equals("in") && tok.get(h.head()).lemmaLower().equals("engage")
                  // "was put under investigation", "were placed under arrest" (not "came under fire": who
                  // comes under it is its target, not its actor)
                  || ParseReadings.caseOf(s, i).equals("under") && ParseReadings.passiveHead(s, h.head())));
      if (e.frame().has(Flag.COPULAR_ONLY)) {
        if (h == null || !h.relation().startsWith(NSUBJ) || s.child(h.head(), COP) == null) {
          return drop(i, e, "copular-frame-not-met");
        }
        copular = true;
        anchor = h.head();
      } else if (lightObject && (lex[h.head()] == null || lex[h.head()].kind() != Kind.NONE)) {
        anchor = h.head();
      } else if (e.frame().has(Flag.LIGHT_VERB_ONLY) && (!parse.underTrigger(i) || h.relation().equals(CONJ))
          && MessageFromItsSender.senderOf(parse, i) == null) { // "a warning from Moscow" needs no verb
        return drop(i, e, "light-frame-without-verb"); // a weapon or a truce named without a verb using it
      }
      if (e.frame().has(Flag.NEGATION_ONLY) && ParseReadings.negations(s, i) == 0
          && !ParseReadings.hasNoDeterminer(s, i)) {
        return drop(i, e, "negation-frame-not-negated");
      }
      if (h != null && h.relation().equals(NMOD_POSS) && tok.get(h.head()).isNoun() && lex[h.head()] == null) {
        // "the summit's host", "the meeting's chairman": the event only names whose the person is
        return drop(i, e, "possessor-of-a-person");
      }
      if (h != null && h.relation().equals(COMPOUND) && tok.get(h.head()).isNoun() && lex[h.head()] == null
          && !SceneSetting.UNDERTAKINGS.contains(tok.get(h.head()).lemmaLower())) {
        return drop(i, e, "kind-of-thing"); // "battle zones", "attack helicopters": a kind of thing, no event
      }
    } else if (e.frame().has(Flag.NEGATION_ONLY) && ParseReadings.negations(s, i) == 0) {
      return drop(i, e, "negation-frame-not-negated");
    } else if (t.isVerb() && ParseReadings.relation(s, i).equals(AMOD) && !parse.protestingParty(i, e.type())) {
      return drop(i, e, "participle-as-adjective"); // "the rejecting side" reports no act
    } else if (e.type() == EventType.REQUEST && unreported.wantedBy(i)) {
      return drop(i, e, "wanted-by-police"); // "two men sought in the killing": no appeal anyone made
    }
    if (unreported.characterisation(i)) {
      return drop(i, e, "characterisation");
    }
    if (unreported.neededSubject(i)) {
      return drop(i, e, "needed-subject");
    }
    if (unreported.speechTopic(i)) {
      return drop(i, e, "speech-topic");
    }
    if (e.type() == EventType.REQUEST && t.isVerb() && unreported.asksQuestion(i)) {
      return drop(i, e, "asks-a-question");
    }
    if (unreported.isCopularTopic(anchor) && !copular) {
      return drop(i, e, "copular-topic"); // "the priority is a truce": what the priority event asks for
    }
    if (modals.inCondition(anchor) && !e.origin().equals("rule " + ConditionSetOnAnotherParty.NAME)) {
      return drop(i, e, "in-a-condition"); // "if it is attacked": not something the text reports
    }
    if (unreported.warningOfDanger(i, e)) {
      return drop(i, e, WarningOfDangerIsNoThreat.NAME);
    }
    Chain chain = Chain.climb(parse, i, anchor);
    if (chain.absorbedBy != null) {
      return drop(i, e, "absorbed-by '" + tok.get(chain.absorbedBy).text() + "'"); // its content, purpose or message
    }
    Event ev = build(i, e, anchor, noun, copular, chain);
    if (ev != null && JourneyAbroadIsVisit.journey(e)) {
      ev = JourneyAbroadIsVisit.kept(ev, s, actors, arguments.subjectOf(i), i, dropped);
    } else if (ev != null && JointAppearance.appearance(s, i, ev.type())) {
      ev = JointAppearance.kept(ev, actors, dropped);
    }
    return ev;
  }

  /**
   * The event of a candidate that passed every drop step: its shaping and code ({@link Shaping}), its actors
   * ({@link EventActors}), then its stance, modality, issues, date, place, unnamed target and confidence, each step
   * traced as it fires.
   */
  private Event build(int trigger, Entry e, int anchor, boolean noun, boolean copular, Chain chain) {
    // the rules decide the code; the actors section reads it once they are done
    Shaping shaped = new Shaping(parse, modals, origin(trigger, e), trigger, e, anchor, noun, copular, chain)
        .read(quoteAt(tok.get(trigger).span().start()));
    Coding coding = shaped.coding;
    EventActors who = new EventActors(parse, actors, parties, shaped, trigger, e, anchor, noun, copular, chain)
        .choose();
    coSources = who.coSources;
    coSourceRule = who.coSourceRule;
    coLead = who.coLead;
    EventType type = who.type;
    String cameo = who.cameo;
    String mode = who.mode;
    Stance stance = coding.stance;
    boolean negated = coding.negated;
    boolean intend = coding.intend;
    boolean hypothetical = coding.hypothetical;
    boolean selfIntent = coding.selfIntent;
    boolean demanded = coding.demanded;
    String speaker = shaped.speaker;
    boolean lightVerb = shaped.lightVerb;
    Steps st = shaped.st;
    String source = who.source;
    String target = who.target;
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
    if (intend || selfIntent || coding.aimedAt) {
      modality = Modality.INTENDED;
    }
    if (hypothetical) {
      modality = Modality.HYPOTHETICAL;
    }
    st.add("modality", modality.json() + (attributedTo != null ? " (claim of " + attributedTo + ")" : ""));
    List<String> issues = issueTagger.tagEvent(s, anchor, trigger, type);
    Optional<EventDate> date = dating.date(s, anchor, article.text(), article.article().published());
    Optional<Place> place = place(anchor, noun, lightVerb);
    if (target == null && !coding.aimedAt) { // what one is driven into names its own party, or none
      target = arguments.unnamedTarget(type, cameo, mode, source, anchor, trigger, noun, lightVerb, negated, place);
    }
    st.actors("unnamed-target", source, target);
    if (who.ownSide(type, cameo, source, target)) {
      target = null;
    }
    st.actors("own-side", source, target);
    coTargets = EachObject.others(parse, anchor, noun, source, target, speaker);
    int from = Math.min(anchor, trigger);
    int to = Math.max(anchor, trigger);
    Span triggerSpan = to - from <= 4 ? s.span(from, to) : tok.get(trigger).span();

    // how central and certain the event is: a predicate over a bare noun, named actors, the main clause over
    // a complement, the reported event over a scene-setting clause ("as troops shelled the town"), and what
    // happened over what only might
    double confidence = (noun ? (lightVerb ? 0.65 : 0.5) : 0.7) + (source != null ? 0.15 : 0)
        + (target != null ? 0.1 : 0)
        - 0.05 * parse.clauseDepth(anchor) - (scene.background(trigger) ? 0.25 : 0) - (hypothetical ? 0.15 : 0);
    confidence = Math.max(0.05, Math.min(0.95, confidence));
    return new Event("ev-0", type, mode, cameo, negated ? Polarity.NEGATED : Polarity.POSITIVE, modality, source,
        target, attributedTo, stance, issues, date.map(EventDate::value).orElse(null),
        date.map(EventDate::text).orElse(null),
        place.orElse(null), List.of(s.span()), triggerSpan, confidence, st.trace);
  }

  /** Where the event happened: its clause's place, or for an event noun the place of the clause about it. */
  private Optional<Place> place(int anchor, boolean noun, boolean lightVerb) {
    Optional<Place> place = placing.place(s, anchor, article.text());
    Dependency governing = parse.arc(anchor);
    if (place.isEmpty() && noun && !lightVerb && governing != null && governing.relation().startsWith(NSUBJ)
        && tok.get(governing.head()).isVerb()) {
      // "the deployment of the troops began in the north": where the clause about the event places it
      place = placing.place(s, governing.head(), article.text());
    }
    return place;
  }

  /**
   * Whether a threat was coded on the clause a condition at {@code i} hangs from, or on the clauses above it
   * ("threatened to break relations unless ..."): CAMEO codes such a threat as the threat, which carries its condition.
   */
  boolean threatAbove(int i, List<Event> out, List<Integer> at) {
    int cur = i;
    for (int step = 0; step < 4; step++) {
      Dependency d = parse.arc(cur);
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
  Event conditionSetOnAnotherParty(int i) {
    Dependency d = parse.arc(i);
    if (d == null || !d.relation().equals(ADVCL) || !tok.get(i).isVerb() || d.head() < 0) {
      return null;
    }
    String mark = ParseReadings.caseOf(s, i);
    boolean only = false;
    for (int m : ParseReadings.children(s, i, ADVMOD)) {
      only |= tok.get(m).lemmaLower().equals("only");
    }
    for (int m : ParseReadings.children(s, i, MARK)) {
      for (int o : ParseReadings.children(s, m, ADVMOD)) {
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
    Optional<EventDate> setOn = ev.date() != null ? Optional.empty()
        : dating.date(s, d.head(), article.text(), article.article().published());
    return ConditionSetOnAnotherParty.demand(ev, demander, asked, setOn.orElse(null));
  }

  Quote quoteAt(int offset) {
    for (Quote q : quotes) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return q;
      }
    }
    return null;
  }
}
