// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * What modals, conditions and questions say about a clause of the sentence: whether it is obliged ("must"), planned
 * ("will"), only possible ("could", "if", "whether") or a condition still to be met ("unless", "before they
 * disarm"). The coder turns these readings into an event's modality and into the steps of its trace.
 */
final class ModalReading extends TriggerReading {
  ModalReading(TriggerSyntax parse) {
    super(parse);
  }

  /**
   * The auxiliaries of verb {@code i}, or, for a conjunct without any of its own, those of the verb it is
   * conjoined to: UD hangs a shared modal on the first conjunct only ("might drop out and accept a deal").
   */
  List<String> sharedAuxiliaries(int i) {
    List<String> own = ParseReadings.auxiliaries(s, i);
    Dependency d = parse.arc(i);
    if (own.isEmpty() && d != null && d.relation().equals(CONJ) && tok.get(i).isVerb()
        && tok.get(d.head()).isVerb() && ParseReadings.child(s, i, NSUBJ) < 0) {
      return ParseReadings.auxiliaries(s, d.head());
    }
    return own;
  }

  /** Whether shaping word {@code m} carries a modal of possibility ("could start hostilities with a raid"). */
  boolean possibleModal(int m) {
    return sharedAuxiliaries(m).stream().anyMatch(x -> Set.of("could", "might", "may").contains(x));
  }

  /** Whether shaping word {@code m} carries a future ("will begin to withdraw"). */
  boolean plannedModal(int m) {
    return sharedAuxiliaries(m).stream().anyMatch(x -> Set.of("will", "shall", "'ll").contains(x));
  }

  /**
   * Rule "possible consequence": an event noun that is the subject of a modal predicate names what might happen,
   * not what did ("air strikes on the port could harm relations", "a war would offer them a way out").
   */
  boolean modalSubject(int trigger, boolean noun, boolean lightVerb) {
    Dependency d = parse.arc(trigger);
    return noun && !lightVerb && d != null && d.relation().startsWith(NSUBJ) && tok.get(d.head()).isVerb()
        && ParseReadings.auxiliaries(s, d.head()).stream().anyMatch(x -> Set.of("could", "might", "may", "would").contains(x));
  }

  /**
   * Rule "indirect question": a clause introduced by "whether" (or by "if" as a complement) is asked about, not
   * reported ("reporters asked whether the blockade would cover food").
   */
  boolean inQuestion(int i) {
    for (int guard = 0, cur = i; guard < tok.size(); guard++) {
      Dependency d = parse.arc(cur);
      if (d == null) {
        return false;
      }
      String mark = ParseReadings.caseOf(s, cur);
      if (mark.equals("whether") || mark.equals("if") && d.relation().equals(CCOMP)) {
        return true;
      }
      cur = d.head();
    }
    return false;
  }

  /**
   * Whether a plain verb between {@code anchor} and the speech verb {@code say} carries "must" or "should": "said
   * the donors must raise funds to help the region" obliges the help as much as "must help".
   */
  boolean obligedAbove(int anchor, int say) {
    int cur = anchor;
    for (int guard = 0; guard < tok.size() && say >= 0; guard++) {
      Dependency d = parse.arc(cur);
      if (d == null || d.head() == say || !Set.of(XCOMP, ADVCL, CONJ).contains(d.relation())) {
        return false;
      }
      int h = d.head();
      if (lex[h] != null || !tok.get(h).isVerb()) {
        return false;
      }
      if (ParseReadings.auxiliaries(s, h).stream().anyMatch(x -> Set.of("must", "should", "ought").contains(x))) {
        return true;
      }
      cur = h;
    }
    return false;
  }

  /** Whether predicate {@code anchor} or a shaping word above it carries an "unless" clause. */
  boolean unless(int anchor, Chain chain) {
    List<Integer> heads = new ArrayList<>(chain.markers);
    heads.add(anchor);
    for (int h : heads) {
      for (int c : ParseReadings.children(s, h, ADVCL)) {
        if (ParseReadings.caseOf(s, c).equals("unless")) {
          return true;
        }
      }
    }
    return false;
  }

  boolean inCondition(int i) {
    for (int guard = 0, cur = i; guard < tok.size() && cur >= 0; guard++) {
      Dependency d = parse.arc(cur);
      if (d == null) {
        return false;
      }
      if (d.relation().equals(ADVCL)) {
        String mark = ParseReadings.caseOf(s, cur);
        if (mark.equals("if") || mark.equals("unless")) {
          return true;
        }
        if ((mark.equals("before") || mark.equals("until")) && ParseReadings.auxiliaries(s, d.head()).stream()
            .anyMatch(x -> Set.of("must", "should", "will", "would", "shall").contains(x))) {
          return true; // "must agree to changes before they disarm": a condition still to be met, not an event
        }
      }
      cur = d.head();
    }
    return false;
  }

  boolean conditional(int i) {
    for (int c : ParseReadings.children(s, i, ADVCL)) {
      String mark = ParseReadings.caseOf(s, c);
      if (mark.equals("if") || mark.equals("unless")) {
        return true;
      }
    }
    Dependency d = parse.arc(i);
    if (d != null && d.relation().equals(ADVCL)) {
      String mark = ParseReadings.caseOf(s, i);
      return mark.equals("if") || mark.equals("unless");
    }
    return false;
  }
}
