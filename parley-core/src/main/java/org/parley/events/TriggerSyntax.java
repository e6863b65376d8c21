// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * One sentence's parse as the event coder reads it: the dependency tree, the lexicon's entry of each word, and the
 * questions about a trigger's clause that several steps of the coder ask (is this word an event, a bare participle,
 * the object of a light verb, a protest ...). The readings built on it ({@link SceneSetting}, {@link ModalReading},
 * {@link NoDeedReported}, {@link Chain}) share this one reading of the sentence.
 */
final class TriggerSyntax {
  /** Relations along which an event's content hangs under it. */
  static final Set<String> CONTENT = Set.of(XCOMP, CCOMP, OBJ, IOBJ, OBL, NMOD, ACL, ADVCL,
      COMPOUND, CONJ, APPOS, NSUBJ_PASS);
  /** Words saying coordinated subjects act each on their own, not with each other. */
  private static final Set<String> SEPARATELY = Set.of("separately", "respective", "respectively", "simultaneous",
      "simultaneously", "individually", "independently");

  /** Nouns of a "for" phrase that say how long, not what for ("blocked the bridge for hours"). */
  private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "night", "week", "month", "year",
      "decade", "while");

  final Sentence s;
  final List<Token> tok;
  /** The lexicon's entry for each token of the sentence, or null. */
  final Entry[] lex;
  /** Reads the actors the sentence's words name: subjects, agents, objects, targets. */
  final EventArguments arguments;

  TriggerSyntax(Sentence s, Entry[] lex, EventArguments arguments) {
    this.s = s;
    this.tok = s.tokens();
    this.lex = lex;
    this.arguments = arguments;
  }

  /** The arc governing {@code i}, or null at the root. */
  Dependency arc(int i) {
    return ParseReadings.arc(s, i);
  }

  boolean isEvent(int i) {
    return i >= 0 && lex[i] != null && lex[i].kind() == Kind.EVENT;
  }

  String word(int i) {
    return tok.get(i).text();
  }

  /** A bare participle clause ("..., calling for independence") elaborating the clause it hangs from. */
  boolean participle(int i) {
    return ParseReadings.caseOf(s, i).isEmpty() && "VBG".equals(tok.get(i).pos());
  }

  /** Whether say-verb {@code say} is a bare participle elaborating a protest ("rallied, saying ..."). */
  boolean protestSlogan(int say) {
    Dependency d = arc(say);
    if (d == null || !participle(say) || !Set.of(ADVCL, DEP, XCOMP).contains(d.relation())) {
      return false;
    }
    return protestAnchor(d.head());
  }

  /** Whether {@code h} is a protest predicate or a verb whose object is a protest ("began a hunger strike"). */
  boolean protestAnchor(int h) {
    if (isEvent(h)) {
      return lex[h].type() == EventType.PROTEST;
    }
    for (Dependency c : s.children(h)) {
      if (c.relation().equals(OBJ) && isEvent(c.dependent()) && lex[c.dependent()].type() == EventType.PROTEST) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code i} is an event word or a verb whose object is one ("staged a protest"). */
  boolean isEventAnchor(int i) {
    if (isEvent(i)) {
      return true;
    }
    if (!tok.get(i).isVerb()) {
      return false;
    }
    for (Dependency d : s.children(i)) {
      if ((d.relation().equals(OBJ) || d.relation().equals(IOBJ)) && isEvent(d.dependent())
          && tok.get(d.dependent()).isNoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether verb {@code i} only frames another act: an event in its clausal complement ("must agree to withdraw"),
   * or an event word as its object ("must allow the withdrawal"). A thing named as its object is no act of its
   * own, even with an event inside it ("respect the border agreed in 1994").
   */
  boolean actBelow(int i) {
    for (Dependency d : s.children(i)) {
      if (Set.of(XCOMP, CCOMP).contains(d.baseRelation())) {
        for (int k : s.subtree(d.dependent())) {
          if (isEvent(k)) {
            return true;
          }
        }
      } else if (Set.of(OBJ, OBL).contains(d.baseRelation()) && isEvent(d.dependent())) {
        return true;
      }
    }
    return false;
  }

  boolean hasEventBelow(int i) {
    for (Dependency d : s.children(i)) {
      if (Set.of(XCOMP, CCOMP, OBL, OBJ).contains(d.baseRelation())) {
        for (int k : s.subtree(d.dependent())) {
          if (isEvent(k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code i} has an adjective or compound modifier with lemma {@code lemma} ("joint drills"). */
  boolean hasModifier(int i, String lemma) {
    for (Dependency d : s.children(i)) {
      if ((d.relation().equals(AMOD) || d.relation().equals(COMPOUND))
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
  boolean lightVerbObject(int i) {
    Dependency d = arc(i);
    return tok.get(i).isNoun() && d != null && (d.relation().equals(OBJ) || d.is(OBL)
        && Set.of("to", "into", "under").contains(ParseReadings.caseOf(s, i))) && tok.get(d.head()).isVerb()
        && !isEvent(d.head());
  }

  /**
   * Whether event noun {@code n} is what its clause's subject undertakes: the object ("launched a mediation
   * effort") or "on" phrase ("arrived on a visit") of a predicate, not a time or topic phrase ("prior to the
   * meeting").
   */
  boolean undertaken(int n) {
    Dependency d = arc(n);
    if (d != null && d.relation().equals(COMPOUND)) {
      n = d.head();
      d = arc(n);
    }
    if (d == null || !tok.get(d.head()).isVerb() || lex[d.head()] != null && lex[d.head()].kind() == Kind.SAY) {
      return false;
    }
    return d.relation().equals(OBJ) || d.is(OBL) && ParseReadings.caseOf(s, n).equals("on");
  }

  /** Whether a lexicon word (an event or a shaping word) governs {@code i} as its content. */
  boolean underTrigger(int i) {
    Dependency h = arc(i);
    if (h == null || !CONTENT.contains(h.baseRelation()) || lex[h.head()] == null) {
      return false;
    }
    Kind k = lex[h.head()].kind();
    // "the option of patrols" uses no patrols: possibility and need words declare nothing
    return k != Kind.SAY && k != Kind.NONE && k != Kind.POSSIBLE && k != Kind.NEED;
  }

  /** Whether entry {@code e} claims or admits responsibility (CAMEO 015) for the deed it governs. */
  boolean claimOfDeed(Entry e) {
    return e != null && e.kind() == Kind.EVENT && "015".equals(e.cameo());
  }

  /** A participle with its own "by" agent modifying a noun: "talks mediated by Kenya", "the first mediated by C". */
  boolean reducedPassive(int i) {
    String rel = ParseReadings.relation(s, i);
    return "VBN".equals(tok.get(i).pos()) && (rel.equals(ACL) || rel.equals(DEP)) && arguments.agentOf(i) >= 0;
  }

  /** A gerund clause saying by what means its head is done ("would break the law by attacking"). */
  boolean meansClause(int i, String rel) {
    return (rel.equals(OBL) || rel.equals(ADVCL)) && "VBG".equals(tok.get(i).pos())
        && ParseReadings.caseOf(s, i).equals("by");
  }

  /**
   * Rule {@link ProtestForADemand}: whether the protest at {@code trigger} (or its verb {@code anchor}) is held for
   * something: a "for" phrase ("a rally for his release") or a clause of demanding hanging on it ("marchers calling
   * for", "rallied to demand").
   */
  boolean statesADemand(int trigger, int anchor) {
    for (int at : new int[] {trigger, anchor}) {
      for (Dependency d : s.children(at)) {
        int c = d.dependent();
        boolean demanding = (d.is(ACL) || d.is(ADVCL) || d.is(XCOMP)) && isEvent(c)
            && lex[c].type() == EventType.REQUEST;
        boolean forWhat = (d.is(OBL) || d.is(NMOD)) && ParseReadings.caseOf(s, c).equals("for") && tok.get(c).isNoun()
            && !TIME_UNITS.contains(tok.get(c).lemmaLower()) && ParseReadings.child(s, c, NUMMOD) < 0;
        if (demanding || forWhat) { // "for three hours" says how long, not what for
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether participle {@code i} of a protest verb describes a party ("several thousand rallying scientists",
   * "protesting farmers"): unlike "the rejecting side", it reports the party's protest.
   */
  boolean protestingParty(int i, EventType type) {
    Dependency d = arc(i);
    return type == EventType.PROTEST && d != null && d.head() >= 0 && arguments.namedAt(d.head()) != null;
  }

  /** An event word in the content of {@code anchor} (its complement clause or object), or -1. */
  int contentEvent(int anchor, int trigger) {
    int infinitive = isEvent(anchor) && lex[anchor].frame().has(Flag.INFINITIVE)
        ? EventLexicon.Frame.infinitiveOf(s, anchor) : -1;
    if (infinitive >= 0) {
      for (int k : s.subtree(infinitive)) { // "Russia's proposal to hold talks": the talks are what is offered
        if (isEvent(k) && k != trigger && lex[k].type() != null) {
          return k;
        }
      }
    }
    for (Dependency d : s.children(anchor)) {
      String rel = d.baseRelation();
      if (Set.of(XCOMP, CCOMP, OBJ, OBL, ADVCL).contains(rel) && d.dependent() != trigger) {
        for (int k : s.subtree(d.dependent())) {
          if (isEvent(k) && k != trigger && lex[k].type() != null) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  int clauseDepth(int i) {
    int depth = 0;
    int cur = i;
    for (int guard = 0; guard < tok.size(); guard++) {
      Dependency d = arc(cur);
      if (d == null) {
        break;
      }
      if (Set.of(CCOMP, XCOMP, ADVCL, PARATAXIS, ACL, CSUBJ).contains(d.baseRelation())) {
        depth++;
      }
      cur = d.head();
    }
    return depth;
  }

  /**
   * Rule "each on its own": coordinated subjects acting "separately", "simultaneously" or in their "respective"
   * capitals do the act each for itself, not with each other ("A and B met separately with the envoy").
   */
  boolean eachOnItsOwn(int anchor) {
    for (int k : s.subtree(anchor)) {
      if (SEPARATELY.contains(tok.get(k).lemmaLower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the forces moved by {@code anchor} or named by event noun {@code trigger} are peacekeepers. */
  boolean peacekeepers(int anchor, int trigger) {
    for (int h : anchor == trigger ? List.of(anchor) : List.of(anchor, trigger)) {
      for (Dependency d : s.children(h)) {
        String rel = d.baseRelation();
        if (rel.equals(OBJ) || rel.equals(NMOD) || rel.equals(OBL) || rel.equals(COMPOUND)) {
          for (int k : ParseReadings.phrase(s, d.dependent())) {
            if (tok.get(k).lemmaLower().startsWith("peacekeep")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether a word reporting a falsehood ("fake", "fabricated") is coded from the speaker's side. */
  boolean inverted(Entry e, EventType type) {
    return type == EventType.ACCUSE && (e.pos() == EventLexicon.Pos.A || e.lemma().equals("fabricate")
        || e.pos() == EventLexicon.Pos.N && Set.of("propaganda", "disinformation", "lie").contains(e.lemma()));
  }
}
