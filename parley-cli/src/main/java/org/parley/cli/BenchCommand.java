// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Annotator;
import org.parley.nlp.Sentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench}: throughput of the full pipeline against a PETRARCH-style baseline (CoreNLP tokenize,
 * ssplit, pos and the englishPCFG constituency parser) run in the same process. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure articles/s, sentences/s, tokens/s and heap for the full pipeline and a PETRARCH-style baseline.",
        "With --stage extract: pages/s of the ingest stage alone (read, decode, extract; no models loaded).",
        "With --stage spark: the Spark job in local mode on 1 and then 2 cores over the same articles, and the scaling "
            + "efficiency (each run a JVM of its own with parley-spark's class path, pinned to its cores where taskset "
            + "exists)."})
final class BenchCommand extends ConfiguredCommand {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Corpus (default: the example articles).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--articles", defaultValue = "60", description = "Articles in the timed run (the corpus is repeated).")
  int articles;

  @Option(names = "--warmup", defaultValue = "20", description = "Articles analysed before timing.")
  int warmup;

  @Option(names = "--baseline-articles", defaultValue = "4",
      description = "Articles in the baseline's timed run (it is ~100x slower); 0 skips the baseline.")
  int baselineArticles;

  @Option(names = "--stage", defaultValue = "pipeline", paramLabel = "pipeline|extract|api|spark",
      description = "What to measure: pipeline (default: analysis throughput), extract (ingest only, no models), api (GET /api/events with concurrent clients) or spark (the Spark job on local[1] then local[2]: articles/s and scaling efficiency).")
  String stage;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients for --stage api.")
  int clients;

  @Option(names = "--requests", defaultValue = "100", description = "Requests per client for --stage api.")
  int requests;

  @Option(names = "--copies", defaultValue = "100", description = "Copies of the corpus stored for --stage api.")
  int copies;

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Store for --stage api (default: a temporary DuckDB file).")
  String db;

  @Option(names = "--rounds", defaultValue = "1",
      description = "For --stage spark: rounds of local[1] then local[2] (alternating; medians are reported).")
  int rounds;

  @Option(names = "--profile-stages",
      description = "Print, on one thread, the ms per article of each NLP annotator (CoreNLP's tokenize, ssplit, pos, "
          + "lemma, ner, depparse) and of each of Parley's stages, as a table (instead of the one-line split).")
  boolean profileStages;

  /** One measured run. */
  record Figures(String name, int articles, long sentences, long tokens, double seconds, long heapBytes) {
    double perSecond(double n) {
      return n / seconds;
    }
  }

