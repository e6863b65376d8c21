// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. Each subcommand is a thin shell over {@link org.parley.engine.Parley}. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley " + ParleyMain.VERSION,
    description = "Reads news about wars and peace talks and turns it into a sourced record of who did what to whom.",
    subcommands = {AnalyzeCommand.class, ExplainCommand.class, DemoCommand.class, IngestCommand.class, BoardCommand.class,
        ImportCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class ParleyMain implements Runnable {
  /** Parley's version, for --version and the watcher's User-Agent. */
  public static final String VERSION = "0.1.0";

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
    cl.registerConverter(LocalDate.class, ParleyMain::date);
    cl.registerConverter(YearMonth.class, ParleyMain::month);
    cl.registerConverter(java.time.Duration.class, ParleyMain::duration);
    cl.setParameterExceptionHandler(ParleyMain::usageError);
    return cl;
  }

  /**
   * A usage error: the message, picocli's suggestions for a mistyped command or option ("did you mean"), and the
   * help command of the (sub)command that was being read.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    String message = ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
        && ex.getCommandLine().getSubcommands().size() > 0 && ex.getCommandLine().getParent() == null) {
      message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    err.println("parley: " + message);
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("Did you mean " + String.join(" or ", suggestions.stream().limit(3).map(x -> "'" + x + "'").toList())
            + "?");
      }
    }
    err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Dates on the command line are ISO days; anything else is named with the form expected. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. "
          + LocalDate.of(2025, 3, 6));
    }
  }

  /** A month on the command line is YYYY-MM. */
  static YearMonth month(String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. "
          + YearMonth.of(2025, 3));
    }
  }

  private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  /** A duration on the command line is a number and a unit: 500ms, 30s, 10m, 1h. */
  static java.time.Duration duration(String value) {
    java.util.regex.Matcher m = DURATION.matcher(value.strip());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write a number and a unit "
          + "(ms, s, m, h), e.g. 30s or 10m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> java.time.Duration.ofMillis(n);
      case "s" -> java.time.Duration.ofSeconds(n);
      case "m" -> java.time.Duration.ofMinutes(n);
      default -> java.time.Duration.ofHours(n);
    };
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
