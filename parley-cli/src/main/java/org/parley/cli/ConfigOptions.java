// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.engine.ParleyConfig;
import org.parley.ingest.InputLimits;
import picocli.CommandLine.Option;

/** Options every analysing command shares; they become one {@link ParleyConfig}. */
final class ConfigOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary (TSV); repeatable. Entries override built-ins.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "An extra event lexicon (TSV, the format of the built-in predicates.tsv); repeatable. Entries override built-ins.")
  List<Path> lexiconFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "fast",
      description = "NLP profile: fast (default) or accurate.")
  String profile;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: number of cores).")
  Integer threads;

  @Option(names = "--max-input-mib", paramLabel = "MIB", defaultValue = "10",
      description = "Largest page, record or file read, after decompression, in MiB (default: 10).")
  long maxInputMib;

  @Option(names = "--max-gzip-ratio", paramLabel = "N", defaultValue = "100",
      description = "Decompressed/compressed size above which gzip and WARC input is refused as a bomb (default: 100).")
  int maxGzipRatio;

  @Option(names = "--max-records", paramLabel = "N", defaultValue = "1000000",
      description = "Most records read from one JSON Lines, WARC or feed file (default: 1000000).")
  int maxRecords;

  @Option(names = "--max-depth", paramLabel = "N", defaultValue = "1000",
      description = "Deepest HTML element nesting read; deeper pages are refused (default: 1000).")
  int maxDepth;

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
    if (maxInputMib <= 0 || maxInputMib > 4096 || maxGzipRatio <= 0 || maxRecords <= 0 || maxDepth <= 0) {
      throw new org.parley.knowledge.ConfigException("input limits must be positive (and --max-input-mib at most 4096), got "
          + "--max-input-mib " + maxInputMib + " --max-gzip-ratio " + maxGzipRatio + " --max-records "
          + maxRecords + " --max-depth " + maxDepth);
    }
    ParleyConfig c = ParleyConfig.DEFAULT.withProfile(profile).withActorFiles(actorFiles)
        .withLexiconFiles(lexiconFiles)
        .withLimits(new InputLimits(maxInputMib * 1024 * 1024, maxGzipRatio, maxRecords, maxDepth));
    return threads == null ? c : c.withThreads(threads);
  }
}
