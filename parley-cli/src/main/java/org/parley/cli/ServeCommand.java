// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.knowledge.ConfigException;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.server.ParleyServer;
import org.parley.server.Pipeline;
import org.parley.store.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: the REST API and the dashboard over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api, described at /api/openapi.json) and the dashboard (/) over the store.")
final class ServeCommand extends ConfiguredCommand {
  @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token for POST /api/analyze and /api/articles, at least 8 characters (default: "
          + "$PARLEY_API_TOKEN; none disables writes).")
  String token;

  @Option(names = "--public-host", paramLabel = "NAME", description = "A host name clients use to reach this "
      + "server (repeatable); requests naming any other host than this machine's names and addresses get 421.")
  List<String> publicHosts = new ArrayList<>();

  @Option(names = "--max-body", defaultValue = "2097152", paramLabel = "BYTES", description = "Largest request body (default 2 MiB).")
  long maxBody;

  @Option(names = "--max-analyses", paramLabel = "N", description = "Analyses (POST endpoints) run at once; more "
      + "are refused with 503 and Retry-After (default: one per core).")
  Integer maxAnalyses;

  @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS", description = "Longest a POST "
      + "request waits for its analysis before it is answered with 503 (default 60).")
  long timeLimitSeconds;

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--watch", paramLabel = "SOURCES", description = "Also poll the sources in this file and ingest "
      + "what is new (as 'parley watch' does; the server is then the store's one writer). See --every.")
  java.nio.file.Path watchSources;

  /** The polling options of {@code --watch}. */
  @Mixin
  WatchOptions watch;

  @Override
  int run(PrintWriter out, PrintWriter err) throws InterruptedException {
    String t = token != null ? token : System.getenv("PARLEY_API_TOKEN");
    ParleyServer.Options o = new ParleyServer.Options(host, port, t == null || t.isBlank() ? null : t, maxBody,
        maxAnalyses != null ? maxAnalyses : ParleyServer.Options.defaultAnalyses(),
        java.time.Duration.ofSeconds(timeLimitSeconds), publicHosts);
    if (watchSources != null) {
      watch.check(watchSources); // a bad sources or rules file fails before anything starts
    }
    JdbcStore store = storeOptions.open();
    Parley parley = Parley.create(options.config());
    java.util.function.Consumer<ParleyServer> started = server -> { };
    if (watchSources != null) {
      // Started once the server is up, so that what the watcher finds reaches the dashboard's live feed.
      started = server -> startWatching(watch.watcher(watchSources, parley, store, out), watch.every,
          WatchOptions.alerting(watch.alerter(store, out, server.changes()::publish)), err);
    }
    serveUntilStopped(store, parley, o, out, started);
    return ExitCodes.OK;
  }

  /** Starts the server, prints its address and blocks until the process is stopped; then closes everything. */
  static void serveUntilStopped(JdbcStore store, Parley parley, ParleyServer.Options o, PrintWriter out)
      throws InterruptedException {
    serveUntilStopped(store, parley, o, out, server -> { });
  }

  /** As above, handing the running server to {@code started} before blocking (to start a watcher beside it). */
  static void serveUntilStopped(JdbcStore store, Parley parley, ParleyServer.Options o, PrintWriter out,
                                java.util.function.Consumer<ParleyServer> started) throws InterruptedException {
    ParleyServer server;
    try {
      server = ParleyServer.start(store, pipeline(parley), o);
    } catch (ParleyServer.StartException e) {
      store.close();
      throw new ConfigException(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "parley-serve-stop"));
    out.printf("Parley dashboard: %s  (API: %sapi, store: %s%s). Stop with Ctrl-C.%n", server.url(), server.url(),
        store.describe(), o.token() == null ? "; writes disabled, no token" : "");
    out.flush();
    started.accept(server);
    stopped.await();
  }

  /**
   * Runs the watcher beside the server, in this process, so that the server stays the store's one writer. It
   * stops with the process; a failure of the store ends it with one line, the server goes on serving.
   */
  static void startWatching(org.parley.watch.Watcher watcher, java.time.Duration every,
                            org.parley.watch.Watcher.RoundListener after, PrintWriter err) {
    Thread t = new Thread(() -> {
      try {
        watcher.run(every, after);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        err.println("parley: watching stopped: " + e.getMessage());
        err.flush();
      }
    }, "parley-watch");
    t.setDaemon(true);
    t.start();
  }

  /** The facade's cleaning and analysis as the server's pipeline. */
  static Pipeline pipeline(Parley parley) {
    return new Pipeline() {
      @Override
      public Article article(RawDocument document) {
        StringBuilder why = new StringBuilder();
        return parley.article(document, new InputReader.Sink() {
          @Override
          public void document(RawDocument d) {
            // The maker reports problems only.
          }

          @Override
          public void problem(InputProblem p) {
            why.append(p.reason());
          }
        }).orElseThrow(() -> new IllegalArgumentException("no article in the body" + (why.length() > 0 ? ": " + why : "")));
      }

      @Override
      public Analysis analyze(Article article) {
        return parley.analyze(article);
      }
    };
  }
}
