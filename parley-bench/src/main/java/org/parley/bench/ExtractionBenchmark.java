// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.RawDocument;

/**
 * Article extraction (charset-decoded page to clean article: body, title, date, cleaning) on the corpus pages,
 * against the least any extractor must do: parse the HTML and take its text ({@code baselineJsoupText}).
 * One operation is the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class ExtractionBenchmark {
  private List<RawDocument> pages;
  private final ArticleMaker maker = new ArticleMaker();

  @Setup
  public void load() {
    pages = Corpus.pages();
  }

  @Benchmark
  public void extractArticles(Blackhole bh) {
    for (RawDocument page : pages) {
      bh.consume(maker.make(page, Corpus.FAIL));
    }
  }

  @Benchmark
  public void baselineJsoupText(Blackhole bh) {
    for (RawDocument page : pages) {
      bh.consume(Jsoup.parse(page.content()).text());
    }
  }
}
