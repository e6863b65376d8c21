// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import org.parley.nlp.ParseReadings;

/**
 * Rule "each-object": the actors of a verb's coordinated object other than the target already chosen ("deported
 * three Chadians and a Nigerien": the Nigerien is deported too), when that target is one of them; and the other of
 * the two sides an object like "both sides" stands for ("urged both sides to return to talks": each is urged).
 */
final class EachObject {
  private EachObject() {}

  /** The other parties the act at {@code anchor} falls on, besides {@code target}. */
  static List<String> others(TriggerSyntax parse, int anchor, boolean noun, String source, String target,
                             String speaker) {
    EventArguments arguments = parse.arguments;
    int obj = ParseReadings.child(parse.s, anchor, OBJ);
    if (noun || obj < 0 || target == null) {
      return List.of();
    }
    List<String> all = new ArrayList<>();
    String first;
    if (!arguments.coordinated(obj)) {
      all.addAll(arguments.group(obj)); // "both sides", "the two countries": the parties of the talks reported
      first = all.isEmpty() ? null : all.get(0);
    } else {
      // only the conjuncts themselves: not actors named inside them ("evidence about contacts between A and B")
      for (int k : ParseReadings.children(parse.s, obj, CONJ)) {
        String a = arguments.actorOf(k, speaker);
        if (a != null) {
          all.add(a);
        }
      }
      first = arguments.actorOf(obj, speaker);
    }
    if (!target.equals(first) && !all.contains(target)) {
      return List.of();
    }
    return all.stream().filter(a -> !a.equals(target) && !a.equals(source)).distinct().toList();
  }
}
