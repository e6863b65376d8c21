// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parley.article.Article;
import org.parley.ingest.dedup.StoryClusterer;
import scala.Tuple2;

/**
 * Links near-copies to their stories inside the job with Spark's own tools, in the sense of {@code parley ingest}'s
 * {@link StoryClusterer}: the same normalised words, the same 5-word shingles, the same Jaccard threshold.
 *
 * <p>Each article's shingles become a binary {@link HashingTF} vector (2<sup>22</sup> features, so two different
 * shingles of two articles rarely share a feature); {@link MinHashLSH} with {@value #HASH_TABLES} hash tables
 * proposes candidate pairs (a pair of similarity s is missed with probability (1 - s)<sup>10</sup>: 0.1% at the
 * threshold of 0.5) and {@code approxSimilarityJoin} keeps those whose exact Jaccard similarity reaches the
 * threshold. A story is a connected component of those pairs, found by min-label propagation over the pairs; its
 * id is the smallest article id in it, so the same articles give the same stories however Spark partitions them.
 *
 * <p>Articles with the same normalised words under different ids (a story re-published verbatim) are one story
 * with similarity 1, as exact duplicates are in the clusterer, and only the smallest id of them takes part in the
 * similarity join, so verbatim copies cost no pairs. Articles under five words have no shingle and are linked to
 * exact copies only; the same text read twice without ids has one id and was collapsed before.
 */
final class StoryLinks {
  static final int HASH_TABLES = 10;
  private static final int FEATURES = 1 << 22;
  /** Any fixed seed: the hash functions, hence the candidate pairs, are the same in every run. */
  private static final long SEED = 17L;

  /**
   * The links found.
   *
   * @param byId the link of every article filed under a story whose first article is another one (persisted:
   *             {@link #release} it when done)
   * @param copies how many articles that is
   */
  record Links(JavaPairRDD<String, StoryRow> byId, long copies) {
    void release() {
      byId.unpersist();
    }
  }

  private StoryLinks() {}

  /** Finds the stories of {@code articles} (distinct ids) with near-copies at {@code threshold} or above. */
  static Links of(JavaRDD<ArticleRow> articles, double threshold, int partitions) {
    SparkSession spark = SparkSession.builder().getOrCreate(); // the job's SparkContext, already running
    if (!articles.context().getConf().contains("spark.sql.shuffle.partitions")) {
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }
    HashPartitioner byKey = new HashPartitioner(partitions);
    // The same words under several ids (a wire story re-published verbatim): the smallest id stands for them all in
    // the similarity join, which would otherwise compare every two of them.
    JavaPairRDD<String, Tuple2<String, String>> byText = articles.mapToPair(a -> {
      String words = StoryClusterer.normalized(a.text());
      return new Tuple2<>(Article.contentId(words), new Tuple2<>(a.id(), words));
    });
    JavaPairRDD<String, Tuple2<String, String>> firstOfText = byText
        .reduceByKey(byKey, (x, y) -> x._1().compareTo(y._1()) <= 0 ? x : y)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> sameTextAs = byText.mapValues(Tuple2::_1)
        .join(firstOfText.mapValues(Tuple2::_1), byKey).values()
        .filter(t -> !t._1().equals(t._2()))
        .mapToPair(t -> t)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> features = shingleVectors(spark, firstOfText.values()).persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel lsh = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
        .setNumHashTables(HASH_TABLES).setSeed(SEED).fit(features);
    Dataset<Row> hashed = lsh.transform(features).persist(StorageLevel.MEMORY_AND_DISK());
    // approxSimilarityJoin keeps distances strictly below its bound; the clusterer's threshold is inclusive.
    JavaPairRDD<String, String> nearPairs = lsh.approxSimilarityJoin(hashed, hashed, Math.nextUp(1 - threshold), "d")
        .filter(col("datasetA.id").lt(col("datasetB.id")))
        .select(col("datasetA.id"), col("datasetB.id")).javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
    JavaPairRDD<String, String> components = StoryComponents.smallestIdOf(nearPairs.union(sameTextAs), byKey);
    JavaPairRDD<String, int[]> shingles = features.javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), ((SparseVector) r.get(1)).indices()));
    JavaPairRDD<String, StoryRow> byId = links(components, sameTextAs, shingles, byKey)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long copies = byId.count();
    components.unpersist();
    hashed.unpersist();
    features.unpersist();
    sameTextAs.unpersist();
    firstOfText.unpersist();
    return new Links(byId, copies);
  }

  /**
   * The link of every article but the first of its story: similarity 1 with a story's first article of the same
   * words, else the Jaccard similarity of the two texts' shingles.
   *
   * @param components the smallest id of its story, by article id
   * @param sameTextAs the article standing for the same words in the similarity join, by article id (where another)
   * @param shingles   the shingle features of the articles that stood for their words in the join
   */
  private static JavaPairRDD<String, StoryRow> links(JavaPairRDD<String, String> components,
      JavaPairRDD<String, String> sameTextAs, JavaPairRDD<String, int[]> shingles, HashPartitioner byKey) {
    // (article, (first of its story, the article standing for its words))
    JavaPairRDD<String, Tuple2<String, String>> copies = components.filter(t -> !t._1().equals(t._2()))
        .leftOuterJoin(sameTextAs, byKey)
        .mapValues(t -> new Tuple2<>(t._1(), t._2().isPresent() ? t._2().get() : null));
    JavaPairRDD<String, StoryRow> sameText = copies.filter(t -> t._2()._1().equals(t._2()._2()))
        .mapValues(t -> new StoryRow(t._1(), t._1(), 1.0));
    JavaPairRDD<String, StoryRow> near = copies.filter(t -> !t._2()._1().equals(t._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._2()._2() == null ? t._1() : t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
        .join(shingles, byKey)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._2(), new Tuple2<>(t._2()._1()._1(), t._2()._2())))
        .join(shingles, byKey)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(),
            new StoryRow(t._1(), t._1(), jaccard(t._2()._1()._2(), t._2()._2()))));
    return sameText.union(near);
  }

  /** Each text's normalised words as 5-word shingles, hashed into a binary vector; texts without any left out. */
  private static Dataset<Row> shingleVectors(SparkSession spark, JavaRDD<Tuple2<String, String>> idAndWords) {
    StructType schema = new StructType().add("id", DataTypes.StringType, false)
        .add("words", DataTypes.StringType, false);
    Dataset<Row> words = spark.createDataFrame(idAndWords.map(t -> RowFactory.create(t._1(), t._2())), schema);
    Dataset<Row> tokens = new RegexTokenizer().setInputCol("words").setOutputCol("tokens")
        .setPattern(" ").setGaps(true).setToLowercase(false).transform(words);
    Dataset<Row> shingles = new NGram().setN(StoryClusterer.SHINGLE).setInputCol("tokens").setOutputCol("shingles")
        .transform(tokens).filter(size(col("shingles")).gt(0));
    return new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(FEATURES)
        .setBinary(true).transform(shingles).select("id", "features");
  }

  /** Jaccard similarity of two sorted sets of feature indices. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 0 : (double) both / union;
  }
}
