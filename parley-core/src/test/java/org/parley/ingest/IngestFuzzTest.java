// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.article.Article;

/**
 * Coverage-guided fuzz targets (Jazzer) for every reader of outside bytes: the HTML extractor, the WARC, feed
 * and JSON Lines readers, the scraped-text cleaner and the strict article-JSON reader behind the API's body.
 *
 * <p>In a plain {@code mvn verify} each target replays only its committed seeds under
 * {@code src/test/resources/org/parley/ingest/IngestFuzzTestInputs/<target>/} (and any crash file saved there),
 * so the build stays bounded. {@code scripts/fuzz SECONDS} sets {@code JAZZER_FUZZ=1} and fuzzes each target in
 * turn; a crash is written beside the seeds and fails the test from then on.
 *
 * <p>The contract under test is the ingest one: bad bytes become problems naming their input, never an
 * exception, and nothing of the markup's executable parts reaches article text.
 */
class IngestFuzzTest {
  private static final InputLimits LIMITS = InputLimits.DEFAULT;

  /** Collects what a reader emits, notes among the problems; every problem must name the input it was given. */
  private static final class Collected extends CollectedInput {
    @Override
    public void note(InputProblem note) {
      problems.add(note);
    }

    void allNameTheInput(String origin) {
      assertThat(problems).allSatisfy(p -> assertThat(p.origin()).startsWith(origin));
      assertThat(problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain("\n"));
    }

    /** Each document becomes an article or one problem, through the same maker ingest uses. */
    void makeArticles() {
      ArticleMaker maker = new ArticleMaker();
      for (RawDocument d : docs) {
        Article a = maker.make(d, this).orElse(null);
        if (a != null) {
          assertThat(a.text()).doesNotContain("<script", "<iframe");
        }
      }
    }
  }

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "30s")
  void htmlExtractor(byte[] data) {
    String html = text(data);
    try {
      HtmlArticleExtractor.Extracted e = new HtmlArticleExtractor().extract(html, "https://news.example/a");
      assertThat(e.text()).doesNotContain("<script", "<iframe");
    } catch (HtmlArticleExtractor.TooDeepException expected) {
      // the documented refusal for over-deep pages
    }
  }

  @FuzzTest(maxDuration = "30s")
  void warcReader(byte[] data) throws IOException {
    Path dir = Files.createTempDirectory("parley-fuzz");
    try {
      // The same bytes as a plain and as a gzipped WARC: the gzip path resynchronises on members.
      for (String name : new String[] {"f.warc", "f.warc.gz"}) {
        Path file = Files.write(dir.resolve(name), data);
        Collected c = new Collected();
        new WarcInput(LIMITS).read(file, c);
        c.allNameTheInput(file.toString());
        Files.delete(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void feedReader(byte[] data) {
    Collected c = new Collected();
    new FeedInput(LIMITS).read("feed.xml", text(data), c);
    c.allNameTheInput("feed.xml");
    c.makeArticles();
  }

  /** What {@code parley watch} fetched: a feed or a page, with a charset from the HTTP header that may be wrong. */
  @FuzzTest(maxDuration = "30s")
  void fetchedReader(byte[] data) {
    Collected c = new Collected();
    new InputReader(LIMITS).readFetched("https://wire.example/feed", "https://wire.example/feed", data,
        "text/html; charset=iso-8859-1", c);
    c.allNameTheInput("https://wire.example/feed");
    c.makeArticles();
  }

  @FuzzTest(maxDuration = "30s")
  void scrapedTextCleaner(byte[] data) {
    String raw = text(data);
    for (boolean title : new boolean[] {false, true}) {
      ScrapedTextCleaner.Cleaned cleaned = new ScrapedTextCleaner().clean(raw, title);
      assertThat(cleaned.cutLines()).isNotNegative();
      assertThat(cleaned.text()).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLinesReader(byte[] data) throws IOException {
    Path dir = Files.createTempDirectory("parley-fuzz");
    Path file = Files.write(dir.resolve("articles.jsonl"), data);
    try {
      Collected c = new Collected();
      new InputReader(LIMITS).read(file.toString(), c);
      assertThat(c.docs.size() + c.problems.size()).as("every input has an outcome").isPositive();
      c.allNameTheInput(file.toString());
      c.makeArticles();
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void articleJsonBody(byte[] data) {
    RawDocument d;
    try {
      d = ArticleRecord.read(text(data), "api", DocumentFormat.SCRAPED_TEXT);
    } catch (IllegalArgumentException refused) {
      // A refusal is the API's 400; it must be one line to go into the JSON error body.
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(d.content()).isNotNull();
    assertThat(d.origin()).isEqualTo("api");
  }
}
