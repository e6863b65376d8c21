// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parley bench --stage spark}: runs {@code org.parley.spark.SparkBench} (Spark is on parley-spark's class path,
 * not the CLI's) and reports the scaling efficiency from one core to two.
 *
 * <p>On Linux with {@code taskset}, each run is a JVM of its own, pinned to as many CPUs as Spark is given cores
 * ({@code taskset} plus {@code -XX:ActiveProcessorCount}), so that "one core" means one: in a single unpinned JVM,
 * {@code local[1]} gets the machine's other core for garbage collection, JIT compilation and Spark's own threads free
 * (about 1.9 cores busy on two), which makes the one-core figure look better than an executor core on a cluster is,
 * and the efficiency of the second core look worse. Without {@code taskset} the runs share one unpinned JVM and the
 * report says so.
 */
final class SparkBenchRuns {
  private static final Pattern RUN =
      Pattern.compile("^spark local\\[(\\d+)]: \\d+ articles in [0-9.]+ s: ([0-9.]+) articles/s");
  private static final List<Integer> CORES = List.of(1, 2);
  /** Spark's JVM flags, one list for the tests, scripts/spark-local and these runs (see parley-spark's pom). */
  static final String JVM_OPENS = "classes/org/parley/spark/jvm-opens.txt";

  private final Path sparkTarget;
  private final List<String> benchArgs;
  private final PrintWriter out;

  /**
   * @param sparkTarget parley-spark's {@code target} folder (classes and {@code classpath.txt})
   * @param benchArgs SparkBench's inputs and options ({@code --articles}, {@code --warmup}), without cores or rounds
   */
  SparkBenchRuns(Path sparkTarget, List<String> benchArgs, PrintWriter out) {
    this.sparkTarget = sparkTarget;
    this.benchArgs = List.copyOf(benchArgs);
    this.out = out;
  }

  /** Runs the bench and returns its exit code. */
  int run(int rounds) throws IOException, InterruptedException {
    List<Integer> allowed = allowedCpus();
    Path taskset = Path.of("/usr/bin/taskset");
    if (!Files.isExecutable(taskset) || allowed.size() < CORES.get(CORES.size() - 1)) {
      out.println("spark bench: runs share one unpinned JVM (no taskset, or fewer than 2 CPUs allowed): local[1] "
          + "also uses the other core for GC and JIT, so the efficiency below understates the second core");
      List<String> args = new ArrayList<>(benchArgs);
      args.addAll(List.of("--rounds", String.valueOf(rounds)));
      return launch(List.of(), 0, args, true).code();
    }
    Map<Integer, List<Double>> rates = new LinkedHashMap<>();
    boolean first = true;
    for (int round = 0; round < rounds; round++) {
      for (int cores : CORES) {
        String cpus = String.join(",", allowed.subList(0, cores).stream().map(String::valueOf).toList());
        List<String> args = new ArrayList<>(benchArgs);
        args.addAll(List.of("--cores", String.valueOf(cores), "--rounds", "1"));
        Launch l = launch(List.of(taskset.toString(), "-c", cpus), cores, args, first);
        if (l.code() != 0) {
          return l.code();
        }
        if (l.rate() == null) {
          throw new IllegalStateException("the Spark bench printed no run line for local[" + cores + "]");
        }
        rates.computeIfAbsent(cores, k -> new ArrayList<>()).add(l.rate());
        first = false;
      }
    }
    double one = median(rates.get(1));
    double two = median(rates.get(2));
    out.printf(Locale.ROOT, "scaling efficiency 1 -> 2 cores: %.2f (speed-up %.2fx%s; each run a JVM pinned to its "
        + "cores with taskset and -XX:ActiveProcessorCount)%n", two / 2 / one, two / one,
        rounds > 1 ? ", median runs of " + rounds + " rounds" : "");
    return 0;
  }

  /** A finished SparkBench process: its exit code and the articles/s of its one timed run (null if none). */
  private record Launch(int code, Double rate) {}

  private Launch launch(List<String> prefix, int cpus, List<String> args, boolean header)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:+Use")).forEach(command::add);
    if (cpus > 0) {
      command.add("-XX:ActiveProcessorCount=" + cpus);
    }
    // the JDK packages Spark opens, written by parley-spark's build from the spark.opens property of its pom
    command.addAll(List.of(Files.readString(sparkTarget.resolve(JVM_OPENS)).strip().split("\\s+")));
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(sparkTarget.resolve("classes") + java.io.File.pathSeparator
        + Files.readString(sparkTarget.resolve("classpath.txt")).strip());
    command.add("org.parley.spark.SparkBench");
    command.addAll(args);
    out.flush();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Double rate = null;
    try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Matcher m = RUN.matcher(line);
        boolean runLine = m.find();
        if (runLine) {
          rate = Double.parseDouble(m.group(2));
        }
        // a pinned run's own efficiency line would compare nothing; its corpus and model lines repeat the first's
        boolean shown = cpus == 0 || runLine || header && !line.startsWith("scaling efficiency");
        if (shown) {
          out.println(runLine && cpus > 0 ? line + " (JVM pinned to " + cpus + " CPU" + (cpus > 1 ? "s" : "") + ")"
              : line);
        }
        out.flush();
      }
    }
    return new Launch(p.waitFor(), rate);
  }

  /** The CPUs this process may run on (Linux's {@code Cpus_allowed_list}), or 0..n-1 where that is not known. */
  static List<Integer> allowedCpus() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Cpus_allowed_list:")) {
          return cpuList(line.substring(line.indexOf(':') + 1).strip());
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // not Linux: fall through
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
      all.add(i);
    }
    return all;
  }

  /** A Linux CPU list such as {@code 0-3,8,10-11}, expanded. */
  static List<Integer> cpuList(String list) {
    List<Integer> cpus = new ArrayList<>();
    for (String part : list.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int dash = p.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
      for (int c = from; c <= to; c++) {
        cpus.add(c);
      }
    }
    return cpus;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    return sorted.get(sorted.size() / 2);
  }
}
