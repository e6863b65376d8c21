// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.parley.contract.AnalysisJsonReader;
import org.parley.engine.Analysis;
import org.parley.ingest.InputLimits;

/**
 * Reads saved analyses, the contract's JSON Lines: files from {@code parley analyze} (optionally .gz) and
 * folders of them, such as the Spark job's {@code OUT/analyses} ({@code part-*} files). Each bad line or
 * unreadable file is one stderr line naming it, and reading goes on.
 */
final class AnalysisFiles {
  /** Receives each line that reads as a contract object: the line, what it reads as, and its position. */
  @FunctionalInterface
  interface LineSink {
    void line(String json, Analysis analysis, String where);
  }

  private AnalysisFiles() {}

  /** Bad lines in a row, with no good line before them, after which a file is taken for something else. */
  static final int BAD_LINES_BEFORE_GIVING_UP = 10;

  /** Reads {@code path} (a file or a folder) within {@code limits}; returns how many lines or files failed. */
  static int read(Path path, InputLimits limits, PrintWriter err, LineSink sink) {
    if (!Files.isDirectory(path)) {
      return readFile(path, limits, err, sink);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(path)) {
      files = list.filter(Files::isRegularFile).filter(AnalysisFiles::isAnalysisFile).sorted().toList();
    } catch (IOException e) {
      err.println("parley: " + path + ": cannot list folder: " + e.getMessage());
      return 1;
    }
    if (files.isEmpty()) {
      err.println("parley: " + path + ": folder holds no .jsonl or part-* files");
      return 1;
    }
    int problems = 0;
    for (Path f : files) {
      problems += readFile(f, limits, err, sink);
    }
    return problems;
  }

  private static boolean isAnalysisFile(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith("part-") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  /**
   * Reads one file under the same limits as {@code analyze}'s inputs: a line longer than the largest input is
   * skipped without being held, a gzip member that inflates past the ratio is a bomb, a binary file or one
   * whose first lines are all bad is refused with one line, and at most {@code maxRecords} lines are read.
   */
  private static int readFile(Path file, InputLimits limits, PrintWriter err, LineSink sink) {
    int problems = 0;
    int good = 0;
    int badInARow = 0;
    try (Lines in = Lines.open(file, limits)) {
      int n = 0;
      for (String line = in.next(); line != null; line = in.next()) {
        n++;
        if (n > limits.maxRecords()) {
          err.println("parley: " + file + ": more than " + limits.maxRecords() + " lines; the rest is not read "
              + "(--max-records)");
          problems++;
          break;
        }
        String why = line == Lines.TOO_LONG ? "line longer than " + limits.maxInputBytes() / (1024 * 1024)
            + " MiB (--max-input-mib)" : null;
        Analysis analysis = null;
        if (why == null && !line.isBlank()) {
          try {
            analysis = AnalysisJsonReader.read(line);
          } catch (AnalysisJsonReader.FormatException e) {
            why = e.getMessage();
          }
        }
        if (why != null) {
          problems++;
          err.println("parley: " + file + ":" + n + ": " + why);
          if (good == 0 && ++badInARow >= BAD_LINES_BEFORE_GIVING_UP) {
            err.println("parley: " + file + ": the first " + badInARow + " lines are no analyses; not read further");
            break;
          }
          continue;
        }
        if (analysis != null) {
          good++;
          badInARow = 0;
          sink.line(line, analysis, file + ":" + n);
        }
      }
    } catch (IOException e) {
      problems++;
      err.println("parley: " + file + ": cannot read: " + e.getMessage());
    }
    err.flush();
    return problems;
  }

  /** Lines of a file, gzip or not, each at most the largest input; bombs and binary files end it. */
  private static final class Lines implements AutoCloseable {
    /** Stands for a line that was too long to hold; compared by identity. */
    static final String TOO_LONG = new String("<too long>");

    private final CountingStream raw;
    private final InputStream in;
    private final long maxLine;
    private final int maxRatio;
    private long inflated;
    private boolean checkedBinary;

    private Lines(CountingStream raw, InputStream in, InputLimits limits) {
      this.raw = raw;
      this.in = in;
      this.maxLine = limits.maxInputBytes();
      this.maxRatio = limits.maxCompressionRatio();
    }

    static Lines open(Path file, InputLimits limits) throws IOException {
      CountingStream raw = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
      InputStream in = raw;
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        in = new BufferedInputStream(new GZIPInputStream(raw));
      }
      return new Lines(raw, in, limits);
    }

    /** The next line, {@link #TOO_LONG}, or null at the end. */
    String next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      int b;
      long length = 0;
      while ((b = in.read()) != -1 && b != '\n') {
        inflated++;
        if (b == 0 && !checkedBinary) {
          throw new IOException("binary data (a NUL byte at " + inflated + "), not JSON Lines of analyses");
        }
        if (raw != in && inflated > 1024L * 1024 && inflated > (long) maxRatio * Math.max(1, raw.count)) {
          throw new IOException("decompresses more than " + maxRatio + " times its size; refused as a gzip bomb"
              + " (--max-gzip-ratio)");
        }
        if (++length > maxLine) {
          tooLong = true; // go on to the end of the line without keeping it
        } else {
          line.write(b);
        }
      }
      if (b == -1 && length == 0) {
        return null;
      }
      inflated++;
      checkedBinary = checkedBinary || inflated > 8192;
      String text = line.toString(StandardCharsets.UTF_8);
      return tooLong ? TOO_LONG : text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Counts the compressed bytes read, for the gzip ratio. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
