// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.knowledge.ConfigException;

/**
 * {@code spark-submit --class org.parley.spark.ParleySparkJob ... INPUT... --output DIR}: analyses an archive
 * on a Spark cluster (or locally with {@code --master local[N]}, which {@code scripts/spark-local} uses).
 * Exit codes are the CLI's: 0 all analysed, 1 some inputs failed (listed in {@code DIR/problems}), 2 usage,
 * 3 configuration, 70 internal error.
 */
public final class ParleySparkJob {
  private static final String USAGE = "usage: ParleySparkJob INPUT... --output DIR [--profile fast|accurate] "
      + "[--actors FILE]... [--lexicon FILE]... [--knowledge DIR] [--partitions N] [--max-input-mib N] "
      + "[--master URL]";

  private ParleySparkJob() {}

  /** The job's arguments, read by {@link #parse}. */
  record Arguments(List<String> inputs, String output, JobSettings settings, int partitions, String master) {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("parley-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("parley");
    if (a.master() != null) {
      conf.setMaster(a.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      ArchiveAnalysis.Counts c = ArchiveAnalysis.run(sc, a.inputs(), a.output(), a.settings(), a.partitions());
      out.printf("parley-spark: %d articles read, %d duplicates, %d analysed into %s/analyses (%d filed as near-copies "
          + "of a story), %d problems (%s/problems)%n", c.articles(), c.duplicates(), c.analysed(), a.output(),
          c.linked(), c.problems(), a.output());
      return c.problems() == 0 ? 0 : 1;
    } catch (ConfigException e) {
      err.println("parley-spark: configuration error: " + e.getMessage());
      return 3;
    } catch (ArchiveAnalysis.OutputExistsException e) {
      err.println("parley-spark: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("parley-spark: internal error: " + e);
      e.printStackTrace(err);
      return 70;
    }
  }

  static Arguments parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    List<String> lexicons = new ArrayList<>();
    JobSettings d = JobSettings.defaults();
    String output = null;
    String profile = d.profile();
    String master = null;
    String knowledge = null;
    int partitions = 8;
    long maxBytes = d.maxInputBytes();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        inputs.add(arg);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--output" -> output = value;
        case "--profile" -> profile = value;
        case "--actors" -> actors.add(value);
        case "--lexicon" -> lexicons.add(value);
        case "--knowledge" -> knowledge = value;
        case "--master" -> master = value;
        case "--partitions" -> partitions = positive(arg, value);
        case "--max-input-mib" -> maxBytes = positive(arg, value) * 1024L * 1024L;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one INPUT (file, folder or glob Spark can read)");
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required");
    }
    return new Arguments(inputs, output, new JobSettings(profile, actors, lexicons, knowledge, maxBytes), partitions,
        master);
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a positive whole number, got '" + value + "'");
  }
}
