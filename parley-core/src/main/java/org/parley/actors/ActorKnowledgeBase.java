// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.nio.file.Path;
import java.util.List;

/**
 * What Parley knows about actors: states, organisations, people with dated roles. Built from the bundled data
 * files, then the user's files, which override built-in entries.
 */
public final class ActorKnowledgeBase {
  private ActorKnowledgeBase() {}

  /** Loads the built-in files and then {@code userFiles}. */
  public static ActorKnowledgeBase load(List<Path> userFiles) {
    return new ActorKnowledgeBase();
  }
}
