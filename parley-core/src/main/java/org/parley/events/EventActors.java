// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * Chooses an event's source and target among the actors its words name ({@link EventArguments} reads those), one
 * named step after another: the subject or the passive's agent, the actors inside an event noun's own phrase, the
 * claimant of a deed, a coordinated pair, the parties of the talks reported last, the speaker of a demand. Each step
 * that changes the pair is written into the trace. Joint manoeuvres also recode the event here (PLOVER: military
 * cooperation), as only the actors show them.
 */
final class EventActors extends TriggerReading {
  /** Forceful types: their deeds are reported even when another event names them. */
  private static final Set<EventType> FORCEFUL = CameoShifts.FORCEFUL;
  /** Subject pronouns that, in a clause a speaker reports, usually stand for the speaker ("X said it would ..."). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "he", "she", "we");
  /** Verbs of answering force with force: their act falls on whoever did the deed answered. */
  private static final Set<String> RESPONSES = Set.of("respond", "retaliate", "react", "reply");
  /** Verbs whose passive form states what its subject does ("is opposed to", "were engaged in"). */
  private static final Set<String> STATIVE_PASSIVES = Set.of("oppose", "engage", "involve", "commit", "prepare");

  private final ActorLayer actors;
  private final Parties parties;
  private final Steps st;
  private final int trigger;
  private final Entry e;
  private final int anchor;
  private final boolean noun;
  private final boolean copular;
  private final boolean lightVerb;
  private final boolean peacekeeping;
  private final Chain chain;
  private final String speaker;
  private final int subj;
  private final Stance stance;
  private final boolean demanded;
  private final boolean aimedAt; // driven into by a causative verb (CausativeObjectActs): done, not undergone

  EventType type; // the code, which joint manoeuvres change
  String cameo;
  String mode;
  String source;
  String target = null;
  /** Whether the anchor is a passive predicate. */
  boolean passive;
  /** Further subjects that each do the event on their own ("A and B signed separately"). */
  List<String> coSources = List.of();
  String coSourceRule = "each-on-its-own"; // the rule that made the co-sources act on their own
  String coLead; // the subject the co-sources are coordinated with: they act only while it stays the doer
  private List<String> subjectActors;

  EventActors(TriggerSyntax parse, ActorLayer actors, Parties parties, Shaping shaped, int trigger, Entry e,
              int anchor, boolean noun, boolean copular, Chain chain) {
    super(parse);
    this.actors = actors;
    this.parties = parties;
    this.st = shaped.st;
    this.trigger = trigger;
    this.e = e;
    this.anchor = anchor;
    this.noun = noun;
    this.copular = copular;
    this.lightVerb = shaped.lightVerb;
    this.peacekeeping = shaped.peacekeeping;
    this.chain = chain;
    this.speaker = shaped.speaker;
    this.subj = chain.decider >= 0 ? chain.decider : shaped.subj; // the decision's owner acts
    this.type = shaped.coding.type;
    this.cameo = shaped.coding.cameo;
    this.mode = shaped.coding.mode;
    this.stance = shaped.coding.stance;
    this.demanded = shaped.coding.demanded;
    this.aimedAt = shaped.coding.aimedAt;
  }

  /** Runs the steps in the order the trace shows them. */
  EventActors choose() {
    subjects();
    if (passive) {
      passiveActors();
    } else {
      activeActors();
    }
    recipient();
    if (noun && !lightVerb) {
      nounPhraseActors();
    } else if (lightVerb) {
      lightVerbActors();
    }
    if (noun || lightVerb) {
      messageSender();
    }
    claimsAndMarkers();
    pairs();
    positions();
    return this;
  }

