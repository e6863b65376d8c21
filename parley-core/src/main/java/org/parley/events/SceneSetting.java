// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;
import org.parley.actors.ActorLayer;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Token;

/**
 * Whether a candidate event only sets the scene of the sentence rather than being what it reports: an event noun
 * only mentioned in an adjunct ("demanded X at the latest round of talks"), a relative or time clause ("the city,
 * where 24 people were killed"), a time phrase ("after five days of fighting"). The coder keeps such events only
 * when nothing else in the sentence is reported, or when the scene names who acted.
 */
final class SceneSetting extends TriggerReading {
  /** Nouns that an event noun before them names an undertaking of ("a mediation effort", "a rescue mission"). */
  static final Set<String> UNDERTAKINGS = EventWords.list("undertaking");
  /** Subordinators of clauses that only date the reported event ("after rebels seized the town"). */
  private static final Set<String> BACKGROUND_MARKS = Set.of("after", "since", "before", "when", "while", "as",
      "until", "once", "following");
  /** Prepositions of phrases that only date it ("after five days of fighting", "amid clashes"). */
  private static final Set<String> BACKGROUND_CASES = Set.of("after", "following", "since", "before", "amid", "during",
      "despite");

  private final ActorLayer actors;

  SceneSetting(TriggerSyntax parse, ActorLayer actors) {
    super(parse);
    this.actors = actors;
  }

  /**
   * Whether event noun {@code i} is only mentioned in an adjunct of its clause ("demanded X at the latest round of
   * talks", "changes to the deal"), rather than reported as what the clause's subject does or what happened.
   */
  boolean mentioned(int i) {
    boolean gerund = "VBG".equals(tok.get(i).pos()) && ParseReadings.relation(s, i).startsWith(NMOD);
    if (!(tok.get(i).isNoun() || gerund) || arguments.agentOf(i) >= 0) {
      return false; // "asked about the shelling by the army": a deed with its doer named is reported
    }
    int cur = i;
    Dependency d = parse.arc(cur);
    if (d != null && d.is(NMOD) && UNDERTAKINGS.contains(tok.get(d.head()).lemmaLower())
        && ParseReadings.caseOf(s, cur).equals("of")) {
      cur = d.head(); // "a new round of talks" stands where the round stands
      d = parse.arc(cur);
    }
    if (d == null || !(d.is(OBL) || d.is(NMOD)) || JointAppearance.clauseOf(s, cur) >= 0) {
      return false; // "said at a news conference with X": an appearance with X, reported
    }
    String mark = ParseReadings.caseOf(s, cur);
    if (Set.of("to", "into", "on", "by", "between", "with", "under", "without").contains(mark)
        || parse.isEvent(d.head())) {
      // "agreed to a truce", "arrived on a visit", "put under investigation": undertaken; "ended without an
      // agreement": the outcome the sentence reports, negated
      return false;
    }
    Dependency up = parse.arc(d.head());
    if (parse.claimOfDeed(lex[d.head()]) || up != null && parse.claimOfDeed(lex[up.head()])) {
      return false; // "claimed responsibility for the ambush": the ambush is reported, with its doer
    }
    return true;
  }

  /**
   * Whether {@code i} lies in a relative clause whose own subject names who acted ("the town, where troops shelled
   * the market"), or a passive one on people whose "by" agent does ("two sailors who were detained by the
   * coastguard", not "a jet that was seized by the rebels", which only tells what became of a thing):
   * a scene the article reports for its own sake, kept even beside the main clause's event; so is a message with its
   * sender ({@link MessageFromItsSender}).
   */
  boolean sceneWithDoer(int i) {
    if (MessageFromItsSender.senderOf(parse, i) != null) {
      return true; // "launched the raid despite warnings from X": X's warning is reported with its sender
    }
    for (int guard = 0, cur = i; guard < tok.size(); guard++) {
      Dependency d = parse.arc(cur);
      if (d == null) {
        return false;
      }
      if (d.relation().equals(ACL_RELCL)) {
        final int rel = cur;
        return s.children(rel).stream()
            .anyMatch(c -> c.relation().equals(NSUBJ) && !ParseReadings.isRelative(tok.get(c.dependent())))
            || passiveOnPeople(rel, d.head()) && arguments.actorOf(arguments.agentOf(rel), null) != null;
      }
      cur = d.head();
    }
    return false;
  }

