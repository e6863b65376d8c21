// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * Where an article goes for analysis: all articles of one story in one partition, the story's first article (the
 * smallest id) before its copies. {@code parley import} reads the part files in order and files a copy under the
 * story of the article it copies, which is then already stored.
 */
record StoryKey(String storyId, String id) implements Serializable {
  /** Story, then article id: the story's first article has the smallest id of its story. */
  static final class Order implements Comparator<StoryKey>, Serializable {
    @Override
    public int compare(StoryKey a, StoryKey b) {
      int c = a.storyId.compareTo(b.storyId);
      return c != 0 ? c : a.id.compareTo(b.id);
    }
  }

  /** Partitions by story id's hash, so the analysis tasks stay about even however many stories there are. */
  static final class ByStory extends Partitioner {
    private final int partitions;

    ByStory(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((StoryKey) key).storyId.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByStory b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }
}
