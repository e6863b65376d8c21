// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.article.Article;
import org.parley.ingest.dedup.StoryClusterer;

/**
 * Story clustering (exact copies, MinHash near-copies with banded LSH) of a batch, against exact-text hashing
 * alone ({@code baselineContentIds}, what a store's duplicate check costs). The batch is made from the corpus
 * articles by a seeded shuffle: each article is a corpus text with some sentences dropped and others repeated,
 * so it holds both new stories and copies. One operation is the whole batch.
 */
public class StoryClusteringBenchmark extends CorpusBenchmark {
  @Param({"1000"})
  int batch;

  private List<Article> articles;

  @Setup
  public void build() {
    List<Article> corpus = Corpus.articles();
    Random random = new Random(20260527L);
    articles = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      String[] sentences = corpus.get(i % corpus.size()).text().split("(?<=[.!?])\\s+");
      StringBuilder text = new StringBuilder();
      for (String s : sentences) {
        int roll = random.nextInt(10);
        if (roll > 0) {
          text.append(s).append(' ');
        }
        if (roll == 9) {
          text.append(sentences[random.nextInt(sentences.length)]).append(' ');
        }
      }
      articles.add(new Article("a" + i, null, null, null, null, text.toString().strip(), "batch"));
    }
  }

  @Benchmark
  public void clusterStories(Blackhole bh) {
    StoryClusterer stories = new StoryClusterer();
    for (Article a : articles) {
      bh.consume(stories.add(a));
    }
  }

  @Benchmark
  public void baselineContentIds(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(Article.contentId(a.text()));
    }
  }
}
