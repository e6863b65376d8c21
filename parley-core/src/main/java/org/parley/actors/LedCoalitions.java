// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Set;

/**
 * Step 4b, rule {@value #NAME}: "the Saudi-led coalition", "a French-led mission", "the US-led alliance": a body of
 * several states' forces ({@code led-bodies} in resolver-words.tsv) that "-led" puts under one state's command acts
 * as that state's military, as "Ethiopian-led forces" already do through the sector noun. Without the rule the
 * coalition named no actor and the state's name or adjective stood alone beside it.
 */
final class LedCoalitions extends SentenceStep {
  static final String NAME = "coalition-led-by-a-state";
  private static final Set<String> LED_BODIES = ResolverWords.get("led-bodies");

  LedCoalitions(SentenceMentions m) {
    super(m);
  }

  void ledCoalitions() {
    // the tokeniser splits "Saudi-led" into "Saudi", "-", "led"
    for (int j = 2; j + 1 < n; j++) {
      if (!lower(j).equals("led") || !lower(j - 1).equals("-") || used[j + 1]
          || !LED_BODIES.contains(t.get(j + 1).lemmaLower())) {
        continue;
      }
      String country = leader(j - 2);
      if (country != null) {
        add(j + 1, j + 1, run.state(country, "MIL"), MentionKind.DESCRIPTION, NAME,
            country + " '" + lower(j + 1) + "' MIL");
      }
    }
  }

  /** The state the word before "-led" names: a state's adjective, or a mention of a state ("US"). */
  private String leader(int k) {
    if (adjective[k] != null) {
      return adjective[k];
    }
    for (DraftMention d : here) {
      ActorInfo info = d.first() <= k && k <= d.last() ? run.infos.get(d.key()) : null;
      if (info != null && !info.person() && info.country() != null && info.organization() == null) {
        return info.country();
      }
    }
    return null;
  }
}
