// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import org.parley.knowledge.ConfigException;
import org.parley.engine.ParleyException;
import org.parley.store.StoreException;
import picocli.CommandLine;

/** Maps every failure that escapes a command to one stderr line and an exit code: the CLI's only such place. */
final class ErrorMapping implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    StandardOutput.OutputFailure output = outputFailure(e);
    if (output != null) {
      if (output.readerGone()) {
        return ExitCodes.READER_GONE; // like any shell tool whose reader left: no message
      }
      err.println("parley: " + output.getMessage());
      return ExitCodes.SOFTWARE;
    }
    if (e instanceof java.io.UncheckedIOException) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.SOFTWARE;
    }
    if (e instanceof ConfigException) {
      err.println("parley: configuration error: " + e.getMessage());
      return ExitCodes.CONFIG;
    }
    if (e instanceof StoreException) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.STORE;
    }
    if (e instanceof IllegalArgumentException || e instanceof ParleyException) {
      err.println("parley: " + e.getMessage());
      return e instanceof ParleyException ? ExitCodes.SOFTWARE : ExitCodes.USAGE;
    }
    err.println("parley: internal error: " + e);
    e.printStackTrace(err);
    return ExitCodes.SOFTWARE;
  }

  /** The failed write to standard output behind {@code e}, if that is what stopped the command. */
  static StandardOutput.OutputFailure outputFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StandardOutput.OutputFailure f) {
        return f;
      }
    }
    return null;
  }
}
