// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.ingest.InputLimits;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.UserKnowledge;

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
 * @param knowledgeDir a user's knowledge folder (see {@link UserKnowledge}), or null: files named like built-in
 *                   knowledge files ({@code speech-verbs.tsv}, {@code gazetteer.tsv} ...; {@link UserKnowledge#FILES})
 *                   whose rows add to and override the built-in ones
 */
public record ParleyConfig(String backend, String profile, List<Path> actorFiles, InputLimits limits, int threads,
                           List<Path> lexiconFiles, Path knowledgeDir) {
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
    this(backend, profile, actorFiles, limits, threads, List.of(), null);
  }

  /** This configuration with the user's knowledge folder {@code dir} (null: none). */
  public ParleyConfig withKnowledgeDir(Path dir) {
    return new ParleyConfig(backend, profile, actorFiles, limits, threads, lexiconFiles, dir);
  }

  /** The user's knowledge folder, its file names checked (the rows are read when Parley is built). */
  public UserKnowledge knowledge() {
    return UserKnowledge.of(knowledgeDir);
  }

  public ParleyConfig withLexiconFiles(List<Path> files) {
    return new ParleyConfig(backend, profile, actorFiles, limits, threads, files, knowledgeDir);
  }

  public ParleyConfig withActorFiles(List<Path> files) {
    return new ParleyConfig(backend, profile, files, limits, threads, lexiconFiles, knowledgeDir);
  }

  public ParleyConfig withThreads(int n) {
    return new ParleyConfig(backend, profile, actorFiles, limits, n, lexiconFiles, knowledgeDir);
  }

  public ParleyConfig withLimits(InputLimits l) {
    return new ParleyConfig(backend, profile, actorFiles, l, threads, lexiconFiles, knowledgeDir);
  }

  public ParleyConfig withProfile(String p) {
    return new ParleyConfig(backend, p, actorFiles, limits, threads, lexiconFiles, knowledgeDir);
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
    knowledge();
    return this;
  }
}
