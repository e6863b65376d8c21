// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --published} date of the commands that analyse articles ({@code analyze}, {@code explain}, {@code board}). */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (relative dates are read against it).")
  LocalDate date;
}
