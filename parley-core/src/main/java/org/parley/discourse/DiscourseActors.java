// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The document pass after the sentence coder: ties the doers and targets a sentence names only by pronoun or
 * description to the parties the article has named (see {@link DiscourseContext}), and records each event whose
 * named doer cannot be told. Each decision is recorded as a {@link Resolution} under a short rule name:
 *
 * <ul>
 *   <li>{@code pronoun-person}: "he"/"she" is the person named last, the subject first ("The envoy Ana Ruiz met the
 *       mayor. She pledged aid." — Ruiz pledged);</li>
 *   <li>{@code pronoun-group}: "it"/"they" is the state or organisation named last;</li>
 *   <li>{@code description-role}: "the minister", "the spokeswoman" is the last person holding that office;</li>
 *   <li>{@code description-of-named}: "the Bush administration", "the Baghdad government" is the government (or
 *       police, army ...) of the state the modifier names;</li>
 *   <li>{@code description-in-focus}, {@code group-in-focus}: "the police", "officials" in a paragraph about one state
 *       are that state's police or officials;</li>
 *   <li>{@code authorless-act}: an act of policy or speech that no words of the sentence give a doer to, and that
 *       is not the sentence's main clause ("the sanctions hurt trade"), is background, not news, and is left out;
 *       violence, force and protest may be told without their doers ("a bomb killed ten") and are kept;</li>
 *   <li>{@code words-need-a-party}: an act of words whose doer and addressee both stay unknown ("the proposal called
 *       for elections") cannot be placed on a board or a timeline and is left out; deeds stay without them;</li>
 *   <li>{@code conjecture-not-reported}: an event the writer only speculates about ("the rebels could attack the
 *       port"), attributed to no speaker, is analysis, not news, and is left out;</li>
 *   <li>{@code controlled-subject}: an infinitive with no doer of its own acts through the named subject of the verb
 *       governing it ("Chad refused to attend the talks" — Chad would attend), and so does a gerund adjunct ("Chad
 *       answered by expelling two diplomats": {@code gerund-adjunct-control});</li>
 *   <li>{@code document-speaks-for-its-author}: a proposal, plan or statement that "calls for" or "demands" something
 *       speaks for whoever the article last reported making one ("Chad offered a proposal. The proposal called for
 *       elections" — Chad calls for them);</li>
 *   <li>{@code answer-to-a-document-targets-its-author}: rejecting, backing or accepting "the proposal" the article
 *       last reported someone making is aimed at its author ("Chad offered a proposal. Niger rejected the proposal"
 *       — Niger rejects Chad's);</li>
 *   <li>{@code unresolved-doer}: an event whose doer the sentence names ("he", "the committee") but no rule can tie
 *       to an actor is recorded (leaving it out was measured to cost recall on lone sentences, so it is kept for now).
 *       An event whose doer the text does not name at all ("the embassy was bombed", "the bombings killed 20") keeps its unknown doer.</li>
 * </ul>
 *
 * <p>Stateless and safe for concurrent use.
 */
public final class DiscourseActors {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "them");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
  /**
   * Deeds a report may tell without knowing who did them ("a car bomb killed 20", "arrests followed", "marches
   * spread"). Every other type is an act of a
   * government, group or person (an appeal, a pact, an expulsion): read with no author, it is most often a noun of
   * background ("the sanctions", "the talks") or a misparse, not news, so it is left out.
   */
  /** Marks of a gerund adjunct done by the subject of the clause it modifies (none at all: "..., saying"). */
  private static final Set<String> GERUND_ADJUNCT_MARKS = Set.of("in", "by", "after", "before", "while", "when", "on");

  /** Acts that answer a text rather than put one forward: their doer is not the text's author. */
  private static final Set<EventType> ANSWERS = EnumSet.of(EventType.REJECT, EventType.ACCUSE, EventType.SUPPORT,
      EventType.PROTEST);
  private static final Set<EventType> MAY_LACK_AUTHOR =
      EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.PROTEST);

  private final ActorKnowledgeBase kb;

  public DiscourseActors(ActorKnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /**
   * Events with their actors resolved, the actor layer they refer to, every decision taken, and the events left out
   * (each with the rule that left it out as the last step of its trace; for explanations only).
   */
  public record Result(List<Event> events, ActorLayer actors, List<Resolution> resolutions, List<Event> dropped) {
    public Result {
      events = List.copyOf(events);
      Objects.requireNonNull(actors, "actors");
      resolutions = List.copyOf(resolutions);
      dropped = List.copyOf(dropped);
    }

    public Result(List<Event> events, ActorLayer actors, List<Resolution> resolutions) {
      this(events, actors, resolutions, List.of());
    }
  }

  public Result apply(AnnotatedArticle article, ActorLayer actors, List<Event> events) {
    DiscourseContext context = new DiscourseContext(article, actors, kb);
    List<Resolution> log = new ArrayList<>();
    List<Event> out = new ArrayList<>();
    List<Event> dropped = new ArrayList<>();
    Map<String, Event> authors = new HashMap<>();
    for (Event e : events) {
      if (isConjecture(e)) {
        log.add(new Resolution(e.id(), "event", "conjecture-not-reported", null, null));
        dropped.add(e.traced("discourse: conjecture-not-reported", "dropped"));
        continue;
      }
      int before = log.size();
      Event resolved = resolve(article, context, e, log);
      resolved = authoredDocument(article, resolved, authors, log);
      resolved = answeredDocument(article, resolved, authors, log);
      Event traced = resolved != null ? resolved : e;
      for (Resolution r : log.subList(before, log.size())) {
        traced = traced.traced("discourse: " + r.rule(), r.actorId() != null ? r.role() + " → " + r.actorId()
            + (r.words() == null ? "" : " ('" + r.words() + "')") : r.words() == null ? "" : "'" + r.words() + "'");
      }
      // "the government is open to a meeting": an openness is someone's, named or not
      boolean doerNamed = log.subList(before, log.size()).stream().anyMatch(r -> r.rule().equals("unresolved-doer"))
          || e.stance() == Stance.OPEN;
      if (resolved != null && !doerNamed && wordsWithoutParty(resolved)) {
        log.add(new Resolution(e.id(), "event", "words-need-a-party", null, null));
        dropped.add(traced.traced("discourse: words-need-a-party", "dropped"));
      } else if (resolved != null) {
        out.add(traced);
        noteAuthor(article, traced, authors);
      } else {
        dropped.add(traced.traced("discourse", "dropped"));
      }
    }
    return new Result(out, context.layer(), log, dropped);
  }

  /**
   * Rule {@code conjecture-not-reported}: a conditional or speculative event the article itself puts forward ("the
   * rebels could attack the port", "if the talks fail, the army would advance") is the writer's analysis, not news,
   * and is left out. The same words in a party's mouth ("the minister said the army could strike") stay, as that
   * party's claim.
   */
  static boolean isConjecture(Event e) {
    return e.modality() == Modality.HYPOTHETICAL && e.attributedTo() == null;
  }

  /**
   * Rule {@code document-speaks-for-its-author}: "Baghdad offered a proposal on Sunday. The proposal also called for
   * new elections": a proposal, plan or statement that acts as the subject of an act of words speaks for whoever the
   * article last reported making one (the doer of an earlier event whose trigger or object is that noun). Only acts of
   * words: what a document "does" is what its author says.
   */
  private static Event authoredDocument(AnnotatedArticle article, Event e, Map<String, Event> authors,
      List<Resolution> log) {
    if (e == null || e.source() != null || !e.type().isVerbal() || authors.isEmpty()) {
      return e;
    }
    Anchor at = Anchor.of(article, e);
    if (at == null) {
      return e;
    }
    int doer = doerOf(at.sentence(), at.token());
    if (doer < 0 || !at.sentence().tokens().get(doer).isNoun() || at.sentence().tokens().get(doer).isProperNoun()) {
      return e;
    }
    String author = Optional.ofNullable(authors.get(at.sentence().tokens().get(doer).lemmaLower()))
        .map(Event::source).orElse(null);
    if (author == null || author.equals(e.target())) {
      return e;
    }
    note(log, e, "source", new Pick(author, "document-speaks-for-its-author"), word(at.sentence(), doer));
    return with(e, author, e.target());
  }

  /**
   * Rule {@code answer-to-a-document-targets-its-author}: "Baghdad offered a proposal on Sunday. Washington rejected
   * the proposal": an act of words with a doer and no target, whose object is a definite noun ("the proposal", "these
   * demands") the article last reported someone else making, is aimed at that author. An indefinite object ("rejected
   * a proposal") is a new one, and an owned one ("rejected Chad's plan") names its own author.
   */
  private static Event answeredDocument(AnnotatedArticle article, Event e, Map<String, Event> authors,
      List<Resolution> log) {
    if (e == null || e.source() == null || e.target() != null || !e.type().isVerbal() || authors.isEmpty()) {
      return e;
    }
    Anchor at = Anchor.of(article, e);
    if (at == null) {
      return e;
    }
    Sentence s = at.sentence();
    int object = ParseReadings.child(s, at.token(), OBJ);
    if (object < 0 || !s.tokens().get(object).isNoun() || s.tokens().get(object).isProperNoun()
        || ParseReadings.child(s, object, NMOD_POSS) >= 0 || !definite(s, object)) {
      return e;
    }
    Event made = authors.get(s.tokens().get(object).lemmaLower());
    if (made == null || made.source().equals(e.source()) || Objects.equals(made.trigger(), e.trigger())) {
      return e; // (one trigger word: the same clause's act by a second doer, "A recognised the X, and B the Y")
    }
    note(log, e, "target", new Pick(made.source(), "answer-to-a-document-targets-its-author"), word(s, object));
    Event answer = with(e, e.source(), made.source());
    // the answer takes a stand on what the document was about
    return answer.issues().isEmpty() ? answer.withIssues(made.issues()) : answer;
  }

  private static boolean definite(Sentence s, int noun) {
    int det = ParseReadings.child(s, noun, DET);
    return det >= 0 && Set.of("the", "this", "that", "these", "those").contains(s.tokens().get(det).lemmaLower());
  }

  /** Records the doer of {@code e} as the author of its trigger noun or of its object noun ("offered a proposal"). */
  private static void noteAuthor(AnnotatedArticle article, Event e, Map<String, Event> authors) {
    Anchor at = Anchor.of(article, e);
    if (at == null || e.source() == null || ANSWERS.contains(e.type())) {
      return; // who vetoes, rejects or condemns "the resolution" did not write it
    }
    Sentence s = at.sentence();
    if (s.tokens().get(at.token()).isNoun()) {
      authors.put(s.tokens().get(at.token()).lemmaLower(), e);
    }
    for (Dependency d : s.children(at.token())) {
      if (d.relation().equals(OBJ) && s.tokens().get(d.dependent()).isNoun()
          && !s.tokens().get(d.dependent()).isProperNoun()) {
        authors.put(s.tokens().get(d.dependent()).lemmaLower(), e);
      }
    }
  }

  /** The event with its source and target resolved, or null when its named doer stays unknown. */
  private Event resolve(AnnotatedArticle article, DiscourseContext context, Event e, List<Resolution> log) {
    Anchor at = Anchor.of(article, e);
    if (at == null) {
      return e;
    }
    String source = e.source();
    String target = e.target();
    if (source == null) {
      int doer = doerOf(at.sentence(), at.token());
      Optional<ActorMention> controller =
          doer < 0 ? controller(context, at.sentence(), at.token(), 3) : Optional.empty();
      if (controller.isPresent()) {
        Dependency up = at.sentence().headArc(at.token());
        String rule = up != null && up.relation().equals(ADVCL) ? "gerund-adjunct-control" : "controlled-subject";
        source = note(log, e, "source", new Pick(controller.get().actorId(), rule),
            word(at.sentence(), controller.get().firstToken()));
      } else if (doer < 0 && !MAY_LACK_AUTHOR.contains(e.type()) && !isMainClause(at) && !isReportedNews(at, e)
          && !isStance(e)
          && !readinessOfSomeone(at)) {
        log.add(new Resolution(e.id(), "event", "authorless-act", null, null));
        return null;
      }
      if (doer >= 0 && namesSomeone(context, at.sentence(), doer)) {
        Optional<Pick> pick = describe(context, at.sentence(), doer);
        if (pick.isEmpty()) {
          // Measured: leaving such events out cost PLOVER and ConfliBERT recall on lone sentences ("He
          // shelled the town"), so they are kept and the decision is only recorded.
          log.add(new Resolution(e.id(), "event", "unresolved-doer", null, word(at.sentence(), doer)));
        } else {
          source = note(log, e, "source", pick.get(), word(at.sentence(), doer));
        }
      }
    } else {
      source = inFocus(context, at, e, "source", source, log);
    }
    // Targets are left to the sentence coder: resolving them here lowered ConfliBERT target overlap (measured).
    if (Objects.equals(source, target)) {
      target = e.target() != null && !e.target().equals(source) ? e.target() : null;
    }
    return with(e, source, target);
  }

  /**
   * Rule {@code words-need-a-party}: an act of words (a demand, an offer, an accusation, talks) of which neither the
   * doer nor the one it is addressed to could be told ("the proposal also called for new elections", "it said talks
   * would follow") says nothing a reader can place on a timeline or a board; deeds ("shells hit the market") are
   * news without their doers and stay. Talks stay too: "before next week's talks in the capital" is a round the
   * negotiation board ties to its sides through the mediator's meetings. So do denials ("the council failed to
   * agree"; see {@link #isStance}) and acts whose doer the sentence names though no actor could be made of it
   * ("the rebel commanders refused to talk": rule {@code unresolved-doer}; "the government is open to a meeting"). Measured on whole articles and on lone
   * sentences before it was added: it removed only wrong events.
   */
  static boolean wordsWithoutParty(Event e) {
    return e.source() == null && e.target() == null && e.type().isVerbal() && e.type() != EventType.CONSULT
        && !isStance(e);
  }

  /**
   * A denial ("the council failed to agree") is kept even with no doer: it is what stops a
   * reader from taking the opposite for news.
   */
  private static boolean isStance(Event e) {
    return e.polarity() == Polarity.NEGATED;
  }

  /**
   * An act named as what someone is ready or open for ("the government is open to a meeting", "rebels are ready for
   * talks"): the adjective's subject would act, so the act has a doer.
   */
  private static boolean readinessOfSomeone(Anchor at) {
    Dependency up = at.sentence().headArc(at.token());
    return up != null && up.head() >= 0 && (up.relation().startsWith(OBL) || up.relation().equals(XCOMP))
        && at.sentence().tokens().get(up.head()).pos().startsWith("JJ") && doerOf(at.sentence(), up.head()) >= 0;
  }

  /** Whether the trigger heads its sentence: the sentence's own news, even with an agentless passive. */
  private static boolean isMainClause(Anchor at) {
    Dependency up = at.sentence().headArc(at.token());
    return up == null || up.relation().equals(ROOT);
  }

  /**
   * Rule {@code reported-news}: the clause a sentence's main verb of saying reports is that sentence's news ("two
   * suspects were handed over to the court, officials said"), as a main clause is; a clause deeper down is not.
   */
  private static boolean isReportedNews(Anchor at, Event e) {
    Dependency up = at.sentence().headArc(at.token());
    if (e.modality() != Modality.REPORTED || e.attributedTo() == null || up == null
        || !(up.is(CCOMP) || up.is(PARATAXIS))) {
      return false;
    }
    Dependency said = at.sentence().headArc(up.head());
    return said == null || said.relation().equals(ROOT);
  }

  /**
   * The named actor who acts through an infinitive (subject control): "the council failed to agree" — the council
   * would agree; "Chad refused to attend the talks" — Chad would attend. Up to {@code reach} infinitives up.
   */
  private static Optional<ActorMention> controller(DiscourseContext context, Sentence s, int t, int reach) {
    Dependency up = s.headArc(t);
    if (reach == 0 || up == null || up.head() < 0 || !(up.relation().equals(XCOMP) || gerundAdjunct(s, t, up))) {
      return Optional.empty();
    }
    int subject = doerOf(s, up.head());
    if (subject < 0) {
      return controller(context, s, up.head(), reach - 1);
    }
    return context.mentionAt(s.index(), subject);
  }

  /**
   * Rule {@code gerund-adjunct-control}: "X assumed the role of hero in offering a proposal", "X answered by
   * expelling two diplomats", "X left after signing the accord": a gerund adjunct with no subject of its own is done
   * by the subject of the clause it modifies, as with "wants to sign" (xcomp).
   */
  private static boolean gerundAdjunct(Sentence s, int t, Dependency up) {
    if (!up.relation().equals(ADVCL) || !"VBG".equals(s.tokens().get(t).pos())) {
      return false;
    }
    for (Dependency d : s.children(t)) {
      String w = s.tokens().get(d.dependent()).lemmaLower();
      if ((d.relation().equals(MARK) || d.relation().startsWith(CASE)) && !GERUND_ADJUNCT_MARKS.contains(w)) {
        return false; // "despite facing", "instead of": kept out, as are clauses with other marks
      }
    }
    return true;
  }

  /** An actor chosen by a rule. */
  private record Pick(String actorId, String rule) {}

  private static String note(List<Resolution> log, Event e, String role, Pick p, String words) {
    log.add(new Resolution(e.id(), role, p.rule(), p.actorId(), words));
    return p.actorId();
  }

  /** A stateless group ("officials", "police") acting in a paragraph about one state is that state's group. */
  private String inFocus(DiscourseContext context, Anchor at, Event e, String role, String id, List<Resolution> log) {
    Actor a = context.actor(id);
    if (a == null || a.country() != null || a.sector() == null || a.organization() != null || a.role() != null
        || a.name().contains(" ")) {
      return id; // "Western media", "foreign diplomats" name groups beyond one state
    }
    Optional<String> country = context.focusCountry(at.sentence().index(), at.token());
    if (country.isEmpty()) {
      return id;
    }
    String name = a.name().toLowerCase(Locale.ROOT);
    String cue = name.substring(name.lastIndexOf(' ') + 1);
    String singular = cue.endsWith("s") ? cue.substring(0, cue.length() - 1) : cue;
    if (context.sectorOf(cue).or(() -> context.sectorOf(singular)).isEmpty()) {
      return id; // "international sanctions", "armed invasions": acts, not a group of the state's people
    }
    Actor state = context.stateActor(country.get(), a.sector(), context.sectorOf(cue).isPresent() ? cue : singular);
    log.add(new Resolution(e.id(), role, "group-in-focus", state.id(), a.name()));
    return state.id();
  }

  /**
   * Whether the words at {@code token} name a doer or target this pass should find: not a mention the sentence coder
   * already weighed (it left the slot empty on purpose), and not an act standing for its unnamed author ("the
   * bombings killed 20" names no bomber).
   */
  private static boolean namesSomeone(DiscourseContext context, Sentence s, int token) {
    int head = antecedent(s, token);
    if (head == token && context.mentionAt(s.index(), head).isPresent()) {
      return false;
    }
    return !context.isAct(s.tokens().get(head).lemmaLower());
  }

  /** The actor the words at {@code token} name: a pronoun, a description, or the antecedent of "who". */
  private Optional<Pick> describe(DiscourseContext context, Sentence s, int token) {
    int head = antecedent(s, token);
    Optional<ActorMention> m = context.mentionAt(s.index(), head);
    if (m.isPresent()) {
      return Optional.of(new Pick(m.get().actorId(), "relative-antecedent"));
    }
    Token t = s.tokens().get(head);
    String lemma = t.lemmaLower();
    if (t.isPronoun()) {
      return pronoun(context, s, head, lemma);
    }
    if (!t.isNoun() || t.isProperNoun()) {
      return Optional.empty();
    }
    return description(context, s, head, lemma);
  }

  private static Optional<Pick> pronoun(DiscourseContext context, Sentence s, int token, String lemma) {
    if (PERSON_PRONOUNS.contains(lemma)) {
      return context.lastPerson(s.index(), token, DiscourseContext::isPerson)
          .map(a -> new Pick(a.id(), "pronoun-person"));
    }
    if (GROUP_PRONOUNS.contains(lemma)) {
      return context.lastPerson(s.index(), token, a -> !DiscourseContext.isPerson(a) && a.country() != null)
          .map(a -> new Pick(a.id(), "pronoun-group"));
    }
    return Optional.empty();
  }

  /** "the minister", "the Baghdad government", "the police": an office holder or a state's institution. */
  private static Optional<Pick> description(DiscourseContext context, Sentence s, int token, String lemma) {
    boolean singular = "NN".equals(s.tokens().get(token).pos());
    if (singular) {
      Optional<Actor> holder = context.lastPerson(s.index(), token,
          a -> a.role() != null && List.of(a.role().toLowerCase(Locale.ROOT).split("[ -]+")).contains(lemma));
      if (holder.isPresent()) {
        return Optional.of(new Pick(holder.get().id(), "description-role"));
      }
    }
    Optional<String> sector = context.sectorOf(lemma);
    if (sector.isEmpty()) {
      return Optional.empty();
    }
    for (Dependency d : s.children(token)) {
      Optional<ActorMention> named = context.mentionAt(s.index(), d.dependent());
      String r = d.relation();
      boolean modifier = r.equals(COMPOUND) || r.equals(AMOD) || r.startsWith(NMOD);
      Actor a = named.map(n -> context.actor(n.actorId())).orElse(null);
      if (modifier && a != null && a.country() != null) {
        return Optional.of(new Pick(context.stateActor(a.country(), sector.get(), lemma).id(), "description-of-named"));
      }
    }
    return context.focusCountry(s.index(), token)
        .map(c -> new Pick(context.stateActor(c, sector.get(), lemma).id(), "description-in-focus"));
  }

  /** A relative pronoun stands for the noun its clause modifies ("the man who ..." is "the man"). */
  private static int antecedent(Sentence s, int token) {
    if (!RELATIVES.contains(s.tokens().get(token).lemmaLower())) {
      return token;
    }
    Dependency up = s.headArc(token);
    Dependency clause = up == null ? null : s.headArc(up.head());
    return clause != null && clause.relation().equals(ACL_RELCL) ? clause.head() : token;
  }

  /**
   * The words that name who acts for the predicate at {@code t}: its subject, the agent of a passive ("by X"), or the
   * possessor of an event noun ("Iraq's invasion"); -1 when the text names no doer.
   */
  static int doerOf(Sentence s, int t) {
    boolean noun = s.tokens().get(t).isNoun();
    for (Dependency d : s.children(t)) {
      String r = d.relation();
      if (!noun && r.equals(NSUBJ) || r.equals(OBL_AGENT) || noun && r.equals(NMOD_POSS)) {
        return d.dependent();
      }
      if ((r.equals(OBL) || r.equals(NMOD)) && ParseReadings.hasPreposition(s, d.dependent(), "by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The direct object of a verb predicate, or -1. */
  static int objectOf(Sentence s, int t) {
    if (!s.tokens().get(t).isVerb()) {
      return -1;
    }
    for (Dependency d : s.children(t)) {
      if (d.relation().equals(OBJ)) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static String word(Sentence s, int token) {
    return s.tokens().get(token).text();
  }

  private static Event with(Event e, String source, String target) {
    if (Objects.equals(source, e.source()) && Objects.equals(target, e.target())) {
      return e;
    }
    return new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), source, target,
        e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(), e.trigger(),
        e.confidence(), e.trace());
  }

  /** The sentence of an event's trigger and the trigger's syntactic head. */
  record Anchor(Sentence sentence, int token) {
    static Anchor of(AnnotatedArticle article, Event e) {
      if (e.trigger() == null || article.sentences().isEmpty()) {
        return null;
      }
      Sentence s = article.sentenceAt(e.trigger().start());
      if (s == null || s.dependencies().isEmpty()) {
        return null;
      }
      int first = -1;
      for (Token t : s.tokens()) {
        if (e.trigger().contains(t.span())) {
          Dependency up = s.headArc(t.index());
          boolean inside = up != null && up.head() >= 0 && e.trigger().contains(s.tokens().get(up.head()).span());
          if (!inside) {
            return new Anchor(s, t.index());
          }
          first = first < 0 ? t.index() : first;
        }
      }
      return first < 0 ? null : new Anchor(s, first);
    }
  }
}
