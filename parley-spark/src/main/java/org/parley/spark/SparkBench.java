// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/**
 * {@code parley bench --stage spark}: the Spark job ({@link ArchiveAnalysis}, unchanged) in local mode on 1 and
 * then on 2 cores over the same input, in one JVM, and the scaling efficiency from one core to two.
 *
 * <p>The corpus is read once and written as JSON Lines, each article repeated under ids of its own
 * ({@code bench-COPY-ID}) up to {@code --articles}, so that the job's de-duplication by id keeps every copy. The models
 * are loaded and the JIT warmed by an untimed run first (in local mode the executors are threads of this JVM and
 * share its one Parley), so each timed run measures the job's analysis of the archive: reading, de-duplication,
 * analysis and writing, not the model loading a long cluster run pays once per executor.
 */
public final class SparkBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkBench() {}

  /**
   * One timed run: cores, articles analysed, wall seconds, the CPU seconds of this JVM in that time (all its threads:
   * tasks, Spark, GC, JIT) and the system's load average at the end (a machine shared with other work gives a second
   * core only in part: the CPU time per article tells the job's own overheads apart from that).
   */
  record Run(int cores, long articles, double seconds, double cpuSeconds, double load) {
    double perSecond() {
      return articles / seconds;
    }

    double cpuMsPerArticle() {
      return cpuSeconds * 1000 / articles;
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> inputs = new ArrayList<>();
    int articles = 48;
    int warmup = 24;
    List<Integer> cores = List.of(1, 2);
    int rounds = 1;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--articles" -> articles = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--rounds" -> rounds = Integer.parseInt(args[++i]);
          case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
          default -> inputs.add(args[i]);
        }
      }
      if (inputs.isEmpty() || articles < 1 || cores.isEmpty() || cores.stream().anyMatch(c -> c < 1)) {
        throw new IllegalArgumentException("give at least one input, --articles >= 1 and --cores N,M... >= 1");
      }
    } catch (RuntimeException e) {
      err.println("parley-spark bench: " + e.getMessage());
      err.println("usage: SparkBench INPUT... [--articles N] [--warmup N] [--cores 1,2] [--rounds N]");
      return 2;
    }
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("parley-spark-bench-");
      JobSettings settings = JobSettings.defaults();
      List<Article> corpus = read(inputs, settings, err);
      if (corpus.isEmpty()) {
        err.println("parley-spark bench: the inputs hold no readable article");
        return 2;
      }
      out.printf(Locale.ROOT, "spark bench: %d distinct articles, %d chars on average, repeated to %d per run; "
          + "%d cores available%n", corpus.size(), corpus.stream().mapToInt(a -> a.text().length()).sum() / corpus.size(),
          articles, Runtime.getRuntime().availableProcessors());
      // the JIT needs a few dozen articles before CoreNLP runs at speed: warm on at least the whole corpus
      int warmArticles = Math.max(warmup, corpus.size());
      Path warm = write(corpus, warmArticles, tmp.resolve("warmup"), "warm");
      Path timed = write(corpus, articles, tmp.resolve("input"), "bench");
      long t0 = System.nanoTime();
      ExecutorParley.get(settings).analyze(corpus.get(0)); // the models, once for the JVM, as on an executor
      out.printf(Locale.ROOT, "models loaded in %.1f s (once per executor JVM; not in the runs below); "
          + "warm-up run of %d articles on local[%d], untimed%n", (System.nanoTime() - t0) / 1e9, warmArticles,
          cores.get(cores.size() - 1));
      out.flush();
      job(warm, tmp.resolve("out-warmup"), settings, cores.get(cores.size() - 1));
      // rounds alternate the core counts (1, 2, 1, 2, ...) so that a change in the machine's load hits both alike
      java.util.Map<Integer, List<Run>> byCores = new java.util.LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (int c : cores) {
          Run r = job(timed, tmp.resolve("out-" + round + "-" + c), settings, c);
          byCores.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
          out.printf(Locale.ROOT, "spark local[%d]: %d articles in %.1f s: %.2f articles/s (%.2f per core); "
              + "process CPU %.0f ms per article; load average %.1f%n", c, r.articles(), r.seconds(), r.perSecond(),
              r.perSecond() / c, r.cpuMsPerArticle(), r.load());
          out.flush();
        }
      }
      List<Run> medians = byCores.values().stream().map(SparkBench::median).toList();
      Run first = medians.get(0);
      for (Run r : medians.subList(1, medians.size())) {
        out.printf(Locale.ROOT, "scaling efficiency %d -> %d cores: %.2f (speed-up %.2fx%s); CPU per article %.2fx "
            + "that on %d core(s)%n", first.cores(), r.cores(), efficiency(first, r), r.perSecond() / first.perSecond(),
            rounds > 1 ? ", median runs of " + rounds + " rounds" : "", r.cpuMsPerArticle() / first.cpuMsPerArticle(),
            first.cores());
      }
      return 0;
    } catch (IOException e) {
      err.println("parley-spark bench: " + e);
      return 70;
    } finally {
      if (tmp != null) {
        delete(tmp);
      }
    }
  }

  /** Throughput per core on {@code b} over throughput per core on {@code a}: 1.0 is perfect scaling. */
  static double efficiency(Run a, Run b) {
    return (b.perSecond() / b.cores()) / (a.perSecond() / a.cores());
  }

  /** The run of median throughput (of two, the faster). */
  private static Run median(List<Run> runs) {
    List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::perSecond)).toList();
    return sorted.get(sorted.size() / 2);
  }

  /** Runs the job on local[cores] into {@code output}, timed from context start to the last file written. */
  private static Run job(Path input, Path output, JobSettings settings, int cores) {
    SparkConf conf = new SparkConf().setAppName("parley-bench").setMaster("local[" + cores + "]")
        .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", String.valueOf(cores));
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
      long t0 = System.nanoTime();
      ArchiveAnalysis.Counts c = ArchiveAnalysis.run(sc, List.of(input.toString()), output.toString(), settings,
          4 * cores);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long cpu1 = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
      return new Run(cores, c.analysed(), seconds, (cpu1 - cpu0) / 1e9, os.getSystemLoadAverage());
    }
  }

  /** The inputs read as {@code parley analyze} reads them (unnamed copies of one text once). */
  private static List<Article> read(List<String> inputs, JobSettings settings, PrintStream err) {
    Parley parley = ExecutorParley.get(settings);
    List<Article> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    InputReader reader = parley.reader();
    InputReader.Sink sink = new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        parley.article(document, this).filter(a -> ids.add(a.id())).ifPresent(out::add);
      }

      @Override
      public void problem(InputProblem problem) {
        err.println("parley-spark bench: " + problem.line());
      }
    };
    inputs.forEach(p -> reader.read(p, sink));
    return out;
  }

  /** {@code n} articles from the corpus, in turn, as JSON Lines with ids of their own. */
  private static Path write(List<Article> corpus, int n, Path dir, String prefix) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("articles.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Article a = corpus.get(i % corpus.size());
        ObjectNode o = JSON.createObjectNode();
        o.put("id", prefix + "-" + (i / corpus.size()) + "-" + a.id());
        o.put("text", a.text());
        if (a.title() != null) {
          o.put("title", a.title());
        }
        if (a.published() != null) {
          o.put("published", a.published().toString());
        }
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
    return dir;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
