// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.util.List;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.RawDocument;

/**
 * Article extraction (charset-decoded page to clean article: body, title, date, cleaning) on the corpus pages,
 * against the least any extractor must do: parse the HTML and take its text ({@code baselineJsoupText}).
 * One operation is the whole corpus.
 */
public class ExtractionBenchmark extends CorpusBenchmark {
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
