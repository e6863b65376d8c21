// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.engine.ParleyConfig;
import org.parley.nlp.AnnotatedArticle;

/**
 * Parley's own stages (actors, quotes, events with dates and places, boards) on articles annotated once in
 * set-up, against the NLP annotation they need ({@code baselineNlpAnnotation}: the default profile's CoreNLP
 * models). The ratio says how much Parley adds to the models' cost. One operation is the whole corpus, on one
 * thread.
 */
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class InterpretationBenchmark extends CorpusBenchmark {
  private Parley parley;
  private List<Article> articles;
  private final List<AnnotatedArticle> annotated = new ArrayList<>();

  @Setup
  public void load() {
    parley = Parley.create(ParleyConfig.DEFAULT.withThreads(1));
    articles = Corpus.articles();
    for (Article a : articles) {
      annotated.add(parley.annotate(a));
    }
  }

  @Benchmark
  public void parleyStages(Blackhole bh) {
    for (AnnotatedArticle a : annotated) {
      bh.consume(parley.interpret(a));
    }
  }

  @Benchmark
  public void baselineNlpAnnotation(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(parley.annotate(a));
    }
  }
}
