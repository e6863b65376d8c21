// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;

import java.util.Optional;
import org.parley.actors.ActorMention;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;

/**
 * Rule {@value #NAME}: "the U.S. government said", "Cuba's communist government said": a government noun modified by
 * the name of a state is that state's government, which the actor stage codes as the state itself. Without this
 * rule the phrase became a new, countryless "U.S. government", or worse, continued the last government the article
 * described ("the government" after "Cuba's government") although the text names another state.
 */
final class GovernmentOfNamedState {
  static final String NAME = "government-of-named-state";

  private GovernmentOfNamedState() {}

  /**
   * The state actor whose name modifies the government noun at {@code head} within {@code first..head}, or null.
   *
   * @param governmentNoun the head noun names a government body (an organisation of the GOV sector)
   */
  static String stateOf(ActorBook book, Sentence s, int head, int first, boolean governmentNoun) {
    if (!governmentNoun) {
      return null;
    }
    for (int k = first; k < head; k++) {
      Optional<ActorMention> m = book.mentionAt(s.index(), k);
      if (m.isEmpty() || !modifies(s, m.get().lastToken(), head)) {
        continue;
      }
      ActorEntry e = book.entries.get(m.get().actorId());
      if (e != null && e.country != null && e.organization == null && e.role == null && !"person".equals(e.kind)) {
        return e.id;
      }
    }
    return null;
  }

  /** The token at {@code k} hangs on {@code head} as a compound, possessor or modifier ("U.S. government"). */
  private static boolean modifies(Sentence s, int k, int head) {
    Dependency arc = s.headArc(k);
    if (arc == null || arc.head() != head) {
      return false;
    }
    String rel = arc.baseRelation();
    return rel.equals(COMPOUND) || rel.equals(NMOD) || rel.equals(AMOD);
  }
}
