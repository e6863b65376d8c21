// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.quotes.Quote;

/**
 * How the words above and around a trigger shape its event, read in the order the trace shows them: whose claim it
 * is (a speech verb, a quotation), how often it is negated, whether markers ("failed to", "plans to", "open to") and
 * modals make it intended, obliged or hypothetical; then the code rules that reshape its code.
 * The result is the event's {@link Coding} and the first steps of its trace; {@link EventActors} goes on from there.
 */
final class Shaping extends TriggerReading {
  private final ModalReading modals;
  private final int trigger;
  private final Entry e;
  private final int anchor;
  private final boolean noun;
  private final Chain chain;

  /** The code as the rules decide it. */
  final Coding coding;
  /** The trace so far. */
  final Steps st;
  /** A noun the anchor is a light verb of ("launched an attack"). */
  final boolean lightVerb;
  /** The forces moved are peacekeepers. */
  final boolean peacekeeping;
  /** Who speaks, when the event is someone's claim; or null. */
  String speaker;
  /** The subject of the anchor, or -1. */
  int subj;

  private int negs;
  private boolean intend;
  private boolean open;
  private boolean hypothetical;
  private boolean obligedMarker;
  private boolean obliged;
  private boolean needed;
  private boolean dropped;
  private boolean plannedPurpose;

  Shaping(TriggerSyntax parse, ModalReading modals, Trace origin, int trigger, Entry e, int anchor, boolean noun,
          boolean copular, Chain chain) {
    super(parse);
    this.modals = modals;
    this.trigger = trigger;
    this.e = e;
    this.anchor = anchor;
    this.noun = noun;
    this.chain = chain;
    coding = new Coding(e.type(), e.cameo(), e.mode(), e.stance());
    coding.anyAct = e.origin().equals("rule " + ObligationOnAnotherParty.NAME);
    lightVerb = anchor != trigger && !copular;
    st = new Steps(origin);
    peacekeeping = coding.type == EventType.MOBILIZE && parse.peacekeepers(anchor, trigger);
    retype(Retyping.PEACEKEEPERS_ARE_AID, peacekeeping);
  }

  /** Reads it all, in trace order, and runs the code rules. */
  Shaping read(Quote quote) {
    speaker(quote);
    negations();
    causedInto();
    markers();
    modals();
    plannedOrPossible();
    decide();
    return this;
  }

  /** Who speaks, when the event is someone's claim. */
  private void speaker(Quote quote) {
    speaker = null;
    if (chain.say >= 0) {
      speaker = arguments.actorOf(arguments.subjectOf(chain.say), null);
      if (chain.splitComplement) {
        st.add(SplitComplementOfSpeech.NAME, "complement of '" + parse.word(chain.say) + "'");
      }
      st.add("speech-verb '" + parse.word(chain.say) + "'",
          speaker == null ? "someone's claim" : "claim of " + speaker);
    }
        if (speaker == null && quote != null && quote.speakerId() != null) {
      speaker = quote.speakerId();
      st.add("inside-quotation", "claim of " + speaker);
    }
  }

  /** Negations on the anchor, the trigger and the subject, and the frame's own. */
  private void negations() {
    negs = ParseReadings.negations(s, anchor) + (lightVerb ? ParseReadings.negations(s, trigger) : 0);
    if (negs > 0) {
      st.add("negation", negs + " on '" + parse.word(anchor) + "'");
    }
    if (noun && ParseReadings.hasNoDeterminer(s, trigger)) {
      negs++;
      st.add("determiner 'no'", "negates");
    }
    if (noun && ParseReadings.hasCase(s, trigger, "without")) {
      negs++;
      st.add("'without'", "negates");
    }
    Dependency th = parse.arc(trigger);
    if (noun && th != null && tok.get(th.head()).lemmaLower().equals("lack")) {
      negs++;
      st.add("'lack'", "negates");
    }
    subj = arguments.subjectOf(anchor);
    if (subj >= 0 && subj != chain.decider && ParseReadings.hasNoDeterminer(s, subj)) { // "no plans to": the marker's
      negs++;
      st.add("subject with 'no'", "negates");
    }
    if (e.frame().has(Flag.NEGATION_ONLY)) {
      negs--;
      st.add("negation-only-frame", "one negation is the frame's own");
    }
  }

  /** Rule {@link CausativeObjectActs}: "pressured the rebels into signing": the rebels sign, if they do. */
  private void causedInto() {
    int doer = CausativeObjectActs.doerOf(s, trigger);
    if (doer >= 0) {
      subj = doer;
      coding.aimedAt = true; // intended, but no intent of the doer's own: no offer or threat is read from it
      st.add(CausativeObjectActs.NAME + " '" + parse.word(doer) + "'", "done by the object, intended");
    }
  }

