// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.util.Objects;

/**
 * Bad input data: an input that could not be read as news. Never a caller bug.
 *
 * @param origin the input it concerns (file path, with line or offset when known)
 * @param reason one short sentence, no stack trace
 */
public record InputProblem(String origin, String reason) {
  public InputProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }

  /** The one line the CLI prints on stderr. */
  public String line() {
    return origin + ": " + reason;
  }
}