  @Override
  int run(PrintWriter out, PrintWriter err) {
    if (stage.equals("extract")) {
      return benchExtract(out, err);
    }
    if (stage.equals("spark")) {
      return benchSpark(out, err);
    }
    if (!stage.equals("pipeline") && !stage.equals("api")) {
      throw new IllegalArgumentException("unknown bench stage '" + stage + "'; valid: pipeline, extract, api, spark");
    }
    try (Parley parley = Parley.create(options.config())) {
      List<String> inputs = paths.isEmpty() ? List.of(Examples.folder().toString()) : paths;
      List<Article> corpus = new ArticleBatch(parley, err, null).read(inputs);
      if (corpus.isEmpty()) {
        throw new IllegalArgumentException("the bench corpus holds no readable article");
      }
      out.printf("corpus: %d distinct articles, %d chars on average; %d threads%n", corpus.size(),
          corpus.stream().mapToInt(a -> a.text().length()).sum() / corpus.size(), parley.config().threads());
      if (stage.equals("api")) {
        List<org.parley.engine.Analysis> analyses = new ArrayList<>();
        parley.analyzeAll(corpus, analyses::add);
        try {
          ApiBench.run(analyses, copies, clients, requests, db, out);
        } catch (Exception e) {
          throw new org.parley.engine.ParleyException("api bench failed: " + e, e);
        }
        return ExitCodes.OK;
      }
      parley.analyzeAll(repeat(corpus, warmup), a -> { });
      Figures full = measure("parley (full pipeline)", parley, repeat(corpus, articles));
      print(out, full);
      if (profileStages) {
        printProfile(out, parley, repeat(corpus, Math.max(corpus.size(), Math.min(articles, 36))));
      } else {
        printStageSplit(out, parley, repeat(corpus, Math.max(1, Math.min(articles, 30))));
      }
      if (baselineArticles > 0) {
        Annotator baseline = parley.baseline();
        baseline.annotate(AnnotatedArticle.of(corpus.get(0)));
        Figures base = measureAnnotator("baseline (PETRARCH-style: tokenize,ssplit,pos,parse englishPCFG)", baseline,
            repeat(corpus, baselineArticles));
        print(out, base);
        out.printf("ratio parley/baseline: %.1fx articles/s, %.1fx tokens/s%n",
            full.perSecond(full.articles()) / base.perSecond(base.articles()),
            full.perSecond(full.tokens()) / base.perSecond(base.tokens()));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** Times the ingest stage: every pass reads, decodes and extracts every input, as {@code parley extract} does. */
  private int benchExtract(PrintWriter out, PrintWriter err) {
    List<String> inputs = paths.isEmpty() ? List.of(Examples.folder().toString()) : paths;
    InputReader reader = new InputReader(options.config().limits());
    ArticleMaker maker = new ArticleMaker(options.config().limits());
    long[] pages = {0};
    long[] chars = {0};
    int[] problems = {0};
    InputReader.Sink sink = new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        pages[0]++;
        maker.make(document, this).ifPresent(a -> chars[0] += a.text().length());
      }

      @Override
      public void problem(InputProblem problem) {
        problems[0]++;
      }
    };
    inputs.forEach(p -> reader.read(p, sink));
    long perPass = pages[0];
    if (perPass == 0) {
      throw new IllegalArgumentException("the bench corpus holds no readable page");
    }
    out.printf("corpus: %d pages per pass (%d problems)%n", perPass, problems[0]);
    int warmupPasses = (int) Math.max(1, (warmup + perPass - 1) / perPass);
    for (int i = 1; i < warmupPasses; i++) {
      inputs.forEach(p -> reader.read(p, sink));
    }
    int passes = (int) Math.max(1, (articles + perPass - 1) / perPass);
    pages[0] = 0;
    chars[0] = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      inputs.forEach(p -> reader.read(p, sink));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("%-40s %7.1f pages/s  %9.0f article chars/s  heap %5d MiB  (%d pages in %.1f s, 1 thread)%n",
        "parley extract (read, decode, extract)", pages[0] / seconds, chars[0] / seconds,
        heapUsed() / (1024 * 1024), pages[0], seconds);
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Article> repeat(List<Article> corpus, int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(corpus.get(i % corpus.size()));
    }
    return out;
  }

  private static Figures measure(String name, Parley parley, List<Article> articles) {
    AtomicLong sentences = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    long t0 = System.nanoTime();
    parley.analyzeAll(articles, a -> {
      sentences.addAndGet(a.annotated().sentences().size());
      tokens.addAndGet(a.annotated().sentences().stream().mapToLong(s -> s.tokens().size()).sum());
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Figures(name, articles.size(), sentences.get(), tokens.get(), seconds, heapUsed());
  }

  /**
   * Where the time goes, on one thread: the NLP annotation (CoreNLP) against Parley's own stages (actors,
   * quotes, events, board), so a slowdown can be placed before anyone profiles.
   */
  private static void printStageSplit(PrintWriter out, Parley parley, List<Article> articles) {
    long nlp = 0;
    long own = 0;
    for (Article a : articles) {
      long t0 = System.nanoTime();
      AnnotatedArticle annotated = parley.annotate(a);
      long t1 = System.nanoTime();
      parley.interpret(annotated);
      long t2 = System.nanoTime();
      nlp += t1 - t0;
      own += t2 - t1;
    }
    double n = articles.size();
    out.printf(java.util.Locale.ROOT, "one thread, per article: %.1f ms full pipeline, of which %.1f ms NLP annotation "
        + "and %.2f ms Parley's stages (actors, quotes, events, board)%n", (nlp + own) / n / 1e6, nlp / n / 1e6,
        own / n / 1e6);
    out.flush();
  }

  /**
   * The time of every step on one thread, in ms per article: each NLP step as the backend reports it (for CoreNLP
   * each annotator, and the conversion to Parley's records) and each of Parley's stages ({@link Parley#STAGES}).
   */
  private static void printProfile(PrintWriter out, Parley parley, List<Article> articles) {
    java.util.Map<String, Long> nlp = new java.util.LinkedHashMap<>();
    java.util.Map<String, Long> own = new java.util.LinkedHashMap<>();
    org.parley.nlp.StepTimer nlpTimer = (step, nanos) -> nlp.merge(step, nanos, Long::sum);
    org.parley.nlp.StepTimer ownTimer = (step, nanos) -> own.merge(step, nanos, Long::sum);
    long wall = 0;
    for (Article a : articles) {
      long t0 = System.nanoTime();
      parley.interpret(parley.annotate(a, nlpTimer), ownTimer);
      wall += System.nanoTime() - t0;
    }
    out.print(profileTable(nlp, own, wall, articles.size()));
    out.flush();
  }

  /** Runs the Spark bench ({@link SparkBenchRuns}) on parley-spark's build. */
  private Integer benchSpark(PrintWriter out, PrintWriter err) {
    String home = System.getProperty("parley.home");
    java.nio.file.Path spark = java.nio.file.Path.of(home == null ? "." : home, "parley-spark", "target");
    for (java.nio.file.Path built : List.of(spark.resolve("classpath.txt"), spark.resolve(SparkBenchRuns.JVM_OPENS))) {
      if (!java.nio.file.Files.isRegularFile(built)) {
        err.println("parley: bench --stage spark needs the Spark module built: " + built + " is missing "
            + "(mvn -pl parley-spark -am package -DskipTests)");
        return ExitCodes.CONFIG;
      }
    }
    List<String> args = new ArrayList<>(paths.isEmpty() ? List.of(Examples.folder().toString()) : paths);
    args.addAll(List.of("--articles", String.valueOf(articles), "--warmup", String.valueOf(Math.max(1, warmup))));
    out.flush();
    try {
      int code = new SparkBenchRuns(spark, args, out).run(rounds);
      return code == 0 ? ExitCodes.OK : code;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot run the Spark bench: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.SOFTWARE;
    }
  }

  /** The profile as a table: one row per step in ms per article and its share of the measured total. */
  static String profileTable(java.util.Map<String, Long> nlp, java.util.Map<String, Long> own, long wallNanos,
                             int articles) {
    long nlpSum = nlp.values().stream().mapToLong(Long::longValue).sum();
    long ownSum = own.values().stream().mapToLong(Long::longValue).sum();
    double total = Math.max(1, nlpSum + ownSum);
    StringBuilder b = new StringBuilder();
    java.util.Formatter f = new java.util.Formatter(b, java.util.Locale.ROOT);
    f.format("profile: one thread, %d articles, ms per article%n", articles);
    f.format("  %-22s %10s %7s%n", "step", "ms/article", "share");
    java.util.function.BiConsumer<String, Long> row = (name, nanos) ->
        f.format("  %-22s %10.2f %6.1f%%%n", name, nanos / 1e6 / articles, 100 * nanos / total);
    nlp.forEach((k, v) -> row.accept("nlp." + k, v));
    row.accept("NLP annotation", nlpSum);
    own.forEach((k, v) -> row.accept("parley." + k, v));
    row.accept("Parley's stages", ownSum);
    row.accept("total", nlpSum + ownSum);
    f.format("  (wall time on the same thread: %.2f ms per article)%n", wallNanos / 1e6 / articles);
    return b.toString();
  }

  private static Figures measureAnnotator(String name, Annotator annotator, List<Article> articles) {
    long sentences = 0;
    long tokens = 0;
    long t0 = System.nanoTime();
    for (Article a : articles) {
      AnnotatedArticle an = annotator.annotate(AnnotatedArticle.of(a));
      sentences += an.sentences().size();
      for (Sentence s : an.sentences()) {
        tokens += s.tokens().size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Figures(name, articles.size(), sentences, tokens, seconds, heapUsed());
  }

  private static long heapUsed() {
    System.gc();
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    return mem.getHeapMemoryUsage().getUsed();
  }

  private static void print(PrintWriter out, Figures f) {
    out.printf("%-70s %6.2f articles/s  %7.1f sentences/s  %8.0f tokens/s  heap %5d MiB  (%d articles in %.1f s)%n",
        f.name(), f.perSecond(f.articles()), f.perSecond(f.sentences()), f.perSecond(f.tokens()),
        f.heapBytes() / (1024 * 1024), f.articles(), f.seconds());
    out.flush();
  }
}
