// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Knowledge;
import org.parley.engine.Parley;
import org.parley.ingest.dedup.StoryClusterer;
import scala.Tuple2;

/**
 * The Spark job's dataflow: input files → articles (read on the executors) → one article per id (the same
 * unnamed text read twice has one id, its content hash, and is analysed once) → near-copies linked to their
 * stories ({@link StoryLinks}: MinHashLSH over 5-word shingles, Jaccard similarity 0.5 or more, the threshold of
 * {@code parley ingest}'s clusterer) → contract lines, analysed through the facade on the executors. Writes
 * {@code OUTPUT/analyses} (JSON Lines, the contract, one object per article; each story's articles together in one
 * part file, its first article first) and {@code OUTPUT/problems} (one line per input that could not be read or
 * analysed, naming it).
 *
 * <p>A story's id is the smallest article id among its articles, so the same inputs give the same stories however
 * they are partitioned. That article carries no {@code article.story}, as the first article of a story in
 * {@code parley analyze}; each of its copies carries {@code {"id": story, "copy_of": story, "similarity": s}}.
 * Otherwise the lines are those {@code parley analyze} prints for the same inputs (whose story ids follow the
 * input order instead).
 */
final class ArchiveAnalysis {
  /** What a run did. */
  record Counts(long articles, long duplicates, long analysed, long problems, long linked) {}

  /** The output directory exists: the job refuses to write into it, so earlier results stay as they were. */
  static final class OutputExistsException extends RuntimeException {
    OutputExistsException(String output) {
      super("output " + output + " already exists; give a new directory (nothing was overwritten)");
    }
  }

  private ArchiveAnalysis() {}

  /**
   * Runs the job. Knowledge files are checked on the driver first, so a bad file fails the job before any
   * executor starts; an existing output directory is refused by Spark, so earlier results are never overwritten.
   */
  static Counts run(JavaSparkContext sc, List<String> inputs, String output, JobSettings settings, int partitions) {
    settings.config().validate();
    try {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
      if (out.getFileSystem(sc.hadoopConfiguration()).exists(out)) {
        throw new OutputExistsException(output);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot check the output " + output, e);
    }
    Knowledge.read(settings.config());

    JavaRDD<Outcome> read = sc.binaryFiles(String.join(",", inputs), partitions)
        .flatMap(f -> ArchiveInputs.read(f._1(), f._2(), settings).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<ArticleRow> articles = read.filter(o -> o.kind() == Outcome.Kind.ARTICLE).map(Outcome::article);
    JavaPairRDD<String, ArticleRow> distinct = articles
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .reduceByKey((a, b) -> a.origin().compareTo(b.origin()) <= 0 ? a : b)
        .persist(StorageLevel.MEMORY_AND_DISK());
    StoryLinks.Links links = StoryLinks.of(distinct.values(), StoryClusterer.DEFAULT_THRESHOLD, partitions);
    JavaRDD<Outcome> analysed = distinct.leftOuterJoin(links.byId())
        .mapToPair(t -> {
          ArticleRow a = t._2()._2().isPresent() ? t._2()._1().withStory(t._2()._2().get()) : t._2()._1();
          return new Tuple2<>(new StoryKey(a.storyId(), a.id()), a);
        })
        .repartitionAndSortWithinPartitions(new StoryKey.ByStory(partitions), new StoryKey.Order())
        .values()
        .mapPartitions(rows -> analyse(rows, settings))
        .persist(StorageLevel.MEMORY_AND_DISK());

    analysed.filter(o -> o.kind() == Outcome.Kind.ANALYSIS).map(Outcome::line).saveAsTextFile(output + "/analyses");
    JavaRDD<String> problems = read.filter(o -> o.kind() == Outcome.Kind.PROBLEM)
        .union(analysed.filter(o -> o.kind() == Outcome.Kind.PROBLEM)).map(Outcome::line);
    problems.coalesce(1).saveAsTextFile(output + "/problems");

    long all = articles.count();
    long unique = distinct.count();
    Counts counts = new Counts(all, all - unique, analysed.filter(o -> o.kind() == Outcome.Kind.ANALYSIS).count(),
        problems.count(), links.copies());
    read.unpersist();
    distinct.unpersist();
    links.release();
    analysed.unpersist();
    return counts;
  }

  /**
   * Analyses one partition lazily, article by article, with the executor's Parley; an article whose analysis
   * fails becomes a problem line and the partition goes on.
   */
  private static Iterator<Outcome> analyse(Iterator<ArticleRow> rows, JobSettings settings) {
    Parley parley = ExecutorParley.get(settings);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Outcome next() {
        ArticleRow row = rows.next();
        try {
          return Outcome.analysis(AnalysisJson.line(parley.analyze(row.article())));
        } catch (RuntimeException e) {
          return Outcome.problem(row.origin() + ": analysis failed: " + e);
        }
      }
    };
  }
}
