// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.parley.engine.ParleyConfig;
import org.parley.ingest.InputLimits;

/**
 * What every executor needs to build the same Parley: the NLP profile and the user's knowledge files and folder
 * (which must be readable at the same paths on every node). Sent to the executors by Spark, hence serialisable.
 */
record JobSettings(String profile, List<String> actorFiles, List<String> lexiconFiles, String knowledgeDir,
                   long maxInputBytes) implements Serializable {
  JobSettings {
    actorFiles = List.copyOf(actorFiles);
    lexiconFiles = List.copyOf(lexiconFiles);
  }

  static JobSettings defaults() {
    return new JobSettings(ParleyConfig.DEFAULT.profile(), List.of(), List.of(), null,
        InputLimits.DEFAULT.maxInputBytes());
  }

  InputLimits limits() {
    InputLimits d = InputLimits.DEFAULT;
    return new InputLimits(maxInputBytes, d.maxCompressionRatio(), d.maxRecords(), d.maxDepth());
  }

  /** One analysis thread per task: Spark runs as many tasks per executor as it has cores. */
  ParleyConfig config() {
    return ParleyConfig.DEFAULT.withProfile(profile).withThreads(1).withLimits(limits())
        .withActorFiles(actorFiles.stream().map(Path::of).toList())
        .withLexiconFiles(lexiconFiles.stream().map(Path::of).toList())
        .withKnowledgeDir(knowledgeDir == null ? null : Path.of(knowledgeDir));
  }
}