  /** Whether relative clause {@code rel} is a passive one on the party named at {@code noun}, with "who". */
  private boolean passiveOnPeople(int rel, int noun) {
    int who = ParseReadings.child(s, rel, NSUBJ_PASS);
    return who >= 0 && tok.get(who).lemmaLower().equals("who") && actors.mentionAt(s.index(), noun).isPresent();
  }

  /** Whether {@code i} lies in a relative clause, a time clause or a time phrase ("after the fighting"). */
  boolean background(int i) {
    if (mentioned(i)) {
      return true;
    }
    for (int guard = 0, cur = i; guard < tok.size(); guard++) {
      Dependency d = parse.arc(cur);
      if (d == null) {
        return false;
      }
      String rel = d.relation();
      String mark = ParseReadings.caseOf(s, cur);
      if (rel.equals(ACL_RELCL)) {
        // "Serbia, where 24 people were killed last year" sets the scene; "the minister, who mediated the
        // talks" reports what an actor did
        boolean placeOrTime = false;
        boolean doer = false;
        for (Dependency c : s.children(cur)) {
          Token w = tok.get(c.dependent());
          placeOrTime |= c.relation().equals(ADVMOD)
              && (w.lemmaLower().equals("where") || w.lemmaLower().equals("when"));
          // "the raids, in which ten died": a relative word in an adjunct sets the scene as "where" does
          placeOrTime |= c.is(OBL) && ParseReadings.isRelative(w);
          doer |= c.relation().equals(NSUBJ) && ParseReadings.isRelative(w);
        }
        for (int k : s.subtree(cur)) {
          // "the raids, in which it said ten people died": the relative adjunct may hang lower in the clause
          Dependency kd = parse.arc(k);
          placeOrTime |= kd != null && kd.is(OBL) && ParseReadings.isRelative(tok.get(k));
        }
        // "the refugees, whom officials blame for ...", "a jet that was shot down": the clause tells something
        // about its noun; only "the minister, who mediated the talks" reports what an actor did
        return placeOrTime || !doer || actors.mentionAt(s.index(), d.head()).isEmpty();
      }
      if (rel.equals(ACL) && "VBN".equals(tok.get(cur).pos()) && tok.get(d.head()).isNoun()) {
        // "weapons seized last year", "victims killed in the crash": a reduced relative clause; but one naming
        // its doer ("reports fabricated by the state media") reports an act of its own
        return arguments.agentOf(cur) < 0;
      }
      if (rel.equals(ADVCL) && BACKGROUND_MARKS.contains(mark) && !tok.get(cur).isNoun()) {
        return true;
      }
      if (rel.equals(DEP) && "VBG".equals(tok.get(cur).pos()) && cur > 0
          && BACKGROUND_MARKS.contains(tok.get(cur - 1).lemmaLower())) {
        return true; // "demanded a truce before allowing aid in", with "before" parsed apart from its clause
      }
      if (d.is(OBJ) && BACKGROUND_MARKS.contains(tok.get(d.head()).lemmaLower())
          && "VBG".equals(tok.get(d.head()).pos())) {
        return true; // "following the peace deal", read as a participle with its object
      }
      if ((rel.startsWith(OBL) || rel.startsWith(NMOD) || rel.equals(ADVCL)) && tok.get(cur).isNoun()
          && BACKGROUND_CASES.contains(mark)) {
        return true;
      }
      cur = d.head();
    }
    return false;
  }
}
