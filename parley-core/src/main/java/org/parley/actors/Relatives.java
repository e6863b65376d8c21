// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.Locale;
import org.parley.nlp.ParseReadings;

/**
 * Step 6, rule {@value #NAME}: "the boy's father", "the president's brother", "her lawyer": a noun of kinship or
 * personal tie ({@link RelationalNouns}) whose possessor is a person names a person of their own, of the
 * possessor's country (what the text says of them) and with no office. The possessor is named only to say whose
 * relative this is; without the rule, the relative's acts went to the possessor, the only actor of the phrase.
 * A relative named in apposition ("his brother, Juan Perez") is that named person, which the name steps read.
 */
final class Relatives extends SentenceStep {
  static final String NAME = "relative-of-a-person";

  Relatives(SentenceMentions m) {
    super(m);
  }

  void relatives() {
    for (int i = 0; i < n; i++) {
      if (used[i] || !t.get(i).isNoun() || !RelationalNouns.contains(kinWord(i))) {
        continue;
      }
      int owner = ParseReadings.child(s, i, NMOD_POSS);
      DraftMention of = owner < 0 ? null : draftAt(owner);
      ActorInfo info = of == null ? null : run.infos.get(of.key());
      if (info == null || !info.person() || ParseReadings.child(s, i, APPOS) >= 0) {
        continue;
      }
      String name = kinWord(i) + " of " + info.name();
      add(i, i, run.unknownPerson(name, info.country(), null, null), MentionKind.DESCRIPTION, NAME,
          "'" + text(i, i) + "' of " + info.name());
    }
  }

  /** The noun's kin word: "great-uncle" and "step-father" are an uncle and a father. */
  private String kinWord(int i) {
    String lemma = t.get(i).lemmaLower();
    return lemma.substring(lemma.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
  }

  private DraftMention draftAt(int token) {
    for (DraftMention d : here) {
      if (d.first() <= token && token <= d.last()) {
        return d;
      }
    }
    return null;
  }
}
