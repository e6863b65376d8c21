// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

  /** The shared folder beside the project, when present (tests that need it skip otherwise). */
  public static Optional<Path> shared() {
    Path p = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
