// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Set;

/**
 * Rule {@value #NAME}: "closed its borders because of fighting between A and B", "withdrew after the shelling of
 * the town", "troops dispersed marchers protesting the vote": an act named as the cause or circumstance of another,
 * or a protest by the people another act is aimed at ("fired on crowds protesting the vote"), happened in its own
 * right. It is not the other act's content or
 * purpose, so it is not absorbed by it (as "accused the army of shelling" absorbs the shelling) and is reported
 * as an event of its own.
 */
final class CauseIsAnEventOfItsOwn {
  static final String NAME = "cause-is-an-event-of-its-own";

  /** Prepositions (first word) that introduce a cause or circumstance: "because of", "due to", "amid". */
  private static final Set<String> CAUSES =
      Set.of("because", "due", "owing", "amid", "amidst", "after", "following", "despite");

  private CauseIsAnEventOfItsOwn() {}

  /**
   * @param relation       the dependency that joins the act to the word above it
   * @param preposition    the first word of the act's preposition, lower case ("" when none)
   * @param participleOnNoun the act is a protest named by a participle describing a noun that is no event
   *                         ("marchers protesting"); other such participles often name what a document says
   *                         ("a resolution censuring the raid") and stay its content
   */
  static boolean applies(String relation, String preposition, boolean participleOnNoun) {
    boolean phrase = relation.startsWith(OBL) || relation.startsWith(NMOD);
    return phrase && CAUSES.contains(preposition) || relation.equals(ACL) && participleOnNoun;
  }
}