  /** Whether the anchor is passive, the actors of its subject, and whether they manoeuvre jointly. */
  private void subjects() {
    passive = !aimedAt && tok.get(anchor).pos() != null && tok.get(anchor).pos().equals("VBN")
        && (ParseReadings.passiveHead(s, anchor) || parse.reducedPassive(anchor));
    if (passive && arguments.agentOf(anchor) < 0 && STATIVE_PASSIVES.contains(tok.get(anchor).lemmaLower())) {
      passive = false; // "X is opposed to the plan", "troops were engaged in fighting": X is who acts
    }
    subjectActors = subj >= 0 ? arguments.actorsIn(subj, speaker) : List.of();
    if (chain.decider >= 0) {
      String owner = DecisionNounOwnerActs.owner(parse, chain.decider, speaker);
      subjectActors = owner == null ? List.of() : List.of(owner);
      st.add(DecisionNounOwnerActs.NAME + " '" + parse.word(chain.decider) + "'",
          owner == null ? "no owner named" : "done by " + owner);
    }
    if (KinIsNotThePossessor.possessorOf(s, subj) >= 0) {
      st.add(KinIsNotThePossessor.NAME + " '" + parse.word(subj) + "'", "not done by '"
          + parse.word(KinIsNotThePossessor.possessorOf(s, subj)) + "'");
    }
    for (String place : arguments.placesOfAct(subj)) {
      st.add(PlaceOfTheActIsNoDoer.NAME + " '" + place + "'", "a place, not the doer");
    }
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
    if (type == EventType.MOBILIZE && (subjectActors.size() > 1 || parse.hasModifier(trigger, "joint")
        || noun && subj < 0 && arguments.contextActors(trigger).size() > 1)) {
      // PLOVER: joint manoeuvres of two forces are military cooperation; one country's drills are a show of force.
      // Two parties must be named: "three carriers and their escorts are stationed" coordinates one side's ships
      type = EventType.COOPERATE;
      cameo = "062";
      mode = null;
      st.add("joint-manoeuvres-are-cooperation", "COOPERATE 062");
    }
  }

  /**
   * Rule "recipient-is-target": for verbs that move people or things to a party (the lexicon's {@code recv}
   * frame), the party of the "to" phrase is the target, over a party named inside what is moved ("two suspects
   * in the port bombing were handed over to the tribunal").
   */
  private void recipient() {
    String to = e.frame().has(Flag.RECIPIENT_IS_TARGET) ? arguments.toPhrase(anchor) : null;
    if (to != null && !to.equals(source)) {
      target = to;
      st.actors("recipient-is-target", source, target);
    }
  }

  /** A passive: its agent acts, its subject undergoes the act. */
  private void passiveActors() {
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
  }

  /** An active predicate: its subject acts, or the group, antecedent, speaker or context standing for it. */
  private void activeActors() {
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
    if (subj >= 0 && ParseReadings.isRelative(tok.get(subj))) {
      source = arguments.actorOf(ParseReadings.relativeAntecedent(s, anchor), speaker);
    }
    st.actors("relative-antecedent", source, target);
    if (source == null && subj >= 0 && subjectActors.isEmpty()) {
      // "leaders of the opposition coalition agreed": the group the unnamed people belong to
      source = arguments.homeOf(subj);
    }
    st.actors("unnamed-people-of-a-group", source, target);
    if (source == null && speaker != null && subj >= 0 && chain.say >= 0
        && SPEAKER_PRONOUNS.contains(tok.get(subj).lemmaLower())) {
      source = speaker; // rule "speaker's pronoun": "the ministry said it rejects the plan"
    }
    st.actors("speakers-pronoun", source, target);
    if (source == null && !noun && parse.arc(anchor) != null && parse.arc(anchor).relation().equals(ACL)
        && tok.get(parse.arc(anchor).head()).isNoun() && "VBG".equals(tok.get(anchor).pos())) {
      // "issued a statement demanding ...": who issued it demands
      List<String> around = arguments.contextActors(anchor);
      source = around.isEmpty() ? null : around.get(0);
    }
    target = arguments.targetOf(anchor, trigger, source);
    st.actors(ObjectSharedByCoordinatedVerbs.of(s, anchor) < 0 ? "object-or-target-phrase"
        : "object-or-target-phrase, " + ObjectSharedByCoordinatedVerbs.NAME, source, target);
    int beside = target == null && type == EventType.CONSULT ? JointAppearance.framePhrase(s, anchor, e) : -1;
    if (beside >= 0) {
      // "appeared alongside the premier": the phrase the row requires names the other party
      String party = arguments.actorOf(beside, speaker);
      target = Objects.equals(party, source) ? null : party;
      st.actors(JointAppearance.NAME, source, target);
    }
    if (e.frame().has(Flag.REVERSED)) {
      // "Kyiv received arms from Berlin": the subject is given to; the party named as the origin gives
      String giver = arguments.fromPhrase(anchor);
      target = source;
      source = giver;
      st.actors("receiver-is-target", source, target);
    }
    if (target == null && !noun && parse.arc(anchor) != null && parse.arc(anchor).relation().equals(CONJ)
        && tok.get(parse.arc(anchor).head()).isVerb() && ParseReadings.child(s, anchor, NSUBJ) < 0) {
      // "stormed the town and killed twelve": the acts of one subject fall on the same party
      target = arguments.targetOf(parse.arc(anchor).head(), parse.arc(anchor).head(), source);
    }
    st.actors("conjoined-act-same-target", source, target);
  }

