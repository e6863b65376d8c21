// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.actors.ActorKnowledgeBase.Title;

/** A sector cue or title found at a token (see {@link CueFinder}): what it is, its words and its last token. */
record CueFound(SectorCue cue, Title title, String words, int last) {
  boolean isTitle() {
    return title != null;
  }
}
