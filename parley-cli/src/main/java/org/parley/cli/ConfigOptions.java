// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.engine.ParleyConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every analysing command shares; they become one {@link ParleyConfig}. */
final class ConfigOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary (TSV); repeatable. Entries override built-ins.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "An extra event lexicon (TSV, the format of the built-in predicates.tsv); repeatable. Entries override built-ins.")
  List<Path> lexiconFiles = new ArrayList<>();

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "A folder of knowledge files named like built-in ones (speech-verbs.tsv, gazetteer.tsv, issues.tsv,"
          + " talk-words.tsv, speaker-nouns.tsv, source-nouns.tsv, titles.tsv, sectors.tsv), in their format, first"
          + " line the column names; their rows add to the built-in ones and replace a built-in row of the same key.")
  Path knowledgeDir;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "fast",
      description = "NLP profile: fast (default) or accurate.")
  String profile;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: number of cores).")
  Integer threads;

  @Mixin
  LimitOptions limits = new LimitOptions();

  /**
   * Loads Parley for these options, saying so on {@code err} with the time it took: model loading is the
   * longest silence of a one-article run, and a person at a terminal should know what is happening.
   */
  org.parley.engine.Parley load(java.io.PrintWriter err) {
    ParleyConfig config = config();
    err.println("parley: loading NLP models (" + config.profile() + ")...");
    err.flush();
    long start = System.nanoTime();
    org.parley.engine.Parley parley = org.parley.engine.Parley.create(config);
    err.printf(java.util.Locale.ROOT, "parley: models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    err.flush();
    return parley;
  }

  ParleyConfig config() {
    ParleyConfig c = ParleyConfig.DEFAULT.withProfile(profile).withActorFiles(actorFiles)
        .withLexiconFiles(lexiconFiles).withKnowledgeDir(knowledgeDir).withLimits(limits.limits());
    return threads == null ? c : c.withThreads(threads);
  }
}
