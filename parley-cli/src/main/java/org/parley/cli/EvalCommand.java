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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.article.Article;
import org.parley.cli.eval.GoldScorer;
import org.parley.cli.eval.MissExplainer;
import org.parley.cli.eval.PeerQuotes;
import org.parley.cli.eval.QuoteScorer;
import org.parley.cli.eval.ReportedScorer;
import org.parley.cli.eval.SentenceScorer;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval}: runs the gold readings and the sentence sets of the shared folder through the full
 * pipeline and prints the referees' figures ({@code tools/score.py}, {@code tools/score_sentences.py}, ported
 * to Java line for line) plus per-type precision and recall. {@code --out} keeps the analyses so the Python
 * referees can be run on the very same output.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the full pipeline on the shared gold readings and sentence sets.",
        "Prints the same lines as shared/tools/score.py, score_sentences.py and score_quotes.py (--set quotes),"
            + " plus per-type precision/recall."})
final class EvalCommand extends ConfiguredCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The evaluation sets. */
  enum EvalSet { seed, articles, plover, conflibert, quotes, reported, all }

  @Option(names = "--set", defaultValue = "all", paramLabel = "NAME",
      description = "Which set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; all leaves out the slow quotes"
          + " set, PolNeAR dev, and reported, the team-written reported-speech check).")
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

  @Option(names = "--explain", description = "For the gold readings, name the stage that caused each missed and "
      + "each false event (coder: no event, type, polarity; actors: source or target).")
  boolean explain;

  @Option(names = "--peer", paramLabel = "NAME",
      description = "With --set quotes: also run NAME's own quote attributor (e.g. corenlp: its quote annotator with"
          + " coreference, about 1.5 GB of models, seconds an article) on the same articles and print its line,"
          + " scored the same way, under Parley's.")
  String peer;

  @Override
  int run(PrintWriter stdout, PrintWriter err) throws IOException {
    Path dir = shared != null ? shared : defaultShared();
    if (peer != null && set != EvalSet.quotes) {
      throw usageError("--peer scores a peer's quotes and needs --set quotes (got --set " + set + ")");
    }
    if (set != EvalSet.reported && !Files.isDirectory(dir.resolve("gold")) && !Files.isDirectory(dir.resolve("datasets"))) {
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
    if (set == EvalSet.articles || set == EvalSet.all) {
      articles(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.plover || set == EvalSet.all) {
      plover(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.conflibert || set == EvalSet.all) {
      conflibert(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.quotes) {
      quotes(parley, dir, work, stdout, err);
    }
    if (set == EvalSet.reported) {
      reported(parley, work, stdout, err);
    }
  }

  /**
   * The team-written reported-speech check bundled with Parley ({@code org/parley/cli/eval/reported-speech.tsv}):
   * each short text analysed as one article, its indirect quotes scored by {@link ReportedScorer}. Needs no shared
   * folder.
   */
  private void reported(Parley parley, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    List<ReportedScorer.Case> cases = ReportedScorer.cases();
    Path inputs = work.resolve("reported-inputs.jsonl");
    Path written = work.resolve("reported.jsonl");
    List<String> lines;
    if (parley == null) {
      lines = readLines(written, err);
    } else {
      List<String> in = new ArrayList<>();
      for (ReportedScorer.Case c : cases) {
        // a fixed key order, so that the inputs file is the same on every run (Map.of's order is not)
        Map<String, String> line = new java.util.LinkedHashMap<>();
        line.put("id", c.id());
        line.put("text", c.text());
        in.add(JSON.writeValueAsString(line));
      }
      Files.write(inputs, in, StandardCharsets.UTF_8);
      lines = analyse(parley, List.of(inputs.toString()), null, err);
      Files.write(written, lines, StandardCharsets.UTF_8);
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        JsonNode a = JSON.readTree(l);
        byId.put(a.path("article").path("id").asText(), a);
      }
    }
    ReportedScorer.Totals totals = new ReportedScorer.Totals();
    Map<String, ReportedScorer.Totals> bySet = new java.util.LinkedHashMap<>();
    for (ReportedScorer.Case c : cases) {
      JsonNode a = byId.getOrDefault(c.id(), JSON.createObjectNode());
      ReportedScorer.score(c, a, totals, stdout, verbose);
      ReportedScorer.score(c, a, bySet.computeIfAbsent(c.set(), k -> new ReportedScorer.Totals()),
          new PrintWriter(java.io.Writer.nullWriter()), false);
    }
    bySet.forEach((set, t) -> stdout.println("  " + t.summaryLine(set)));
    stdout.println(totals.summaryLine());
    stdout.flush();
  }

  /**
   * The PolNeAR development articles of {@code datasets/quotes-dev/}: each {@code text/NAME.txt}, in the order of
   * their names, analysed as {@code parley analyze} does and scored as {@code tools/score_quotes.py} scores them.
   * Not part of {@code all}: its 84 articles take minutes.
   */
  private void quotes(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path set = dir.resolve("datasets/quotes-dev");
    Path text = set.resolve("text");
    Path ann = set.resolve("attributions");
    if (!Files.isDirectory(text) || !Files.isDirectory(ann)) {
      err.println("parley eval: no " + text + " and " + ann + "; quotes set skipped");
      return;
    }
    List<String> names = QuoteScorer.names(text);
    Path written = work.resolve("quotes.jsonl");
    List<String> lines;
    if (parley == null) {
      lines = readLines(written, err);
    } else {
      lines = analyse(parley, names.stream().map(n -> text.resolve(n + ".txt").toString()).toList(), null, err);
      Files.write(written, lines, StandardCharsets.UTF_8);
    }
    List<String> analysed = lines.stream().filter(l -> !l.isBlank()).toList();
    if (!scoreQuotes(names, ann, analysed, "analyses", "", stdout, err)) {
      return;
    }
    if (peer != null) {
      peerQuotes(parley, names, text, ann, work, stdout, err);
    }
  }

  /**
   * The peer's line under Parley's: its own attributor on the same texts (read as given), scored by the same
   * {@link QuoteScorer}; its analyses kept as {@code quotes-peer-NAME.jsonl} beside Parley's.
   */
  private void peerQuotes(Parley parley, List<String> names, Path text, Path ann, Path work, PrintWriter stdout,
      PrintWriter err) throws IOException {
    Path written = work.resolve("quotes-peer-" + peer + ".jsonl");
    List<String> lines;
    if (parley == null) {
      lines = readLines(written, err);
    } else {
      org.parley.nlp.PeerQuoteAttributor attributor = Parley.backend(peer).peerQuoteAttributor()
          .orElseThrow(() -> usageError("--peer " + peer
              + ": that NLP backend has no quote attributor of its own"));
      List<String> texts = new ArrayList<>();
      for (String n : names) {
        texts.add(Files.readString(text.resolve(n + ".txt"), StandardCharsets.UTF_8));
      }
      err.println("parley eval: running the " + peer + " peer on " + names.size() + " articles (its models load"
          + " first)...");
      err.flush();
      long t0 = System.nanoTime();
      lines = PeerQuotes.run(attributor, names, texts, parley.config().threads());
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(java.util.Locale.ROOT, "parley eval: %s peer took %.0f s (%.1f s an article with loading)%n",
          peer, seconds, seconds / Math.max(1, names.size()));
      err.flush();
      Files.write(written, lines, StandardCharsets.UTF_8);
    }
    scoreQuotes(names, ann, lines, "peer analyses", "peer " + peer + ": ", stdout, err);
  }

  /**
   * Scores one analysis an article ({@code analyses}, in the order of {@code names}) against the quote annotations
   * and prints the summary line after {@code label}; false, with one line on stderr naming {@code kind}, when there
   * are not as many analyses as articles.
   */
  private boolean scoreQuotes(List<String> names, Path ann, List<String> analyses, String kind, String label,
      PrintWriter stdout, PrintWriter err) throws IOException {
    if (analyses.size() != names.size()) {
      err.println("score_quotes: " + analyses.size() + " " + kind + " for " + names.size() + " articles");
      return false;
    }
    QuoteScorer.Totals totals = new QuoteScorer.Totals();
    for (int i = 0; i < names.size(); i++) {
      QuoteScorer.score(names.get(i), ann, JSON.readTree(analyses.get(i)), totals, stdout, verbose);
    }
    stdout.println(label + totals.summaryLine());
    stdout.flush();
    return true;
  }

  private void seed(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path gold = dir.resolve("gold");
    List<Path> files = goldFiles(gold);
    if (files.isEmpty()) {
      err.println("parley eval: no gold readings in " + gold + "; seed set skipped");
      return;
    }
    List<GoldCase> cases = new ArrayList<>();
    for (Path g : files) {
      JsonNode goldJson = JSON.readTree(g.toFile());
      cases.add(new GoldCase(g, goldJson, dir.resolve(goldJson.path("input").asText()), null));
    }
    scoreGold(parley, cases, work.resolve("gold"), stdout, err);
  }

  /**
   * The whole real articles of {@code datasets/articles-dev/}: each {@code <slug>.txt} read as {@code parley
   * analyze --published DATE} reads it, DATE from {@code index.json}, scored against {@code gold/<slug>.json}.
   */
  private void articles(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path set = dir.resolve("datasets/articles-dev");
    List<Path> files = goldFiles(set.resolve("gold"));
    if (files.isEmpty()) {
      err.println("parley eval: no gold readings in " + set.resolve("gold") + "; articles set skipped");
      return;
    }
    Path indexFile = set.resolve("index.json");
    JsonNode index = Files.isRegularFile(indexFile) ? JSON.readTree(indexFile.toFile()) : JSON.createObjectNode();
    List<GoldCase> cases = new ArrayList<>();
    for (Path g : files) {
      String slug = g.getFileName().toString().replaceFirst("\\.json$", "");
      String date = index.path(slug).path("published").asText(null);
      cases.add(new GoldCase(g, JSON.readTree(g.toFile()), set.resolve(slug + ".txt"),
          date == null ? null : LocalDate.parse(date)));
    }
    scoreGold(parley, cases, work.resolve("articles"), stdout, err);
  }

  /** One gold reading, the input it reads and the publication date given on the command line, if any. */
  private record GoldCase(Path gold, JsonNode goldJson, Path input, LocalDate published) { }

  private static List<Path> goldFiles(Path gold) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** Analyses (or, without {@code parley}, reads back) each case and prints the lines of {@code score.py}. */
  private void scoreGold(Parley parley, List<GoldCase> cases, Path analysed, PrintWriter stdout, PrintWriter err)
      throws IOException {
    Files.createDirectories(analysed);
    GoldScorer.Totals totals = new GoldScorer.Totals();
    for (GoldCase c : cases) {
      String name = c.gold().getFileName().toString();
      Path written = analysed.resolve(name.replaceFirst("\\.json$", ".jsonl"));
      List<String> lines;
      if (parley == null) {
        lines = readLines(written, err);
      } else {
        lines = analyse(parley, List.of(c.input().toString()), c.published(), err);
        Files.write(written, lines, StandardCharsets.UTF_8);
      }
      // the referee scores the first non-empty line
      String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
      JsonNode analysis = first == null ? JSON.createObjectNode() : JSON.readTree(first);
      GoldScorer.ArticleScore r = GoldScorer.score(c.goldJson(), analysis);
      totals.add(r);
      stdout.println(GoldScorer.articleLine(name, r));
      if (verbose) {
        r.misses().forEach(m -> stdout.println("   missed: " + m));
        r.unmatched().forEach(m -> stdout.println("   unmatched prediction: " + m));
      }
      if (explain) {
        MissExplainer.explain(c.goldJson(), analysis).forEach(m -> stdout.println("   " + m));
      }
    }
    totals.perTypeLines().forEach(stdout::println);
    stdout.println(totals.summaryLine());
    stdout.flush();
  }

  private void plover(Parley parley, Path dir, Path work, PrintWriter stdout, PrintWriter err) throws IOException {
    Path gold = dir.resolve("datasets/events-dev/plover-gsr.json");
    if (!present(gold, "plover", err)) {
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
    if (!present(classes, "conflibert", err)) {
      return;
    }
    List<SentenceScorer.Row> rows = SentenceScorer.conflibertRows(classes);
    Map<String, JsonNode> an = analyseRows(parley, rows, work, "conflibert", err);
    SentenceScorer.conflibert(rows, Files.isRegularFile(spans) ? spans : null, an, stdout, verbose);
    stdout.flush();
  }

  /** Whether the gold file of a sentence set is there; if not, stderr says the set is skipped. */
  private static boolean present(Path gold, String set, PrintWriter err) {
    if (Files.isRegularFile(gold)) {
      return true;
    }
    err.println("parley eval: no " + gold + "; " + set + " set skipped");
    return false;
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
      analysed = analyse(parley, List.of(inputs.toString()), null, err);
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
  private static List<String> analyse(Parley parley, List<String> paths, LocalDate published, PrintWriter err) {
    List<Article> articles = new ArticleBatch(parley, err, published).read(paths);
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
