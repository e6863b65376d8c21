// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.Locale;
import org.parley.nlp.ParseReadings;

/**
 * Step 5 (before and after the pronouns), rule {@value #NAME}: "the boy's father", "the mother of the boy", "the president's brother", "her lawyer":
 * a noun of kinship or personal tie ({@link RelationalNouns}) tied to a person names a person of their own, of that
 * person's country (what the text says of them), with the gender the noun says and no office. The person it is
 * tied to is named only to say whose relative this is; without the rule, the relative's acts went to that person,
 * the only actor of the phrase, and "she" after "the boy's mother" found the boy. A relative named in apposition
 * ("his brother, Juan Perez") is that named person, which the name steps read.
 */
final class Relatives extends SentenceStep {
  static final String NAME = "relative-of-a-person";

  Relatives(SentenceMentions m) {
    super(m);
  }

  /**
   * Reads the relatives whose person is resolved by now: the step runs before the pronouns, so that "she" may find
   * "the boy's mother", and after them, for "his father".
   */
  void relatives() {
    for (int i = 0; i < n; i++) {
      if (used[i] || !t.get(i).isNoun() || !RelationalNouns.contains(kinWord(i))
          || ParseReadings.child(s, i, APPOS) >= 0) {
        continue;
      }
      DraftMention of = draftAt(tiedTo(i));
      ActorInfo info = of == null ? null : run.infos.get(of.key());
      if (info == null || !info.person() || of.first() <= i && i <= of.last()) {
        continue;
      }
      String kin = kinWord(i);
      boolean several = "NNS".equals(t.get(i).pos());
      // several relatives are a group, which "they" finds and "him" does not
      String key = several ? run.kinGroup(text(i, i) + " of " + info.name(), info.country())
          : run.unknownPerson(kin + " of " + info.name(), info.country(), null, null, RelationalNouns.gender(kin));
      add(i, i, key, MentionKind.DESCRIPTION, NAME, "'" + text(i, i) + "' of " + info.name());
    }
  }

  /** The token of the person the relative is tied to: the possessor, or the "of" phrase ("the mother of X"). */
  private int tiedTo(int i) {
    int owner = ParseReadings.child(s, i, NMOD_POSS);
    if (owner >= 0) {
      return owner;
    }
    for (int k : ParseReadings.children(s, i, NMOD)) {
      if (ParseReadings.caseOf(s, k).equals("of")) {
        return k;
      }
    }
    return -1;
  }

  /** The noun's kin word: "great-uncle" and "step-father" are an uncle and a father. */
  private String kinWord(int i) {
    String lemma = t.get(i).lemmaLower();
    return lemma.substring(lemma.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
  }
}
