// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.events.EventArguments.add;
import static org.parley.events.EventArguments.addAll;
import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actors.ActorLayer;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Whom an act is aimed at, as its words name it: the candidates among a predicate's objects, prepositional
 * phrases ("talks with X"), content clauses ("demanded that X withdraw") and the doers of what the act is about
 * ("protested the abuses by X"), in the order they count, and the one {@link EventArguments#targetOf} takes.
 */
final class EventTargets extends ArgumentReader {
  private static final Set<String> TARGET_CASES = EventArguments.TARGET_CASES;

  private final Entry[] lex;

  EventTargets(EventArguments arguments, Sentence s, ActorLayer actors, Entry[] lex) {
    super(arguments, s, actors);
    this.lex = lex;
  }

  private boolean isEvent(int i) {
    return i >= 0 && lex[i] != null && lex[i].kind() == Kind.EVENT;
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
      if (arguments.placed(a)) {
        return a;
      }
    }
    return first;
  }

  /** Whom the act at {@code anchor} (its event word at {@code trigger}) is aimed at, in the order they count. */
  private void targetCandidates(int anchor, int trigger, int depth, List<String> out) {
    if (isEvent(trigger) && lex[trigger].type() == EventType.ACCUSE) {
      // "complained to the council over the raids by X": who is accused, not who is told
      for (Dependency d : s.children(anchor)) {
        if (d.is(OBL)
            && Set.of("over", "about", "against").contains(ParseReadings.caseOf(s, d.dependent()))) {
          addAll(out, arguments.actorsIn(d.dependent(), null));
        }
      }
    }
    int iobj = ParseReadings.child(s, anchor, IOBJ);
    if (iobj >= 0) {
      add(out, arguments.actorOf(iobj, null));
    }
    int obj = ParseReadings.child(s, anchor, OBJ);
    if (obj < 0) {
      obj = displacedObject(anchor);
    }
    if (obj < 0) {
      obj = ObjectSharedByCoordinatedVerbs.of(s, anchor); // "condemned and rejected the plan"
    }
    if (obj >= 0 && obj != trigger && !ownedBySubject(obj)) {
      add(out, arguments.actorOf(obj, null));
    }
    List<Integer> aimedPhrases = new ArrayList<>();
    boolean fight = isEvent(trigger) && lex[trigger].type() == EventType.ASSAULT;
    for (Dependency d : s.children(anchor)) {
      // "fought for the country's independence": what one fights for is no target (what one mobilises or arrests
      // for may still name one: "reservists for a war against X")
      if (d.is(OBL) && d.dependent() != trigger && !(fight && ParseReadings.caseOf(s, d.dependent()).equals("for"))
          && TARGET_CASES.contains(ParseReadings.caseOf(s, d.dependent()))) {
        add(out, arguments.actorOf(d.dependent(), null));
        aimedPhrases.add(d.dependent());
      }
    }
    if (obj >= 0 && obj != trigger) {
      aimedPhrases.add(0, obj);
    }
    List<String> doers = doersAround(anchor, trigger, obj);
    aimedAt(aimedPhrases, out, doers);
    contentSubjects(anchor, out);
    // "offered to hand over the suspects to X", "refused to meet X": whom the content is done to
    if (depth < 2) {
      for (Dependency d : s.children(anchor)) {
        if (d.relation().equals(XCOMP) || d.relation().equals(CCOMP)) {
          targetCandidates(d.dependent(), d.dependent(), depth + 1, out);
        }
      }
    }
    addAll(out, doers);
    if (obj >= 0 && obj != trigger && ownedBySubject(obj)) {
      add(out, arguments.actorOf(obj, null)); // "its troops" only when nothing else is named
    }
  }

  /** The doers of what the act is about ("launched an inquiry into abuses by X", "protested the abuses by X"). */
  private List<String> doersAround(int anchor, int trigger, int obj) {
    List<String> doers = new ArrayList<>();
    if (obj >= 0 && obj == trigger) {
      // "launched an inquiry into abuses committed by X": the light verb's event noun is about X's deed
      for (Dependency c : s.children(trigger)) {
        if (c.is(NMOD)
            && Set.of("into", "of", "over", "about").contains(ParseReadings.caseOf(s, c.dependent()))
            && actors.mentionAt(s.index(), c.dependent()).isEmpty()) {
          doers.addAll(doersIn(c.dependent()));
        }
      }
    }
    if (obj >= 0 && obj != trigger && tok.get(anchor).isVerb() && !ParseReadings.passiveHead(s, anchor)) {
      int by = arguments.agentOf(anchor);
      if (by >= 0) {
        // "protested the abuses by the militia": an active verb has no agent phrase; the parser hung the doer of
        // the thing protested on the verb
        doers.addAll(arguments.actorsIn(by, null));
      }
    }
    return doers;
  }

  /** Whom the things the act is about are aimed at, and who did them, when those phrases name no actor. */
  private void aimedAt(List<Integer> aimedPhrases, List<String> out, List<String> doers) {
    for (int phrase : aimedPhrases) {
      if (actors.mentionAt(s.index(), phrase).isPresent()) {
        continue;
      }
      // "protested the abuses committed by the militia": whoever did the thing the act is about, when no one it
      // is aimed at is named
      doers.addAll(doersIn(phrase));
      // "lifted embargoes on sales to Iran", "provided aid for Romania", "reneged on his pledge to the voters":
      // whom the thing done is aimed at
      for (int k : ParseReadings.phrase(s, phrase)) {
        Dependency kd = arc(k);
        if (k != phrase && kd != null && kd.is(NMOD)
            && TARGET_CASES.contains(ParseReadings.caseOf(s, k)) && !ParseReadings.caseOf(s, k).equals("from")) {
          addAll(out, arguments.actorsIn(k, null));
        }
      }
      for (Dependency c : s.children(phrase)) {
        if (c.relation().equals(CCOMP) || c.relation().equals(ACL) && !tok.get(c.dependent()).isVerb()) {
          // "insisted on its demand that X resign": who is to act
          int sub = ParseReadings.child(s, c.dependent(), NSUBJ);
          if (sub >= 0) {
            add(out, arguments.actorOf(sub, null));
          }
        } else if (c.relation().equals(ACL) && "VBN".equals(tok.get(c.dependent()).pos())) {
          // "eased the curfew imposed in X": where the thing done lies
          for (Dependency g : s.children(c.dependent())) {
            if (g.is(OBL) && ParseReadings.caseOf(s, g.dependent()).equals("in")) {
              addAll(out, arguments.actorsIn(g.dependent(), null));
            }
          }
        }
      }
    }
  }

  /** The subjects of the act's content clauses ("accused X of ...", "demanded that X withdraw"). */
  private void contentSubjects(int anchor, List<String> out) {
    // "accused X of ...", "demanded that X withdraw": the subject of the content clause
    for (Dependency d : s.children(anchor)) {
      // the parser reads "called on X to hold" as a clause "on X to hold" with X its subject
      if (d.relation().equals(CCOMP) || d.relation().equals(XCOMP) || d.relation().equals(ADVCL)
          && Set.of("on", "for", "upon").contains(ParseReadings.caseOf(s, d.dependent()))) {
        int sub = ParseReadings.child(s, d.dependent(), NSUBJ);
        String who = sub < 0 ? null : arguments.actorOf(sub, null);
        if (who != null) {
          add(out, who);
        }
        if (sub >= 0 && tok.get(sub).isNoun() && actors.mentionAt(s.index(), sub).isEmpty()) {
          // "demanded that its Union partners refuse": the Union's members, not "its" owner; a subject that is
          // an actor itself ("Russian-backed rebels") stands alone
          addAll(out, arguments.actorsIn(sub, null));
        }
      }
    }
  }

  /**
   * The parties of a "between A and B" phrase on event noun {@code n}, on the noun it modifies ("mediation
   * mission between A and B") or on the predicate it is the object of ("began a peace initiative this week
   * between A and B").
   */
  List<String> betweenParties(int n) {
    List<Integer> nodes = new ArrayList<>(List.of(n));
    Dependency d = arc(n);
    if (d != null && d.relation().equals(COMPOUND)) {
      nodes.add(d.head());
      d = arc(d.head());
    }
    if (d != null && d.relation().equals(OBJ)) {
      nodes.add(d.head());
    }
    List<String> out = new ArrayList<>();
    for (int node : nodes) {
      for (Dependency c : s.children(node)) {
        if ((c.is(NMOD) || c.is(OBL))
            && ParseReadings.caseOf(s, c.dependent()).equals("between")) {
          addAll(out, arguments.actorsIn(c.dependent(), null));
        }
      }
    }
    return out;
  }

  /** The actors of the "by" phrases inside phrase {@code phrase} ("the abuses committed by X"). */
  private List<String> doersIn(int phrase) {
    List<String> out = new ArrayList<>();
    for (int k : s.subtree(phrase)) {
      Dependency kd = arc(k);
      if (k != phrase && kd != null && (kd.is(NMOD) || kd.is(OBL))
          && ParseReadings.caseOf(s, k).equals("by")) {
        addAll(out, arguments.actorsIn(k, null));
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
      if (!d.is(OBL) || d.dependent() < anchor) {
        continue;
      }
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().equals(DEP) && c.dependent() > d.dependent() && tok.get(c.dependent()).isNoun()) {
          return c.dependent();
        }
      }
    }
    return -1;
  }

  /** Whether the noun phrase at {@code i} is the actor's own ("its troops", "their arms"). */
  private boolean ownedBySubject(int i) {
    for (int p : ParseReadings.children(s, i, NMOD_POSS)) {
      if (tok.get(p).isPronoun()) {
        return true;
      }
    }
    return false;
  }
}
