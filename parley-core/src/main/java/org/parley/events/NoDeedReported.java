// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Frame.Flag;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * The readings that make a trigger word name something other than a deed the sentence reports: a label ("called
 * the vote a provocation"), a need, the topic of a statement, a question, a wanted person, what a copular "priority"
 * asks for, a warning of danger. The coder drops such a candidate under the rule's name, which the trace shows.
 */
final class NoDeedReported extends TriggerReading {
  NoDeedReported(TriggerSyntax parse) {
    super(parse);
  }

  /**
   * Rule "naming is not doing": an event noun that characterises something else, in an "as" phrase or as a
   * secondary predicate ("described the detention as a kidnapping", "called the vote a provocation"), is the
   * speaker's label, not a deed the sentence reports.
   */
  boolean characterisation(int i) {
    Dependency d = parse.arc(i);
    return tok.get(i).isNoun() && d != null && (d.relation().equals(XCOMP)
        || (d.is(OBL) || d.is(NMOD)) && ParseReadings.caseOf(s, i).equals("as"));
  }

  /**
   * Rule "a need is no deed": an event noun (or a conjunct of one) that is the subject of "essential", "necessary"
   * and the like ("the arrest of the gunmen is essential") is asked for; nobody has been arrested.
   */
  boolean neededSubject(int i) {
    int cur = i;
    Dependency d = parse.arc(cur);
    for (int guard = 0; d != null && d.relation().equals(CONJ) && guard < tok.size(); guard++) {
      cur = d.head();
      d = parse.arc(cur);
    }
    return tok.get(i).isNoun() && d != null && d.relation().startsWith(NSUBJ) && lex[d.head()] != null
        && lex[d.head()].kind() == Kind.NEED;
  }

  /**
   * Rule "topic of speech": an event noun that is only what a statement is about ("did not comment on the air
   * strikes") is reported by the statement's author, not done by them; the article reports the deed elsewhere.
   */
  boolean speechTopic(int i) {
    Dependency d = parse.arc(i);
    boolean nominal = tok.get(i).isNoun() || "VBG".equals(tok.get(i).pos()); // "on the shelling"
    return nominal && d != null && d.is(OBL) && lex[d.head()] != null
        && lex[d.head()].kind() == Kind.SAY && Set.of("on", "about", "regarding").contains(ParseReadings.caseOf(s, i));
  }

  /** Rule "a question asks nothing": "asked whether the talks would resume" requests nothing. */
  boolean asksQuestion(int i) {
    for (int c : ParseReadings.children(s, i, CCOMP)) {
      String mark = ParseReadings.caseOf(s, c);
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
  boolean wantedBy(int i) {
    String rel = ParseReadings.relation(s, i);
    return "VBN".equals(tok.get(i).pos()) && (rel.equals(ACL) || rel.equals(DEP))
        && ParseReadings.child(s, i, AUX) < 0 && ParseReadings.child(s, i, AUX_PASS) < 0 && arguments.agentOf(i) < 0;
  }

  /** Whether {@code i} is the predicate of a copular clause whose subject is a "priority"-like event noun. */
  boolean isCopularTopic(int i) {
    for (int sub : ParseReadings.children(s, i, NSUBJ)) {
      if (parse.isEvent(sub) && lex[sub].frame().has(Flag.COPULAR_ONLY) && s.child(i, COP) != null) {
        return true;
      }
    }
    return false;
  }

  /** Reads the parse for {@link WarningOfDangerIsNoThreat}. */
  boolean warningOfDanger(int i, Entry e) {
    if (e.type() != EventType.THREATEN || !tok.get(i).isVerb()) {
      return false;
    }
    int clause = ParseReadings.child(s, i, CCOMP);
    boolean addressee = ParseReadings.child(s, i, OBJ) >= 0 || ParseReadings.child(s, i, IOBJ) >= 0;
    boolean actInside = false;
    if (clause >= 0) {
      for (int k : s.subtree(clause)) {
        actInside |= lex[k] != null && lex[k].kind() == Kind.EVENT;
      }
    }
    return WarningOfDangerIsNoThreat.applies(true, clause >= 0, addressee, actInside);
  }
}
