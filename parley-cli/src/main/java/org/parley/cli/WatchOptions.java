// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parley.engine.Parley;
import org.parley.store.Ingestor;
import org.parley.store.Store;
import org.parley.watch.HttpFetcher;
import org.parley.watch.Source;
import org.parley.watch.Watcher;
import picocli.CommandLine.Option;

/** The polling options {@code watch} and {@code serve --watch} share, and how they become a {@link Watcher}. */
final class WatchOptions {
  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m",
      description = "Time between polls of each source, e.g. 30s, 10m, 1h (default 10m).")
  Duration every;

  @Option(names = "--host-interval", paramLabel = "DURATION", defaultValue = "1s",
      description = "Least time between two requests to one web server (default 1s).")
  Duration hostInterval;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
      description = "Further attempts, with doubling waits, after a failed request that may pass (default 3).")
  int retries;

  @Option(names = "--backoff", paramLabel = "DURATION", defaultValue = "2s",
      description = "Wait before the first retry; doubled for each next one (default 2s).")
  Duration backoff;

  /** The User-Agent: names Parley and its version, so that a site's operator knows who polls. */
  static final String USER_AGENT = "Parley/" + ParleyMain.VERSION + " (news watcher; parley watch)";

  Watcher watcher(Path sourcesFile, Parley parley, Store store, PrintWriter log) {
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("--retries must be between 0 and 10, got " + retries);
    }
    if (every.isZero() || every.isNegative()) {
      throw new IllegalArgumentException("--every must be positive, got " + every);
    }
    List<Source> sources = Source.read(sourcesFile);
    HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Settings(USER_AGENT, hostInterval, retries, backoff,
        parley.config().limits().maxInputBytes(), Duration.ofSeconds(30)));
    return new Watcher(sources, fetcher, parley.reader(), parley::article, new Ingestor(store, parley::analyze), store,
        line -> {
          synchronized (log) {
            log.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
            log.flush();
          }
        }, Clock.systemUTC());
  }
}
