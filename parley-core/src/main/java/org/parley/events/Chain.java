// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * What lies above an event: the event containing it, shaping words, and the speaker. Found by climbing the parse
 * from the event's anchor along the relations its content hangs by, until a word absorbs the event (it is that
 * word's content, purpose or message), a speech verb reports it, or the clause chain ends.
 */
final class Chain extends TriggerReading {
  /** Forceful types: their deeds are reported even when another event names them. */
  private static final Set<EventType> FORCEFUL = CameoShifts.FORCEFUL;

  Integer absorbedBy;
  final List<Integer> markers = new ArrayList<>();
  /** Plain verbs whose complement or purpose the event is ("must ensure security to allow ..."). */
  final List<Integer> purposes = new ArrayList<>();
  int say = -1;
  int top;
  /** The deciding noun whose infinitive the event is ("the decision to expel"), or -1. */
  int decider = -1;
  /** The event is the complement of {@link #say} the parser split off ({@link SplitComplementOfSpeech}). */
  boolean splitComplement;

  private final int trigger;
  private final int anchor;
  /** "condemned the shelling by the army": a deed with its own doer is reported too, not only condemned. */
  private final boolean ownAgent;
  /**
   * Rule {@value DecisionNounOwnerActs#REPORTED}: "condemned Washington's decision to expel two diplomats": force its
   * owner decided is reported too, not only condemned, as a deed with its own doer is.
   */
  private boolean decidedByOwner;
  /** The event word that names the decision and, by that rule, does not absorb the act; or -1. */
  int reportedPast = -1;
  /** Shaping words only apply while the path stays on the event's own clause chain. */
  private boolean shaping = true;

  private Chain(TriggerSyntax parse, int trigger, int anchor) {
    super(parse);
    this.trigger = trigger;
    this.anchor = anchor;
    this.ownAgent = tok.get(trigger).isNoun() && parse.arguments.agentOf(trigger) >= 0
        && FORCEFUL.contains(lex[trigger].type());
  }

  /** The chain above the event triggered at {@code trigger} and anchored at {@code anchor}. */
  static Chain climb(TriggerSyntax parse, int trigger, int anchor) {
    Chain c = new Chain(parse, trigger, anchor);
    c.climb();
    return c;
  }

  private void climb() {
    int cur = anchor;
    for (int guard = 0; guard < tok.size(); guard++) {
      Dependency d = parse.arc(cur);
      int misattached = guard == 0 ? DecisionNounOwnerActs.misattachedNounOf(parse, cur) : -1;
      if (misattached >= 0) {
        d = new Dependency(misattached, cur, ACL); // "the decision to expel" read as the decision expelling
      }
      if (guard == 0 && d != null
          && DecisionNounOwnerActs.infinitiveOf(lex[d.head()], tok.get(d.head()).isNoun(), d.relation())) {
        this.decider = d.head();
      }
      if (d == null) {
        break;
      }
      String rel = d.relation();
      int h = d.head();
      if (rel.equals(CONJ)) {
        cur = h; // a conjunct sits where its first conjunct sits
        continue;
      }
      if (rel.equals(DEP) && ParseReadings.relation(s, h).equals(OBL_TMOD) && tok.get(cur).isNoun()) {
        cur = h; // "rejected Thursday an appeal for talks": parsers hang the object on the weekday
        continue;
      }
      if (SplitComplementOfSpeech.lostSubject(s, cur, lex[h] != null && lex[h].kind() == Kind.SAY) >= 0) {
        say = h; // "feels the rebels must withdraw" parsed as "feels the rebels" + a loose "withdraw"
        top = h;
        splitComplement = true;
        return;
      }
      // "blocked roads, demanding that ...": parsers often hang such a participle as a bare dependent
      boolean elaborates = parse.participle(cur) && (rel.equals(ADVCL) && parse.isEventAnchor(h)
          || rel.equals(DEP) && parse.protestAnchor(h));
      // "denied shelling the village": parsers often hang an act's gerund object as a bare dependent
      boolean gerundObject = parse.participle(cur) && rel.equals(DEP) && lex[h] != null
          && lex[h].kind() == Kind.EVENT;
      if (!(TriggerSyntax.CONTENT.contains(d.baseRelation()) || TriggerSyntax.CONTENT.contains(rel) || elaborates
          || gerundObject)
          || rel.equals(ACL_RELCL)
          || (rel.equals(ADVCL) && !Set.of("of", "to", "for", "by").contains(ParseReadings.caseOf(s, cur))
              && !elaborates)) {
        if (rel.equals(PARATAXIS) && lex[h] != null && lex[h].kind() == Kind.SAY) {
          say = h;
        }
        break;
      }
      boolean participleOnNoun = parse.participle(cur) && tok.get(h).isNoun() && lex[h] == null
          && lex[trigger].type() == EventType.PROTEST;
      if (CauseIsAnEventOfItsOwn.applies(rel, ParseReadings.caseOf(s, cur), participleOnNoun)) {
        break; // "closed the border because of fighting": the fighting is news of its own
      }
      if (cur == trigger && CausativeObjectActs.doerOf(s, cur) >= 0) {
        break; // "were pressured into signing": the signing is the rebels' act, not what the pressure asks
      }
      if (endsAt(cur, rel, h, elaborates)) {
        return;
      }
      note(cur, rel, h);
      cur = h;
    }
    top = cur;
    if (say < 0) {
      for (Dependency d : s.children(cur)) {
        if (d.relation().equals(PARATAXIS) && lex[d.dependent()] != null
            && lex[d.dependent()].kind() == Kind.SAY) {
          say = d.dependent();
        }
      }
    }
  }

