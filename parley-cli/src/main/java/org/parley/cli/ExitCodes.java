// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

/**
 * The exit codes of {@code parley}. Documented in the README; {@link ErrorMapping} is the one place that
 * chooses them.
 */
public final class ExitCodes {
  /** Every input was read and analysed. */
  public static final int OK = 0;
  /** At least one input could not be read or analysed; the others were (each failure is one stderr line). */
  public static final int INPUT_ERRORS = 1;
  /** The command line is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** The configuration is wrong (unknown profile, missing actor file); nothing was analysed. */
  public static final int CONFIG = 3;
  /** The store cannot be opened or used: locked by another process, unreachable server, newer schema. */
  public static final int STORE = 4;
  /** A bug or an environment failure (out of memory, a failed write of the output, e.g. a full disk). */
  public static final int SOFTWARE = 70;
  /** The reader of standard output went away (a closed pipe): stopped quietly, as 128 + SIGPIPE. */
  public static final int READER_GONE = 141;

  /** The heading of the exit codes in a command's help. */
  static final String HELP_HEADING = "%nExit codes:%n";
  /** The help's lines (picocli's {@code exitCodeList} entries) for the codes the reading commands share. */
  static final String HELP_USAGE = USAGE + ":usage error";
  static final String HELP_CONFIG = CONFIG + ":configuration error";
  static final String HELP_SOFTWARE = SOFTWARE + ":internal error";

  private ExitCodes() {}

  /** The code of a command that read its inputs with {@code problems} failures: {@link #OK} only for none. */
  static int forProblems(int problems) {
    return problems == 0 ? OK : INPUT_ERRORS;
  }
}
