// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.parley.engine.Parley;
import org.parley.engine.ParleyConfig;

/**
 * One {@link Parley} per test JVM: the NLP models load once and every model-heavy test class shares them.
 * Model-heavy tests live in this module only, so CI loads the models once.
 */
public final class SharedParley {
  private static volatile Parley instance;

  private SharedParley() {}

  public static Parley get() {
    if (instance == null) {
      synchronized (SharedParley.class) {
        if (instance == null) {
          instance = Parley.create(ParleyConfig.DEFAULT.withThreads(2));
        }
      }
    }
    return instance;
  }

  /** The project's example articles. */
  public static Path examples() {
    return Path.of("..", "examples").toAbsolutePath().normalize();
  }

  /**
   * The shared folder beside the project, when present (tests that need it skip otherwise). The system property
   * {@code parley.shared} names another place ({@code -Dparley.shared=/nowhere} runs the suites as without it).
   */
  public static Optional<Path> shared() {
    Path p = sharedPath();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  /** Where the shared folder is looked for. */
  static Path sharedPath() {
    String given = System.getProperty("parley.shared");
    return (given == null || given.isBlank() ? Path.of("..", "..", "shared") : Path.of(given)).toAbsolutePath().normalize();
  }

  /** The shared seed article, the one file of the shared folder that these suites read. */
  static final String SEED = "seed/antalya-talks-2022-03-11.txt";

  private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

  /** The shared seed article, when the shared folder has it. */
  public static Optional<Path> seed() {
    return shared().map(s -> s.resolve(SEED)).filter(Files::isRegularFile);
  }

  /**
   * The shared seed article, or the test is skipped with one line on standard output naming the suite and why
   * (once per suite: Maven's skip count names no reason, and {@code -q} hides JUnit's).
   */
  public static Path seedOrSkip(String suite) {
    Optional<Path> seed = seed();
    if (seed.isEmpty()) {
      if (SAID.add(suite)) {
        System.out.println(suite + " skipped its shared-data tests: " + whyNoSeed());
      }
      Assumptions.assumeTrue(false, whyNoSeed());
    }
    return seed.get();
  }

  /** The shared seed article when there is one; else one line saying the suite runs without it, and why. */
  public static Optional<Path> seedOrSay(String suite) {
    Optional<Path> seed = seed();
    if (seed.isEmpty() && SAID.add(suite + " inputs")) {
      System.out.println(suite + " runs without the shared seed article: " + whyNoSeed());
    }
    return seed;
  }

  private static String whyNoSeed() {
    return shared().isEmpty() ? "the shared folder is absent (" + sharedPath() + ")"
        : "the shared folder " + sharedPath() + " has no " + SEED;
  }
}
