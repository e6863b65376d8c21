// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.store.Ingestor;
import org.parley.store.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code parley ingest PATH...}: analyses a corpus into the store. Re-running adds nothing already stored,
 * which also makes an interrupted run resumable; an article that fails is reported and skipped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse files, folders, WARC archives (.warc, .warc.gz) and RSS/Atom feeds into the store.")
final class IngestCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs: .txt .html .jsonl (optionally .gz), .warc(.gz), .rss/.atom/.xml, folders.")
  List<String> paths = new ArrayList<>();

  @Mixin
  StoreOptions storeOptions;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    try (JdbcStore store = storeOptions.open(); Parley parley = load()) {
      int[] problems = {0};
      List<Article> articles = read(parley, store, paths, err, problems);
      Progress progress = new Progress(err, articles.size(), System.console() != null);
      int[] counts = new Ingestor(store, parley::analyze).ingestAll(articles, parley.config().threads(),
          (article, outcome, problem) -> {
            if (outcome == Ingestor.Outcome.FAILED) {
              err.println("parley: " + article.origin() + ": " + problem);
            }
            progress.step();
          });
      out.printf("ingested %d new articles into %s (%d already stored, %d failed, %d unreadable inputs)%n",
          counts[Ingestor.Outcome.ADDED.ordinal()], store.describe(), counts[Ingestor.Outcome.ALREADY_STORED.ordinal()],
          counts[Ingestor.Outcome.FAILED.ordinal()], problems[0]);
      out.flush();
      return ExitCodes.forProblems(problems[0] + counts[Ingestor.Outcome.FAILED.ordinal()]);
    }
  }

  /**
   * Reads every input into articles (the same reader as {@code analyze}: text, HTML, JSON Lines, WARC, feeds;
   * duplicates kept once; copies of articles stored by earlier runs linked to their story); each unreadable
   * input is one stderr line.
   */
  static List<Article> read(Parley parley, JdbcStore store, List<String> paths, PrintWriter err, int[] problems) {
    ArticleBatch batch = new ArticleBatch(parley, err, null, store::forEachPublished);
    List<Article> articles = batch.read(paths);
    problems[0] += batch.problems();
    return articles;
  }
}