  /** An event noun: whom its own phrase and the clause around it name. */
  private void nounPhraseActors() {
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
    if (source == null) {
      source = MeansOfTheSubjectsAct.doer(parse, trigger, speaker, target);
      st.actors(MeansOfTheSubjectsAct.NAME, source, target);
    }
    int clause = source == null && target != null ? JointAppearance.clauseOf(s, trigger) : -1;
    if (clause >= 0) {
      // "at a news conference with X, the premier said": the speaker appears with X
      String beside = arguments.actorOf(arguments.subjectOf(clause), null);
      source = target.equals(beside) ? null : beside;
      st.actors(JointAppearance.NAME, source, target);
    }
    int infinitive = e.frame().has(Flag.INFINITIVE) ? EventLexicon.Frame.infinitiveOf(s, trigger) : -1;
    if (target == null && infinitive >= 0) {
      target = arguments.targetOf(infinitive, infinitive, source); // "Russia's proposal to hold talks with Kyiv"
    }
    st.actors(DecisionNounOwnerActs.TARGET, source, target);
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
    } else if (target == null && Mediation.byThirdParty(mode)) {
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
        && type != EventType.ASSAULT && parse.undertaken(trigger)) {
      // (troops "on alert" or "on patrol" are the force that is readied)
      // "arrived on a visit", "launched a mediation effort": the clause's subject makes the visit; not so for
      // force ("died of torture": the subject suffers it)
      List<String> around = arguments.contextActors(trigger);
      if (!around.isEmpty() && !around.get(0).equals(target)) {
        source = around.get(0);
      }
    }
    st.actors("undertaken-by-clause-subject", source, target);
  }

  /** Rule {@link MessageFromItsSender}: "ignored warnings from X": X warned, and warned whoever got the warnings. */
  private void messageSender() {
    String sender = MessageFromItsSender.senderOf(parse, trigger);
    if (sender != null) {
      String receiver = MessageFromItsSender.receiverOf(parse, trigger, speaker);
      source = sender;
      if (target == null || target.equals(sender)) {
        target = sender.equals(receiver) ? null : receiver;
      }
      if (target == null) {
        String about = MessageFromItsSender.contentSubjectOf(parse, trigger);
        target = sender.equals(about) ? null : about;
      }
      st.actors(MessageFromItsSender.NAME, source, target);
    }
  }

  /** A light verb's noun: whom the noun's own phrase names comes first. */
  private void lightVerbActors() {
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
    if (e.frame().has(Flag.INFINITIVE) && DecisionNounOwnerActs.RECEIVING.contains(tok.get(anchor).lemmaLower())
        && source != null) {
      // "the soldiers had orders to shoot", "the army received an order to withdraw": who is ordered
      target = source;
      source = arguments.fromPhrase(anchor);
      st.actors(DecisionNounOwnerActs.RECEIVER, source, target);
    }
  }

  /** The claimant of a deed, the announcer of an act, the subject of a shaping word. */
  private void claimsAndMarkers() {
    if (source == null && chain.say >= 0 && parse.claimOfDeed(lex[chain.say])) {
      source = speaker; // who claims the deed did it
    }
    st.actors("claimant-did-it", source, target);
    Dependency said = parse.arc(trigger);
    if (source == null && noun && !lightVerb && said != null && said.head() == chain.say
        && said.relation().equals(OBJ)) {
      source = speaker; // "Italy announced a suspension of flights": the announcer suspends them
    }
    st.actors("announcer-does-it", source, target);
    if (source == null && !chain.markers.isEmpty()) {
      source = arguments.actorOf(arguments.subjectOf(chain.markers.get(chain.markers.size() - 1)), speaker);
    }
    st.actors("subject-of-marker", source, target);
  }

  /** Subjects acting each on their own, a coordinated pair, the parties of the talks reported last. */
  private void pairs() {
    boolean mutual = EventMerger.SYMMETRIC.contains(type) && !Mediation.byThirdParty(mode)
        && (stance == null || stance == Stance.AGREED || stance == Stance.ACCEPT);
    int object = noun ? -1 : ParseReadings.child(s, anchor, OBJ);
    boolean coordinated = subjectActors.size() > 1 && !passive && arguments.coordinated(subj);
    boolean together = coordinated && !mutual && CoordinatedDoersActTogether.applies(s, subjectActors, source, target,
        object, Mediation.byThirdParty(mode));
    boolean separate = coordinated && (together || parse.eachOnItsOwn(anchor));
    coSources = separate ? subjectActors.subList(1, subjectActors.size()) : List.of();
    coLead = together ? subjectActors.get(0) : null;
    if (separate && target != null && subjectActors.contains(target)) {
      target = null; // "A and B met separately with C": each meets C, not the other
    }
    coSourceRule = together ? CoordinatedDoersActTogether.NAME : "each-on-its-own";
    int by = passive ? arguments.agentOf(anchor) : -1;
    List<String> agents = by >= 0 ? arguments.actorsIn(by, speaker) : List.of();
    if (agents.size() > 1 && agents.get(0).equals(source)) { // "was condemned by A and B": each condemns it
      coSources = agents.subList(1, agents.size());
      coLead = source;
      coSourceRule = CoordinatedDoersActTogether.NAME;
    }
    st.actors(coSourceRule, source, target);
    // "A and B will join the alliance": the alliance both join stays the target, not the partner
    boolean objectIsTarget = target != null && object >= 0 && target.equals(arguments.namedAt(object));
    // "Kenyan and Ugandan troops guard the airport": one body's adjectives act on the object, not on each other
    boolean actOnObject = !mutual && object >= 0 && subj >= 0 && ParseReadings.child(s, subj, CONJ) < 0;
    if (!separate && !actOnObject && subjectActors.size() > 1
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
      st.add(OtherDoerIsNotTheTalksParties.NAME + " '" + parse.word(doer) + "'", "no stand-in parties");
    } else if (mutual && source == null && target == null && parties.known() && speaker == null) {
      // "the talks ended without an agreement", "no deal was reached": the parties of the talks reported
      source = parties.first;
      target = parties.second;
    }
    st.actors("parties-of-last-talks", source, target);
  }

  /** The speaker's position on a claim, a demand of the speaker, a mediator between the parties. */
  private void positions() {
    if (e.frame().has(Flag.NEGATION_ONLY) || parse.inverted(e, type)) {
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
    if (Mediation.byThirdParty(mode)) {
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
  }

  /**
   * Rule "own side": forces readied are the source's own, not whom they face ("the army massed its troops"), and
   * a government's leader signing papers of that same government ("the president signed his capital's accession
   * papers") signs with no one; a leader's concessions to the country's people keep their target.
   */
  boolean ownSide(EventType type, String cameo, String source, String target) {
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

}
