// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.Optional;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.actors.ActorKnowledgeBase.Title;
import org.parley.nlp.Dependency;

/**
 * Finds a sector cue ("forces", "security forces") or an office title ("foreign minister") at a token, only where
 * its last word heads its noun phrase ("press" in "press conference" does not), and a cue that modifies a noun of
 * members ("opposition supporters").
 */
final class CueFinder extends SentenceStep {
  private static final Set<String> MEMBERS = ResolverWords.get("members");

  CueFinder(SentenceMentions m) {
    super(m);
  }

  /**
   * A sector cue modifying a noun of members ("opposition supporters", "rebel commanders"): the members are the
   * sector's people; other heads ("security proposal", "rebel positions") are things.
   */
  private CueFound membersOf(int j, int last) {
    int h = last + 1;
    if (h >= n || used[h] || !MEMBERS.contains(t.get(h).lemmaLower()) || !heads(h)) {
      return null;
    }
    StringBuilder lemma = new StringBuilder();
    for (int i = j; i <= last; i++) {
      lemma.append(i > j ? " " : "").append(t.get(i).lemmaLower());
    }
    Optional<SectorCue> cue = kb.cue(lemma.toString());
    return cue.map(c -> new CueFound(c, null, lemma + " " + t.get(h).lemmaLower(), h)).orElse(null);
  }

  /**
   * Whether token {@code i} heads its noun phrase rather than modifying the next noun ("press" in "press
   * conference"): read from the parse when there is one, else from the tags.
   */

  private boolean heads(int i) {
    if (i + 1 >= n) {
      return true;
    }
    if (!s.dependencies().isEmpty()) {
      Dependency arc = s.headArc(i);
      // "Defence Secretary John Smith": the parser hangs the title on the name as a compound; it still heads
      // the title phrase
      boolean onName = m.nameAfterTitle > i && arc != null && arc.head() >= m.nameAfterTitle;
      return arc == null || onName || !(arc.relation().equals(COMPOUND) && arc.head() > i);
    }
    return !(t.get(i + 1).isNoun() && adjective[i + 1] == null && !used[i + 1] && !t.get(i + 1).isProperNoun());
  }

  /** A sector cue or title starting at {@code j} whose last word heads its noun phrase. */
  CueFound cueAt(int j) {
    if (j < 0 || j >= n || used[j]) {
      return null;
    }
    for (int len = Math.min(5, n - j); len >= 1; len--) {
      int last = j + len - 1;
      boolean free = true;
      for (int i = j; i <= last; i++) {
        free &= !used[i];
      }
      if (!free) {
        continue;
      }
      if (!heads(last)) {
        CueFound members = membersOf(j, last);
        if (members != null) {
          return members;
        }
        continue; // not the head: "press conference", "security proposal"
      }
      StringBuilder text = new StringBuilder();
      StringBuilder lemma = new StringBuilder();
      for (int i = j; i <= last; i++) {
        if (i > j) {
          text.append(' ');
          lemma.append(' ');
        }
        text.append(lower(i));
        lemma.append(t.get(i).lemmaLower());
      }
      String tx = text.toString();
      String lm = lemma.toString();
      Optional<Title> title = kb.title(tx).or(() -> kb.title(lm));
      if (title.isPresent()) {
        return new CueFound(null, title.get(), lm, last);
      }
      if (lm.equals("counterpart")) {
        return new CueFound(null, null, lm, last);
      }
      String singular = tx.endsWith("s") ? tx.substring(0, tx.length() - 1) : tx;
      Optional<SectorCue> cue = kb.cue(lm).or(() -> kb.cue(tx)).or(() -> kb.cue(singular));
      if (cue.isPresent() && t.get(last).isNoun() || cue.isPresent() && len > 1) {
        return new CueFound(cue.get(), null, lm, last);
      }
      if (cue.isPresent() && (lm.equals("military") || lm.equals("media"))) {
        return new CueFound(cue.get(), null, lm, last);
      }
    }
    return null;
  }
}
