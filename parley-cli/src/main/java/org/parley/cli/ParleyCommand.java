// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code parley} subcommand. It prints through the streams picocli holds for it, never {@code System.out}, so
 * that tests and the error mapping see what it prints; picocli injects the spec into subclasses too.
 */
abstract class ParleyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Runs the command with the streams picocli holds for it. */
  @Override
  public final Integer call() throws Exception {
    return run(out(), err());
  }

  /** The command itself, printing to {@code out} and {@code err} only; returns the exit code. */
  abstract int run(PrintWriter out, PrintWriter err) throws Exception;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A usage error (exit 2) with this message, answered as picocli answers a bad option. */
  CommandLine.ParameterException usageError(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
