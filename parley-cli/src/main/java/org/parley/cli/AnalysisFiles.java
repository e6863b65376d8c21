// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

  /** Reads {@code path} (a file or a folder); returns how many lines or files failed. */
  static int read(Path path, PrintWriter err, LineSink sink) {
    if (!Files.isDirectory(path)) {
      return readFile(path, err, sink);
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
      problems += readFile(f, err, sink);
    }
    return problems;
  }

  private static boolean isAnalysisFile(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith("part-") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  private static int readFile(Path file, PrintWriter err, LineSink sink) {
    int problems = 0;
    try (BufferedReader in = open(file)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Analysis analysis;
        try {
          analysis = AnalysisJsonReader.read(line);
        } catch (AnalysisJsonReader.FormatException e) {
          problems++;
          err.println("parley: " + file + ":" + n + ": " + e.getMessage());
          continue;
        }
        sink.line(line, analysis, file + ":" + n);
      }
    } catch (IOException e) {
      problems++;
      err.println("parley: " + file + ": cannot read: " + e.getMessage());
    }
    err.flush();
    return problems;
  }

  private static BufferedReader open(Path file) throws IOException {
    var stream = Files.newInputStream(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      stream = new GZIPInputStream(stream);
    }
    return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }
}
