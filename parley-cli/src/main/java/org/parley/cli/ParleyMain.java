// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. Each subcommand is a thin shell over {@link org.parley.engine.Parley}. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Reads news about wars and peace talks and turns it into a sourced record of who did what to whom.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, IngestCommand.class, BoardCommand.class,
        ImportCommand.class, ExportCommand.class, ServeCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class ParleyMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with the shared error mapping, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ParleyMain());
    cl.setExecutionExceptionHandler(new ErrorMapping());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'parley " + ex.getCommandLine().getCommandName() + " --help'.");
      return ExitCodes.USAGE;
    });
    return cl;
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    PrintWriter out = StandardOutput.writer();
    cl.setOut(out);
    int code = cl.execute(args);
    try {
      out.flush();
    } catch (StandardOutput.OutputFailure e) {
      if (!e.readerGone()) {
        cl.getErr().println("parley: " + e.getMessage());
      }
      code = e.readerGone() ? ExitCodes.READER_GONE : ExitCodes.SOFTWARE;
    }
    System.exit(code);
  }
}
