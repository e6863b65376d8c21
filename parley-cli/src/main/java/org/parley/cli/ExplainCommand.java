// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.engine.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley explain}: why each event came out as it did, and why each left-out candidate was left out. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Analyse an article and print, per sentence, each event (type, code, source -> target, polarity,",
        "modality) with the named steps that made it, each candidate a stage dropped with the step that dropped it,",
        "and the quotes with their speakers. Reads the same inputs as analyze."},
    exitCodeListHeading = ExitCodes.HELP_HEADING,
    exitCodeList = {"0:every input explained", "1:some inputs failed (one stderr line each)", ExitCodes.HELP_USAGE,
        ExitCodes.HELP_CONFIG, ExitCodes.HELP_SOFTWARE})
final class ExplainCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles to explain (files, folders or -).")
  List<String> paths;

  @Option(names = "--sentence", paramLabel = "N", description = "Only sentence N (1 is the first).")
  Integer sentence;

  @Mixin
  PublishedOption published;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    if (sentence != null && sentence < 1) {
      throw usageError("--sentence counts from 1, got " + sentence);
    }
    try (Parley parley = load()) {
      ArticleBatch batch = new ArticleBatch(parley, err, published.date);
      List<Article> articles = new ArrayList<>();
      batch.read(paths, articles::add);
      int[] failures = {0};
      parley.analyzeAll(articles, a -> Explanation.print(out, a, sentence), (article, failure) -> {
        failures[0]++;
        err.println("parley: " + article.origin() + ": analysis failed: " + failure);
      });
      return ExitCodes.forProblems(failures[0] + batch.problems());
    }
  }
}
