// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.contract.AnalysisJsonReader;
import org.parley.engine.Parley;
import org.parley.negotiation.BoardRenderer;
import org.parley.negotiation.NegotiationTrack;
import org.parley.negotiation.NegotiationTracker;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley board}: where each negotiation stands across the given articles or saved analyses, as an
 * issues × parties grid with the latest stance, its date and source, plus the rounds, the stance changes and the
 * reports that contradict each other.
 */
@Command(name = "board", mixinStandardHelpOptions = true,
    description = {"Show where negotiations stand across articles: an issues x parties board",
        "with each side's latest stance, its date and source, then the rounds, every",
        "change of stance and the reports that contradict each other.",
        "Reads saved analyses (--analyses: what 'parley analyze' prints), the store (--db)",
        "and/or ARTICLES."},
    exitCodeListHeading = ExitCodes.HELP_HEADING,
    exitCodeList = {"0:every input read", "1:some inputs or lines failed (one stderr line each); the rest were used",
        ExitCodes.HELP_USAGE, ExitCodes.HELP_CONFIG, ExitCodes.HELP_SOFTWARE})
final class BoardCommand extends ConfiguredCommand {
  private static final int MAX_STORE_PROBLEMS = 10;

  enum Format { table, json, markdown }

  @Parameters(paramLabel = "ARTICLE", arity = "0..*", description = "Articles to analyse first (files, folders or -).")
  List<String> paths = new ArrayList<>();

  // --from is kept as an alias: elsewhere (export) --from is a date, which is what a user guesses first.
  @Option(names = {"--analyses", "--from"}, paramLabel = "FILE",
      description = "Saved analyses (JSON Lines from 'parley analyze', optionally .gz, or a folder of them such as "
          + "the Spark job's OUT/analyses); repeatable. --from is an older name for it.")
  List<Path> from = new ArrayList<>();

  @Option(names = "--db", paramLabel = "FILE|URL", arity = "0..1", fallbackValue = "",
      description = {"Read the analyses kept in the store: a DuckDB file or a JDBC URL; bare --db means the",
          "default store ($PARLEY_DB, else $XDG_DATA_HOME/parley/parley.duckdb, else",
          "~/.local/share/parley/parley.duckdb). Put ARTICLES before it or write --db= for the default."})
  String db;

  @Option(names = "--parties", paramLabel = "A,B", split = ",",
      description = "Only the negotiation between exactly these parties (alpha-3 codes, organisations or names).")
  List<String> parties = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Show the board as it stood on this day (articles published by then, stances dated by then).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), markdown or json (one object per negotiation).")
  Format format;

  @Mixin
  PublishedOption published;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    if (paths.isEmpty() && from.isEmpty() && db == null) {
      throw usageError("give saved analyses (--analyses FILE), a store (--db) or articles to analyse");
    }
    NegotiationTracker tracker = new NegotiationTracker();
    int problems = 0;
    for (Path file : from) {
      problems += AnalysisFiles.read(file, options.limits.limits(), err,
          (json, analysis, where) -> tracker.add(analysis.articleBoards()));
    }
    if (db != null) {
      problems += readStore(DbSpec.parse(db.isBlank() ? null : db), tracker, err);
    }
    if (!paths.isEmpty()) {
      try (Parley parley = Parley.create(options.config())) {
        ArticleBatch batch = new ArticleBatch(parley, err, published.date);
        List<Article> articles = batch.read(paths);
        parley.analyzeAll(articles, a -> tracker.add(a.articleBoards()));
        problems += batch.problems();
      }
    }
    List<NegotiationTrack> tracks = tracker.tracks(asOf);
    if (!parties.isEmpty()) {
      Set<String> wanted = new LinkedHashSet<>();
      parties.forEach(p -> wanted.add(p.strip()));
      tracks = tracks.stream().filter(t -> t.between(wanted)).toList();
    }
    if (tracks.isEmpty()) {
      err.println("parley: no negotiation found" + (parties.isEmpty() ? "" : " between " + String.join(", ", parties))
          + (asOf == null ? "" : " as of " + asOf) + " in " + tracker.size() + " articles");
    }
    for (int i = 0; i < tracks.size(); i++) {
      NegotiationTrack t = tracks.get(i);
      switch (format) {
        case json -> out.println(BoardRenderer.json(t, asOf));
        case markdown -> out.print((i > 0 ? "\n" : "") + BoardRenderer.markdown(t, asOf));
        case table -> out.print((i > 0 ? "\n" : "") + BoardRenderer.table(t, asOf));
      }
    }
    out.flush();
    return ExitCodes.forProblems(problems);
  }

  /**
   * Feeds every analysis kept in the store to the tracker, as the store's own negotiation endpoints do; an
   * unreadable one is one stderr line (at most {@value #MAX_STORE_PROBLEMS}, then a count). Returns the failures.
   */
  private static int readStore(DbSpec spec, NegotiationTracker tracker, PrintWriter err) {
    int[] problems = {0};
    try (JdbcStore store = JdbcStore.openReadOnly(StoreOptions.existing(spec))) {
      store.forEachAnalysis(null, line -> {
        try {
          tracker.add(AnalysisJsonReader.read(line).articleBoards());
        } catch (AnalysisJsonReader.FormatException e) {
          if (++problems[0] <= MAX_STORE_PROBLEMS) {
            err.println("parley: " + spec.display() + ": a stored analysis is " + e.getMessage());
          }
        }
      });
    }
    if (problems[0] > MAX_STORE_PROBLEMS) {
      err.println("parley: " + spec.display() + ": " + problems[0] + " stored analyses could not be read in all");
    }
    err.flush();
    return problems[0];
  }
}
