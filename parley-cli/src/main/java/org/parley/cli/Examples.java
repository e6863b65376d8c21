// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own example articles are: {@code $PARLEY_HOME/examples}, else {@code ./examples}. */
final class Examples {
  private Examples() {}

  static Path folder() {
    String home = System.getProperty("parley.home", System.getenv("PARLEY_HOME"));
    Path p = home != null ? Path.of(home, "examples") : Path.of("examples");
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("example articles not found at " + p.toAbsolutePath()
          + " (run from the project folder or set PARLEY_HOME)");
    }
    return p;
  }
}
