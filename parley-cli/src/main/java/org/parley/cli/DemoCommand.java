// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Parley;
import org.parley.server.ParleyServer;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import org.parley.events.Event;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Position;
import org.parley.negotiation.Round;
import org.parley.quotes.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley demo}: analyses the bundled example articles and prints a summary a person can read. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the project's example articles, print actors, events, quotes and the board, then serve the dashboard on them.")
final class DemoCommand extends ConfiguredCommand {

  @CommandLine.Option(names = "--no-serve", description = "Print the summary only; do not start the dashboard.")
  boolean noServe;

  @CommandLine.Option(names = "--port", defaultValue = "8080", description = "Dashboard port (default 8080; a free one if taken).")
  int port;

  @CommandLine.Option(names = "--db", paramLabel = "FILE|URL",
      description = "Store for the demo (default: .parley/demo.duckdb in the project folder).")
  String db;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    try (Parley parley = load()) {
      ArticleBatch batch = new ArticleBatch(parley, err, null);
      List<Article> articles = batch.read(List.of(Examples.folder().toString()));
      List<Analysis> results = new ArrayList<>();
      parley.analyzeAll(articles, results::add);
      for (Analysis a : results) {
        print(out, a);
      }
      out.flush();
      if (!noServe) {
        serve(parley, results, out);
      }
      return ExitCodes.forProblems(batch.problems());
    }
  }

  /** Stores the analyses and serves the dashboard on them until the process is stopped. */
  private void serve(Parley parley, List<Analysis> results, PrintWriter out) {
    DbSpec where = db != null ? DbSpec.parse(db) : DbSpec.duckdb(Examples.folder().getParent().resolve(".parley").resolve("demo.duckdb"));
    JdbcStore store = JdbcStore.open(where);
    results.forEach(a -> store.put(AnalysisJson.tree(a, true)));
    String token = System.getenv("PARLEY_API_TOKEN");
    ParleyServer.Options o = new ParleyServer.Options("127.0.0.1", port, token == null || token.isBlank() ? null : token,
        ParleyServer.Options.DEFAULT_MAX_BODY);
    try {
      ServeCommand.serveUntilStopped(store, parley, o, out);
    } catch (io.javalin.util.JavalinBindException e) {
      out.printf("port %d is taken; using a free one%n", port);
      try {
        ServeCommand.serveUntilStopped(store, parley, new ParleyServer.Options(o.host(), 0, o.token(), o.maxBodyBytes()), out);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void print(PrintWriter out, Analysis a) {
    Function<String, String> name = actorNames(a, "-", " [", "]");
    String text = a.article().text();
    out.println("=".repeat(100));
    out.printf("%s%n  published %s · %s · id %s%n", a.article().title(), a.article().published(), a.article().origin(),
        a.article().id());
    out.printf("%nActors (%d)%n", a.actors().size());
    for (Actor x : a.actors()) {
      out.printf("  %-34s %-8s %s%s  ×%d%n", x.name(), x.code() == null ? "" : x.code(), x.role() == null ? "" : x.role(),
          x.organization() == null ? "" : " (" + x.organization() + ")", x.mentions().size());
    }
    out.printf("%nEvents (%d)%n", a.events().size());
    for (Event e : a.events()) {
      // meaning in words, not codes: "not AGREE", "(reported, according to X)"
      out.printf("  %-13s %s -> %s%s%s%s%s%n      \"%s\"%n",
          (e.polarity() == org.parley.events.Polarity.NEGATED ? "not " : "") + e.type(), name.apply(e.source()),
          name.apply(e.target()),
          e.modality().json().equals("asserted") ? "" : " (" + e.modality().json() + ")",
          e.attributedTo() == null ? "" : " according to " + name.apply(e.attributedTo()),
          e.date() == null ? "" : " on " + e.date(),
          e.location() == null ? "" : " in " + e.location().name(),
          abbreviate(e.evidence().get(0).of(text), 110));
    }
    out.printf("%nQuotes (%d)%n", a.quotes().size());
    for (Quote q : a.quotes()) {
      // reported speech is the outlet's paraphrase: no quotation marks
      out.printf(q.direct() ? "  %-28s \"%s\"%n" : "  %-28s (reported) %s%n", name.apply(q.speakerId()),
          abbreviate(q.text(), 90));
    }
    for (NegotiationBoard b : a.negotiations()) {
      out.printf("%nNegotiation: %s%s%n", b.parties().stream().map(name).collect(Collectors.joining(" / ")),
          b.mediators().isEmpty() ? "" : ", mediated by " + b.mediators().stream().map(name).collect(Collectors.joining(", ")));
      for (Round r : b.rounds()) {
        out.printf("  round %s%n", roundWords(r));
      }
      for (IssuePositions ip : b.issues()) {
        out.printf("  %-22s %s%n", org.parley.negotiation.BoardRenderer.issueWords(ip.issue()),
            positionWords(ip, name, ": "));
      }
    }
    out.println();
  }

  /**
   * The summaries' name of an actor id of {@code a}: the actor's name with its code between {@code open} and
   * {@code close}, {@code none} for no actor.
   */
  static Function<String, String> actorNames(Analysis a, String none, String open, String close) {
    Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    return id -> {
      Actor x = id == null ? null : actors.get(id);
      return x == null ? none : x.name() + (x.code() == null ? "" : open + x.code() + close);
    };
  }

  /** A round in words, as the summaries print it: its date (or "(undated)"), its place and its outcome. */
  static String roundWords(Round r) {
    return (r.date() == null ? "(undated)" : r.date()) + (r.location() == null ? "" : " in " + r.location().name())
        + ": " + r.outcome().json();
  }

  /** Each party's stance on one issue, its name and stance joined by {@code between}, the parties by "; ". */
  static String positionWords(IssuePositions ip, Function<String, String> name, String between) {
    return ip.positions().stream().map((Position p) -> name.apply(p.actorId()) + between + p.stance().json())
        .collect(Collectors.joining("; "));
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
