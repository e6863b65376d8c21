// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parley.engine.Parley;
import org.parley.store.JdbcStore;
import org.parley.store.StoreException;
import org.parley.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley watch SOURCES}: polls feeds and pages and ingests what is new into the store, in the foreground
 * until stopped (or once, with {@code --once}).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll news feeds and pages and ingest new articles into the store, as 'parley ingest' does.",
        "SOURCES lists one source a line: URL, URL<TAB>NAME or NAME = URL (NAME: the outlet; '#' starts a comment).",
        "Logs one line per source per poll: new, duplicate and failed articles, or why the source failed."})
final class WatchCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "SOURCES", description = "The sources file.")
  Path sources;

  @Option(names = "--once", description = "Poll every source once and exit (exit code 1 when one failed).")
  boolean once;

  @Mixin
  WatchOptions watch;

  @Mixin
  StoreOptions storeOptions;

  @Override
  int run(PrintWriter out, PrintWriter err) throws InterruptedException {
    // The sources and rules are read before the store and the models, so that a bad file fails at once.
    watch.check(sources);
    try (JdbcStore store = storeOptions.open(); Parley parley = load()) {
      Watcher w = watch.watcher(sources, parley, store, out);
      Watcher.RoundListener alerting = WatchOptions.alerting(watch.alerter(store, out, null));
      if (once) {
        List<Watcher.Poll> polls = w.pollAll();
        alerting.done(polls);
        boolean failed = polls.stream().anyMatch(p -> p.sourceFailed() || p.failed() > 0);
        return failed ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
      }
      Thread main = Thread.currentThread();
      // Stopping (Ctrl-C, SIGTERM) interrupts the polls and waits a little for the store to be closed: every
      // article stored so far is complete, and the next run resumes.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        main.interrupt();
        try {
          main.join(15_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "parley-watch-stop"));
      try {
        w.run(watch.every, alerting);
      } catch (InterruptedException e) {
        // stopped
      } catch (StoreException e) {
        if (!Thread.currentThread().isInterrupted()) {
          throw e;
        }
        // the batch under way was interrupted by the stop; what it stored is complete
      }
      return ExitCodes.OK;
    }
  }
}
