// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.HashSet;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * Rule {@value #NAME}: a noun that names an act or a thing is no party, whatever adjective stands before it. "The
 * government offer", "armed invasions", "international sanctions" are what a party does, not who does it; read as
 * actors they became the doers and targets of events. The nouns are the event nouns of the event lexicon
 * ({@code org/parley/events/nouns.tsv}, read as data: the lexicon's nouns name events, so none names a party) and the
 * list {@code thing-nouns} of {@code resolver-words.tsv} (plans, decisions, unrest, and the texts and films that a
 * party puts out). A state adjective still says whose act it is ("the Israeli occupation"): that reading is
 * {@link StateAdjectivePhrases}'s, not this rule's.
 */
final class ActsAndThings {
  static final String NAME = "act-or-thing-is-no-actor";

  /** The event lexicon's nouns, read from the file the event coder reads (a resource, not a class of that layer). */
  private static final String EVENT_NOUNS = "/org/parley/events/nouns.tsv";

  /** The label of a sector cue that stands for a party only with a state ("the Russian offensive"). */
  private static final String WITH_A_STATE_ONLY = "-";

  private static final Set<String> NOUNS = load();

  private ActsAndThings() {}

  private static Set<String> load() {
    Set<String> nouns = new HashSet<>(ResolverWords.get("thing-nouns"));
    for (DataFile.Row r : DataFile.bundled(ActsAndThings.class, EVENT_NOUNS, Header.NONE)) {
      if ("N".equals(r.get(1))) {
        nouns.add(r.get(0));
      }
    }
    return Set.copyOf(nouns);
  }

  /**
   * Whether a sector cue {@code f} whose head has lemma {@code lemma} names an act or a thing rather than a party:
   * the cue stands for a party only with a state ({@code -} label, "the Russian offensive") and its head is an event
   * or thing noun. A cue of a party of its own (the military's "drone", "patrol") is not one, event noun or not.
   */
  static boolean actOrThing(CueFound f, String lemma) {
    return f.cue() != null && WITH_A_STATE_ONLY.equals(f.cue().label()) && NOUNS.contains(lemma);
  }
}
