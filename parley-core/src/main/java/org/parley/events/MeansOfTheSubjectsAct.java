// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Objects;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;

/**
 * Rule {@value #NAME}: an event noun in a "with" phrase of a verb is done by that verb's subject ("the party marked
 * the anniversary with rallies", "the army responded with air strikes"): the rallies and strikes are the subject's
 * means, and their own phrase names no doer.
 */
final class MeansOfTheSubjectsAct {
  static final String NAME = "means-of-the-subjects-act";

  private MeansOfTheSubjectsAct() {}

  /** The subject's actor when the noun {@code trigger} is such a means, else null; never the act's target. */
  static String doer(TriggerSyntax parse, int trigger, String speaker, String target) {
    Dependency up = parse.arc(trigger);
    if (up == null || up.head() < 0 || !parse.tok.get(up.head()).isVerb() || !up.relation().startsWith(OBL)
        || !ParseReadings.caseOf(parse.s, trigger).equals("with")) {
      return null;
    }
    String doer = parse.arguments.actorOf(parse.arguments.subjectOf(up.head()), speaker);
    return Objects.equals(doer, target) ? null : doer;
  }
}
