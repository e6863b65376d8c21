// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir
  Path dir;

  private final CollectedInput sink = new CollectedInput();
  private final List<RawDocument> docs = sink.docs;
  private final List<InputProblem> problems = sink.problems;

  @Test
  void anInputThatCannotBeHeldFailsAloneAndTheNextIsRead() throws IOException {
    Path huge = Files.writeString(dir.resolve("a-huge.txt"), "Pretend this page is three gigabytes long.");
    Path next = Files.writeString(dir.resolve("b-next.txt"), "Troops withdrew from the town on Monday.");
    InputReader.Sink tight = new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        if (document.origin().endsWith("a-huge.txt")) {
          throw new OutOfMemoryError("Java heap space"); // what holding it would do
        }
        docs.add(document);
      }

      @Override
      public void problem(InputProblem problem) {
        problems.add(problem);
      }
    };
    new InputReader(InputLimits.DEFAULT).read(dir.toString(), tight);
    assertThat(docs).extracting(RawDocument::origin).containsExactly(next.toString());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(huge.toString());
      assertThat(p.reason()).contains("too large to hold in memory");
    });
  }

  @Test
  void standardInputThatOpensWithAnInlineTagIsTextNotAPage() {
    assertThat(InputReader.looksLikePage("<b>Rebel leaders</b> rejected the truce offer on Sunday.")).isFalse();
    assertThat(InputReader.looksLikePage("<!DOCTYPE html><html><body><p>Talks resumed.</p>")).isTrue();
    assertThat(InputReader.looksLikePage("<div class=\"story\"><p>Talks resumed.</p></div>")).isTrue();
  }

  @Test
  void readsJsonLinesWithIdsAndReportsBadLinesByNumber() throws IOException {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, "{\"id\":\"s1\",\"text\":\"Troops withdrew from the town.\",\"published\":\"2023-05-02\"}\n"
        + "not json\n{\"id\":\"s3\"}\n");
    new InputReader(InputLimits.DEFAULT).read(f.toString(), sink);
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("s1");
      assertThat(d.published()).hasToString("2023-05-02");
      assertThat(d.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
    });
    assertThat(problems).extracting(InputProblem::origin).containsExactly(f + ":2", f + ":3");
  }

  @Test
  void refusesEmptyBinaryMissingAndOversizeInputsWithOneLineEach() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    InputReader reader = new InputReader(new InputLimits(1000, 100, 10));
    for (Path p : List.of(empty, binary, dir.resolve("missing.txt"), big)) {
      reader.read(p.toString(), sink);
    }
    assertThat(docs).isEmpty();
    assertThat(problems).extracting(InputProblem::line).containsExactly(
        empty + ": empty: 0 bytes", binary + ": binary content, not text", dir.resolve("missing.txt") + ": no such file",
        big + ": too large: 2000 bytes, limit 1000");
  }

  @Test
  void refusesAGzipBombAndATruncatedGzip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(new byte[5_000_000]);
    }
    Path bomb = Files.write(dir.resolve("bomb.txt.gz"), bytes.toByteArray());
    byte[] whole = bytes.toByteArray();
    Path cut = Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    InputReader reader = new InputReader(InputLimits.DEFAULT);
    reader.read(bomb.toString(), sink);
    reader.read(cut.toString(), sink);
    assertThat(docs).isEmpty();
    assertThat(problems.get(0).reason()).startsWith("refused: gzip expands beyond");
    assertThat(problems.get(1).reason()).isIn("truncated gzip data", "refused: gzip expands beyond "
        + problems.get(1).reason().replaceAll("\\D+", "") + " bytes (ratio or size limit; a gzip bomb?)");
  }

  @Test
  void decodesWindows1251PagesByTheirDeclaredCharset() throws IOException {
    String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Переговоры в Стамбуле</p></body></html>";
    Path f = Files.write(dir.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));
    new InputReader(InputLimits.DEFAULT).read(f.toString(), sink);
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("Переговоры в Стамбуле"));
  }

  @Test
  void readsFoldersRecursivelyInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/two.txt"), "Second article.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "First article.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.pdf"), "ignored");
    new InputReader(InputLimits.DEFAULT).read(dir.toString(), sink);
    assertThat(docs).extracting(RawDocument::content).containsExactly("First article.", "Second article.");
    assertThat(problems).isEmpty();
  }
}