  /** The shaping words above the event ("failed to", "plans to", "open to", "no longer seeking"). */
  private void markers() {
    if (chain.reportedPast >= 0) {
      st.add(DecisionNounOwnerActs.REPORTED, "a deed, not only what '" + parse.word(chain.reportedPast) + "' names");
    }
    dropped = ParseReadings.noLonger(s, anchor)
        && (coding.type == EventType.REQUEST || coding.type == EventType.CONCEDE);
    for (int m : chain.markers) {
      Kind k = lex[m].kind();
      st.add("marker '" + parse.word(m) + "'", k.name().toLowerCase(java.util.Locale.ROOT));
      negs += ParseReadings.negations(s, m);
      if (ParseReadings.negations(s, m) > 0) {
        st.add("negation", ParseReadings.negations(s, m) + " on '" + parse.word(m) + "'");
      }
      if (ParseReadings.hasNoDeterminer(s, m)) {
        negs++;
        st.add("determiner 'no' on '" + parse.word(m) + "'", "negates");
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
      if ((k == Kind.INTEND || k == Kind.OPEN) && ParseReadings.noLonger(s, m)) {
        dropped = true;
        st.add("'no longer' on '" + parse.word(m) + "'", "aim given up");
      }
      if (modals.conditional(m) || modals.possibleModal(m)) {
        hypothetical = true;
        st.add("condition or 'may' on '" + parse.word(m) + "'", "hypothetical");
      }
      if (modals.plannedModal(m)) {
        intend = true; // "will begin to withdraw": the withdrawal is planned
        st.add("modal on '" + parse.word(m) + "'", "intended");
      }
      obligedMarker |= ParseReadings.auxiliaries(s, m).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x));
    }
  }

  /** The plain verbs the event is the purpose of, and the anchor's own modals, conditions and questions. */
  private void modals() {
        for (int m : chain.purposes) {
      obligedMarker |= ParseReadings.auxiliaries(s, m).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x));
      // "will send a team to help identify the victims": the help is as planned as the sending
      plannedPurpose |= ParseReadings.auxiliaries(s, m).stream().anyMatch(x -> Set.of("will", "shall", "'ll").contains(x));
      // "could break the law by attacking", "might send troops to seize the port": only possible
      hypothetical |= modals.possibleModal(m) || modals.sharedAuxiliaries(m).contains("would");
    }
    obliged = obligedMarker; // "must be ready to mediate" obliges as much as "must mediate"
    if (plannedPurpose) {
      st.add("purpose-of-planned-act", "intended"); // "will send a team to help identify the victims"
    }
    for (String aux : modals.sharedAuxiliaries(anchor)) {
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
    if (modals.conditional(anchor)) {
      hypothetical = true;
      st.add("condition", "hypothetical");
    } else if (modals.modalSubject(trigger, noun, lightVerb)) {
      hypothetical = true;
      st.add("modal-subject", "hypothetical");
    } else if (modals.inQuestion(anchor)) {
      hypothetical = true;
      st.add("question", "hypothetical");
    }
  }

  /** A planned or possible act named by the noun's adjective ("the planned withdrawal", "a possible strike"). */
  private void plannedOrPossible() {
    if (noun) {
      for (int m : ParseReadings.children(s, trigger, AMOD)) {
        switch (PlannedOrPossibleAct.of(tok.get(m).lemmaLower(), tok.get(m).pos())) {
          case INTENDED -> {
            intend = true;
            st.add(PlannedOrPossibleAct.NAME + " '" + parse.word(m) + "'", "intended");
          }
          case HYPOTHETICAL -> {
            hypothetical = true;
            st.add(PlannedOrPossibleAct.NAME + " '" + parse.word(m) + "'", "hypothetical");
          }
          default -> { }
        }
      }
    }
  }

  /** The polarity and modality the readings give, then the code rules. */
  private void decide() {
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
    codeRules(obliged || coding.anyAct || modals.obligedAbove(anchor, chain.say), needed);
  }

  /**
   * The rules that reshape an event's code, in the order they fire; each that fires is named in the trace. The
   * syntactic readings they need are taken here, from the sentence; the rules only decide.
   */
  private void codeRules(boolean obligation, boolean needed) {
    boolean saysWhat = coding.type == EventType.PROTEST && tok.get(anchor).isVerb() && anchor == trigger
        && (ParseReadings.child(s, anchor, CCOMP) >= 0 || ParseReadings.relation(s, anchor).equals(PARATAXIS));
    retype(Retyping.PROTEST_IN_WORDS_IS_ACCUSATION, saysWhat);
    if (ProtestForADemand.apply(coding, coding.type == EventType.PROTEST && parse.statesADemand(trigger, anchor))) {
      st.add(ProtestForADemand.NAME, "stance demand");
    }
    if (AimGivenUpIsConcession.apply(coding)) {
      st.add(AimGivenUpIsConcession.NAME, coding.code() + ", positive");
    }
    int content = parse.contentEvent(anchor, trigger);
    coding.selfIntent = coding.stance == Stance.OFFER || coding.type == EventType.THREATEN;
    if (content >= 0 && ContentRefinesCode.apply(coding, lex[content].type(), lex[content].mode())) {
      st.add(ContentRefinesCode.NAME + " '" + parse.word(content) + "' " + lex[content].type(), coding.code());
    }
    boolean mayIf = modals.conditional(anchor) && ParseReadings.auxiliaries(s, anchor).stream()
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
    if (ActUnlessIsThreat.apply(coding, () -> modals.unless(anchor, chain), e.type())) {
      st.add(ActUnlessIsThreat.NAME, coding.code() + ", intended");
    }
    if (ReportedObligationIsDemand.apply(coding, obligation, chain.say >= 0)) {
      st.add(ReportedObligationIsDemand.NAME, coding.code());
    }
    if (NeededByNobodyIsHypothetical.apply(coding, needed)) {
      st.add(NeededByNobodyIsHypothetical.NAME, "hypothetical");
    }
  }

  private void retype(Retyping retyping, boolean reads) {
    if (retyping.apply(coding, reads)) {
      st.add(retyping.rule, coding.code());
    }
  }
}
