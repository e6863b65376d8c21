// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.article.Article;
import org.parley.cli.eval.GoldScorer;
import org.parley.cli.eval.SentenceScorer;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley eval}: runs the gold readings and the sentence sets of the shared folder through the full
 * pipeline and prints the referees' figures ({@code tools/score.py}, {@code tools/score_sentences.py}, ported
 * to Java line for line) plus per-type precision and recall. {@code --out} keeps the analyses so the Python
 * referees can be run on the very same output.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the full pipeline on the shared gold readings and sentence sets.",
        "Prints the same lines as shared/tools/score.py and score_sentences.py, plus per-type precision/recall."})
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The evaluation sets. */
  enum EvalSet { seed, plover, conflibert, all }

  @Option(names = "--set", defaultValue = "all", paramLabel = "NAME",
      description = "Which set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  EvalSet set;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared folder with gold/ and datasets/ (default: ../shared beside the project).")
  Path shared;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write the inputs and analyses (JSON Lines) here, for the Python referees.")
  Path out;

  @Option(names = "--analyses", paramLabel = "DIR",
      description = "Score the analyses already in DIR (laid out as --out writes them) instead of running the pipeline.")
  Path analyses;

  @Option(names = "--verbose", description = "List misses and unmatched predictions, as the referees' --verbose.")
  boolean verbose;

  @Mixin
  ConfigOptions options;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = shared != null ? shared : defaultShared();
    if (!Files.isDirectory(dir.resolve("gold")) && !Files.isDirectory(dir.resolve("datasets"))) {
      err.println("parley eval: no shared data at " + dir + " (needs gold/ or datasets/events-dev/); nothing to score."
          + " Use --shared DIR.");
      err.flush();
      return ExitCodes.OK;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    if (analyses != null) {
      runAll(null, dir, analyses, stdout, err);
      stdout.flush();
      return ExitCodes.OK;
    }
    Path work = out != null ? out : Files.createTempDirectory("parley-eval");
    try (Parley parley = Parley.create(options.config())) {
      runAll(parley, dir, work, stdout, err);
    } finally {
      if (out == null) {
        deleteTree(work);
      }
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Runs the chosen sets; with {@code parley} null the analyses are read from {@code work}, not made. */
  private void runAll(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    if (set == EvalSet.seed || set == EvalSet.all) {
      seed(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.plover || set == EvalSet.all) {
      plover(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.conflibert || set == EvalSet.all) {
      conflibert(parley, dir, work, stdout, err);
    }
  }

  private void seed(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path gold = dir.resolve("gold");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      err.println("parley eval: no gold readings in " + gold + "; seed set skipped");
      return;
    }
    Path analysed = work.resolve("gold");
    Files.createDirectories(analysed);
    GoldScorer.Totals totals = new GoldScorer.Totals();
    for (Path g : files) {
      JsonNode goldJson = JSON.readTree(g.toFile());
      Path input = dir.resolve(goldJson.path("input").asText());
      String name = g.getFileName().toString();
      Path written = analysed.resolve(name.replaceFirst("\\.json$", ".jsonl"));
      List<String> lines;
      if (parley == null) {
        lines = readLines(written, err);
      } else {
        lines = analyse(parley, List.of(input.toString()), err);
        Files.write(written, lines, StandardCharsets.UTF_8);
      }
      // the referee scores the first non-empty line
      String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
      JsonNode analysis = first == null ? JSON.createObjectNode() : JSON.readTree(first);
      GoldScorer.ArticleScore r = GoldScorer.score(goldJson, analysis);
      totals.add(r);
      stdout.println(GoldScorer.articleLine(name, r));
      if (verbose) {
        r.misses().forEach(m -> stdout.println("   missed: " + m));
        r.unmatched().forEach(m -> stdout.println("   unmatched prediction: " + m));
      }
    }
    totals.perTypeLines().forEach(stdout::println);
    stdout.println(totals.summaryLine());
    stdout.flush();
  }

  private void plover(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path gold = dir.resolve("datasets/events-dev/plover-gsr.json");
    if (!Files.isRegularFile(gold)) {
      err.println("parley eval: no " + gold + "; plover set skipped");
      return;
    }
    List<SentenceScorer.Row> rows = SentenceScorer.ploverRows(gold);
    Map<String, JsonNode> an = analyseRows(parley, rows, work, "plover", err);
    SentenceScorer.plover(rows, an, stdout, verbose);
    stdout.flush();
  }

  private void conflibert(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path classes = dir.resolve("datasets/events-dev/conflibert-test-class.tsv");
    Path spans = dir.resolve("datasets/events-dev/conflibert-test-spans.txt");
    if (!Files.isRegularFile(classes)) {
      err.println("parley eval: no " + classes + "; conflibert set skipped");
      return;
    }
    List<SentenceScorer.Row> rows = SentenceScorer.conflibertRows(classes);
    Map<String, JsonNode> an = analyseRows(parley, rows, work, "conflibert", err);
    SentenceScorer.conflibert(rows, Files.isRegularFile(spans) ? spans : null, an, stdout, verbose);
    stdout.flush();
  }

  /** Writes the rows as Parley input (as {@code score_sentences.py inputs} does), analyses and keeps them. */
  private Map<String, JsonNode> analyseRows(Parley parley, List<SentenceScorer.Row> rows, Path work, String name,
                                           PrintWriter err) throws IOException {
    List<String> analysed;
    if (parley == null) {
      analysed = readLines(work.resolve(name + ".jsonl"), err);
    } else {
      Path inputs = work.resolve(name + "-inputs.jsonl");
      List<String> lines = new ArrayList<>();
      rows.forEach(r -> lines.add(r.inputLine()));
      Files.write(inputs, lines, StandardCharsets.UTF_8);
      analysed = analyse(parley, List.of(inputs.toString()), err);
      Files.write(work.resolve(name + ".jsonl"), analysed, StandardCharsets.UTF_8);
    }
    List<JsonNode> trees = new ArrayList<>();
    for (String l : analysed) {
      if (!l.isBlank()) {
        trees.add(JSON.readTree(l));
      }
    }
    return SentenceScorer.byId(trees);
  }

  private static List<String> readLines(Path file, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(file)) {
      err.println("parley eval: no analyses at " + file + "; scored as empty");
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** What {@code parley analyze PATHS} would print, one contract line per article. */
  private static List<String> analyse(Parley parley, List<String> paths, PrintWriter err) {
    List<Article> articles = new ArticleBatch(parley, err, null).read(paths);
    List<String> out = new ArrayList<>();
    parley.analyzeAll(articles, a -> out.add(AnalysisJson.line(a)));
    return out;
  }

  /** ../shared beside the project: the launcher names the project home; otherwise the working directory. */
  static Path defaultShared() {
    String home = System.getProperty("parley.home");
    Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    return base.resolve("..").resolve("shared").normalize();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
