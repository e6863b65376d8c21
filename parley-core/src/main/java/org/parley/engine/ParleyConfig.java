// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.ingest.InputLimits;
import org.parley.knowledge.ConfigException;

/**
 * Parley's one typed configuration. {@link #validate()} runs at start-up; bad values fail there, naming the
 * valid options.
 *
 * @param backend    NLP backend name ({@code corenlp})
 * @param profile    the backend's annotator profile ({@code fast}: tokens, tags, lemmas, NER, dependencies)
 * @param actorFiles user actor dictionaries, read after the built-in ones and overriding them
 * @param limits     input size caps
 * @param threads    articles analysed at once
 * @param lexiconFiles user event lexicons (the format of {@code org/parley/events/predicates.tsv}), read before the
 *                   built-in ones and overriding them
 */
public record ParleyConfig(String backend, String profile, List<Path> actorFiles, InputLimits limits, int threads,
                           List<Path> lexiconFiles) {
  public static final ParleyConfig DEFAULT =
      new ParleyConfig("corenlp", "fast", List.of(), InputLimits.DEFAULT, Math.max(1, Runtime.getRuntime().availableProcessors()));

  public ParleyConfig {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(profile, "profile");
    actorFiles = List.copyOf(actorFiles);
    Objects.requireNonNull(limits, "limits");
    lexiconFiles = List.copyOf(lexiconFiles);
  }

  public ParleyConfig(String backend, String profile, List<Path> actorFiles, InputLimits limits, int threads) {
    this(backend, profile, actorFiles, limits, threads, List.of());
  }

  public ParleyConfig withLexiconFiles(List<Path> files) {
    return new ParleyConfig(backend, profile, actorFiles, limits, threads, files);
  }

  public ParleyConfig withActorFiles(List<Path> files) {
    return new ParleyConfig(backend, profile, files, limits, threads, lexiconFiles);
  }

  public ParleyConfig withThreads(int n) {
    return new ParleyConfig(backend, profile, actorFiles, limits, n, lexiconFiles);
  }

  public ParleyConfig withLimits(InputLimits l) {
    return new ParleyConfig(backend, profile, actorFiles, l, threads, lexiconFiles);
  }

  public ParleyConfig withProfile(String p) {
    return new ParleyConfig(backend, p, actorFiles, limits, threads, lexiconFiles);
  }

  /** @throws ConfigException naming the first bad setting */
  public ParleyConfig validate() {
    if (threads < 1 || threads > 256) {
      throw new ConfigException("threads must be between 1 and 256, got " + threads);
    }
    for (Path f : actorFiles) {
      if (!Files.isRegularFile(f)) {
        throw new ConfigException("actor file " + f + " does not exist or is not a file");
      }
    }
    for (Path f : lexiconFiles) {
      if (!Files.isRegularFile(f)) {
        throw new ConfigException("lexicon file " + f + " does not exist or is not a file");
      }
    }
    return this;
  }
}
