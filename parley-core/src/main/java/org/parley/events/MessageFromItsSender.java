// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: "a sharp warning from Beijing", "an appeal from the Red Cross": the "from" phrase of a noun of
 * something said names who said it, as a possessive or a "by" phrase would, and the noun with its sender reports the
 * act without a verb to carry it. Other event nouns keep "from" as where the act leaves or whom it falls on ("the
 * withdrawal from the valley", "aid from the bloc" is what the bloc gives, read by its own rules).
 */
final class MessageFromItsSender {
  static final String NAME = "message-from-its-sender";
  /** Nouns of something said or sent to another party, whose "from" phrase names the sender. */
  private static final Set<String> MESSAGES = EventWords.list("message-noun");

  private MessageFromItsSender() {}

  /** Whether {@code c}, a dependent of noun {@code n}, is the "from" phrase naming who sent the message {@code n}. */
  static boolean sender(Sentence s, int n, int c) {
    Dependency d = ParseReadings.arc(s, c);
    return d != null && d.head() == n && d.is(NMOD) && s.tokens().get(n).isNoun()
        && EventLexicon.Frame.lemmaIn(s.tokens().get(n).lemmaLower(), MESSAGES)
        && ParseReadings.caseOf(s, c).equals("from");
  }

  /** The actor of the "from" phrase naming who sent message noun {@code n}, or null. */
  static String senderOf(TriggerSyntax parse, int n) {
    for (Dependency d : parse.s.children(n)) {
      if (sender(parse.s, n, d.dependent())) {
        String a = parse.arguments.actorOf(d.dependent(), null);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * Who got message noun {@code n}: the subject of the verb it is the object or adjunct of ("the president brushed
   * aside warnings from X", "launched strikes despite warnings from X"); or null.
   */
  static String receiverOf(TriggerSyntax parse, int n, String speaker) {
    Dependency d = parse.arc(n);
    if (d == null || !(d.is(OBJ) || d.is(OBL)) || !parse.tok.get(d.head()).isVerb()
        || ParseReadings.passiveHead(parse.s, d.head())) {
      return null;
    }
    return parse.arguments.actorOf(parse.arguments.subjectOf(d.head()), speaker);
  }

  /**
   * The party whose deed message noun {@code n} is about, as the subject of its "that" clause ("warnings from X
   * that Y's raids would harm ties"), which the parser often hangs on the verb governing the noun; or null.
   */
  static String contentSubjectOf(TriggerSyntax parse, int n) {
    Dependency d = parse.arc(n);
    for (int h : d == null ? List.of(n) : List.of(n, d.head())) {
      for (int c : ParseReadings.children(parse.s, h, CCOMP)) {
        int mark = ParseReadings.child(parse.s, c, MARK);
        int sub = ParseReadings.child(parse.s, c, NSUBJ);
        if (c > n && mark >= 0 && parse.tok.get(mark).lemmaLower().equals("that") && sub >= 0) {
          return parse.arguments.actorOf(sub, null);
        }
      }
    }
    return null;
  }
}
