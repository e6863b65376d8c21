// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.parley.alerts.AlertRules;
import org.parley.alerts.Alerter;
import org.parley.alerts.WebhookSender;
import org.parley.engine.Parley;
import org.parley.knowledge.ConfigException;
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

  @Option(names = "--alerts", paramLabel = "RULES", description = "Send alerts on what changed to a webhook, by the "
      + "rules in this file (webhook URL; stance-change, round, assault, contradiction, each with * or actors); "
      + "signed with $PARLEY_WEBHOOK_SECRET.")
  Path alerts;

  /** The variable that holds the webhook's secret: kept out of the rules file and the command line. */
  static final String SECRET_VARIABLE = "PARLEY_WEBHOOK_SECRET";

  /**
   * The alerter: the rules file's, sending to its webhook (signed with the secret), and telling {@code published}
   * (the server's live feed) of each alert; without a rules file but with {@code published}, every kind of change
   * is shown there and sent nowhere; null when neither. It has seen the store as it is now: what is stored
   * already raises nothing.
   */
  Alerter alerter(Store store, PrintWriter log, java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> published) {
    if (alerts == null && published == null) {
      return null;
    }
    AlertRules rules = alerts != null ? AlertRules.read(alerts) : AlertRules.everything();
    WebhookSender sender = alerts == null ? null : new WebhookSender(rules.webhook(),
        secret().getBytes(StandardCharsets.UTF_8), USER_AGENT, retries, backoff);
    Alerter a = new Alerter(rules, store, sender, logger(log), Clock.systemUTC(),
        published != null ? published : change -> { });
    a.baseline();
    return a;
  }

  /** Checks the sources file, the alert rules and the secret, before the store is opened or a model loaded. */
  void check(Path sourcesFile) {
    Source.read(sourcesFile);
    if (alerts != null) {
      AlertRules.read(alerts);
      secret();
    }
  }

  private static String secret() {
    String secret = System.getenv(SECRET_VARIABLE);
    if (secret == null || secret.length() < 16) {
      throw new ConfigException("--alerts needs a webhook secret of at least 16 characters in $" + SECRET_VARIABLE
          + " (alerts are signed with it: HMAC-SHA256 in the " + WebhookSender.SIGNATURE_HEADER + " header)");
    }
    return secret;
  }

  /** The round listener that runs {@code alerter} on what a round stored (nothing without alerts). */
  static Watcher.RoundListener alerting(Alerter alerter) {
    return polls -> {
      if (alerter != null) {
        alerter.check(polls.stream().flatMap(p -> p.addedIds().stream()).toList());
      }
    };
  }

  private static java.util.function.Consumer<String> logger(PrintWriter log) {
    return line -> {
      synchronized (log) {
        log.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
        log.flush();
      }
    };
  }

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
        logger(log), Clock.systemUTC(), parley.config().threads());
  }
}
