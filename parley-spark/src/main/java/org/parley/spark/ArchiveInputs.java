// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/**
 * Reads one input file of an archive on an executor, with the same reader as {@code parley analyze} (text,
 * HTML, JSON Lines, feeds, WARC, each optionally gzipped). The file is copied from wherever Spark reads it
 * (HDFS, S3, a shared disk) to a local temporary file that keeps its name, since the format is read from the
 * name; positions in problems then name the original file, not the copy. Files of a type the reader does not
 * know (a folder's README) are passed over, as the CLI does when it walks a folder.
 */
final class ArchiveInputs {
  private ArchiveInputs() {}

  static List<Outcome> read(String uri, PortableDataStream data, JobSettings settings) throws IOException {
    String name = uri.substring(uri.lastIndexOf('/') + 1);
    if (!InputReader.knowsType(Path.of(name.isEmpty() ? "input" : name))) {
      return List.of(); // as when the CLI walks a folder: READMEs and other files are not inputs
    }
    Path dir = Files.createTempDirectory("parley-spark-");
    Path local = dir.resolve(name.isEmpty() ? "input" : name);
    try {
      try (InputStream in = data.open()) {
        Files.copy(in, local);
      }
      List<Outcome> out = new ArrayList<>();
      String copy = local.toString();
      ArticleMaker maker = new ArticleMaker(settings.limits());
      new InputReader(settings.limits()).read(copy, new InputReader.Sink() {
        @Override
        public void document(RawDocument document) {
          maker.make(document, this).ifPresent(a -> out.add(Outcome.article(ArticleRow.of(a, a.origin().replace(copy, uri)))));
        }

        @Override
        public void problem(InputProblem problem) {
          out.add(Outcome.problem(problem.line().replace(copy, uri)));
        }
      });
      return out;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
