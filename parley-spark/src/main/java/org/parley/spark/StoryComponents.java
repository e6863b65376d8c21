// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of the near-copy pairs, by min-label propagation: every article starts with the smallest id
 * among itself and its neighbours and takes its neighbours' labels until none changes. Each round is one join
 * over the pairs (co-partitioned, so the pairs are not shuffled again); the number of rounds is the longest chain
 * of copies within a story, one or two for wire copies, which are alike pairwise.
 */
final class StoryComponents {
  private StoryComponents() {}

  /**
   * For every article in a pair, the smallest article id of its component (persisted: unpersist it when done).
   *
   * @param pairs near-copy pairs, each once
   */
  static JavaPairRDD<String, String> smallestIdOf(JavaPairRDD<String, String> pairs, HashPartitioner byKey) {
    JavaPairRDD<String, String> edges = pairs
        .flatMapToPair(p -> List.of(p, new Tuple2<>(p._2(), p._1())).iterator())
        .partitionBy(byKey).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels = edges.reduceByKey(byKey, StoryComponents::smaller)
        .mapToPair(t -> new Tuple2<>(t._1(), smaller(t._1(), t._2())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long changed = labels.count();
    while (changed > 0) {
      JavaPairRDD<String, String> before = labels;
      labels = edges.join(before, byKey)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
          .union(before)
          .reduceByKey(byKey, StoryComponents::smaller)
          .persist(StorageLevel.MEMORY_AND_DISK());
      changed = labels.join(before, byKey).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      before.unpersist();
    }
    edges.unpersist();
    return labels;
  }

  private static String smaller(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