  /** Whether word {@code h}, above {@code cur}, ends the climb: it absorbs the event, or reports it. */
  private boolean endsAt(int cur, String rel, int h, boolean elaborates) {
    Entry he = lex[h];
    // (a protest in the purpose clause stays: "began a strike to protest X's failure" names whom it is against)
    boolean aspectOfProtest = he != null && he.kind() == Kind.ASPECT && parse.protestAnchor(h)
        && lex[trigger].type() != EventType.PROTEST;
    if ((he == null || aspectOfProtest) && h != anchor && parse.isEventAnchor(h)
        && (rel.equals(ADVCL) || rel.equals(XCOMP) || elaborates)) {
      // "staged rallies to demand reforms", "began a hunger strike to demand": the demand is what the
      // rallies are for
      absorbedBy = h;
      return true;
    }
    if (he != null && he.kind() == Kind.SAY && parse.protestSlogan(h)) {
      absorbedBy = h; // "rallied outside parliament, saying the cabinet must go": the protest's message
      return true;
    }
    if (he == null || h == trigger) {
      return false;
    }
    switch (he.kind()) {
      case EVENT -> {
        if (parse.claimOfDeed(he) && FORCEFUL.contains(lex[trigger].type())) {
          // "claimed responsibility for the ambush": the ambush happened, and the claim names its doer
          say = h;
          top = h;
          return true;
        }
        if (cur == trigger && parse.reducedPassive(trigger)) {
          top = cur; // "talks mediated by Kenya": the mediation is an act of its own, not the talks' content
          return true;
        }
        if (JourneyAbroadIsVisit.journey(he)) {
          return false; // "flew to Moscow to sign the treaty": the signing is an act of its own, not the journey's
        }
        if (!ownAgent && !decidedByOwner && !rel.equals(CONJ) && !rel.equals(APPOS)) {
          absorbedBy = h;
          return true;
        }
        if (decidedByOwner && !ownAgent && !rel.equals(CONJ) && !rel.equals(APPOS)) {
          reportedPast = h;
        }
      }
      case NONE -> {
        absorbedBy = h;
        return true;
      }
      case SAY -> {
        // "announced its decision to free the prisoners" reports the freeing as "announced it decided to" does
        if (rel.equals(CCOMP) || rel.equals(XCOMP) || rel.equals(PARATAXIS) || rel.equals(ADVCL)
            || rel.equals(OBJ) && markers.contains(cur) && tok.get(cur).isNoun()) {
          say = h;
          top = h;
          return true;
        }
      }
      default -> { }
    }
    return false;
  }

  /** Notes word {@code h} above {@code cur} as a shaping word or a plain verb the event is the purpose of. */
  private void note(int cur, String rel, int h) {
    Entry he = lex[h];
    if (he != null && h != trigger) {
      if (he.kind() != Kind.EVENT && he.kind() != Kind.NONE && he.kind() != Kind.SAY) {
        boolean ofNoun = tok.get(h).isNoun() && (rel.startsWith(NMOD) || rel.equals(ACL))
            && (he.kind() == Kind.POSSIBLE || he.kind() == Kind.NEED) // "the option of a strike"
            || DecisionNounOwnerActs.infinitiveOf(he, tok.get(h).isNoun(), rel); // "the decision to expel"
        if (shaping && (rel.equals(XCOMP) || rel.equals(CCOMP) || rel.startsWith(OBL) || ofNoun
            || rel.equals(ADVCL) || rel.equals(OBJ) && tok.get(cur).isVerb())) { // "considering sending"
          markers.add(h);
          decidedByOwner |= lex[trigger] != null && DecisionNounOwnerActs.reported(parse, h, lex[trigger].type());
        }
      }
    } else if (he == null && tok.get(h).isVerb() && h != anchor && shaping && parse.meansClause(cur, rel)) {
      purposes.add(h); // "would break the law by attacking": the attack is as certain as the breach
    } else if (he == null && tok.get(h).isVerb() && h != anchor && !Set.of(XCOMP, CCOMP, ADVCL).contains(rel)) {
      shaping = false; // "failed to resolve the war at the talks": the failure is not the talks'
    } else if (he == null && tok.get(h).isVerb() && h != anchor && shaping
        && (rel.equals(XCOMP) || rel.equals(ADVCL) && ParseReadings.caseOf(s, cur).equals("to"))) {
      purposes.add(h); // "must ensure security to allow supplies in": the act is what the obligation is for
    }
  }
}
