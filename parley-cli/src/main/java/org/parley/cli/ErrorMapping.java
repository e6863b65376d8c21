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
}
