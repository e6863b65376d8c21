// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;
import org.parley.engine.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley analyze}: one contract object per article on stdout, in input order, nothing else. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse articles and print one JSON object per article (the contract, version 1).",
        "Inputs: .txt (scraped text), .html/.htm, .jsonl ({\"id\",\"text\"|\"html\",\"title\"?,\"published\"?,\"url\"?}),",
        ".xml/.rss/.atom feeds, each optionally .gz; .warc/.warc.gz web archives; folders (recursively);",
        "- for standard input. The same article read twice is analysed once (noted on stderr)."},
    exitCodeListHeading = ExitCodes.HELP_HEADING,
    exitCodeList = {"0:every input analysed", "1:some inputs failed (one stderr line each); the rest were analysed",
        ExitCodes.HELP_USAGE, ExitCodes.HELP_CONFIG, ExitCodes.HELP_SOFTWARE})
final class AnalyzeCommand extends ConfiguredCommand {
  /** Articles analysed together: enough to keep every thread busy, few enough to bound memory. */
  private static final int CHUNK = 256;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Mixin
  PublishedOption published;

  /** How each analysis is printed. */
  enum Format { json, table, markdown, csv }

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json: one contract object per line (default); table: a summary a person reads (actors, "
          + "events in words, quotes, board); markdown: that summary as Markdown; csv: one row per event with the "
          + "columns of 'parley export --format csv'. Valid: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--trace",
      description = "Add to each event and quote a trace: the named steps that made it what it is (off by default).")
  boolean trace;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    try (Parley parley = load()) {
      ArticleBatch batch = new ArticleBatch(parley, err, published.date);
      int[] failures = {0};
      // Articles are analysed in chunks as they are read, so a large folder or archive is never held in
      // memory whole and the first lines come out while the rest is still being read.
      List<Article> chunk = new ArrayList<>(CHUNK);
      Runnable analyzeChunk = () -> {
        parley.analyzeAll(chunk, a -> print(out, a), (article, failure) -> {
          failures[0]++;
          err.println("parley: " + article.origin() + ": analysis failed: " + failure);
          err.flush();
        });
        out.flush();
        chunk.clear();
      };
      batch.read(paths, article -> {
        chunk.add(article);
        if (chunk.size() == CHUNK) {
          analyzeChunk.run();
        }
      });
      analyzeChunk.run();
      if (format == Format.csv) {
        csvRows.write(out);
        csvRows.close();
      }
      return ExitCodes.forProblems(failures[0] + batch.problems());
    }
  }

  /** For csv the rows are written once every input is read, under one header. */
  private final AnalysisCsv csvRows = new AnalysisCsv();

  private synchronized void print(PrintWriter out, Analysis a) {
    switch (format) {
      case table -> DemoCommand.print(out, a);
      case markdown -> AnalysisMarkdown.print(out, a);
      case csv -> csvRows.add(a);
      default -> out.println(AnalysisJson.line(a, trace));
    }
  }
}
