// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.article.Article;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.DocumentFormat;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/**
 * The benchmarks' corpus: the team-written news pages of the demo and of the negotiation fixtures, copied into
 * the module's classes by the build (never third-party text).
 */
final class Corpus {
  private Corpus() {}

  /** Every page as the reader would hand it over, in file-name order. */
  static List<RawDocument> pages() {
    URL dir = Corpus.class.getResource("pages");
    if (dir == null || !"file".equals(dir.getProtocol())) {
      throw new IllegalStateException("the benchmark pages are missing: run the benchmarks from "
          + "parley-bench/target/classes (scripts/jmh does)");
    }
    List<RawDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        DocumentFormat format = name.endsWith(".html") ? DocumentFormat.HTML : DocumentFormat.SCRAPED_TEXT;
        out.add(RawDocument.of(name, format, Files.readString(p, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The pages as clean articles. */
  static List<Article> articles() {
    ArticleMaker maker = new ArticleMaker();
    List<Article> out = new ArrayList<>();
    for (RawDocument page : pages()) {
      maker.make(page, FAIL).ifPresent(out::add);
    }
    return out;
  }

  /** A corpus page that does not read is a broken benchmark, not data to skip. */
  static final InputReader.Sink FAIL = new InputReader.Sink() {
    @Override
    public void document(RawDocument document) {
    }

    @Override
    public void problem(InputProblem problem) {
      throw new IllegalStateException("benchmark page does not read: " + problem.line());
    }
  };
}
