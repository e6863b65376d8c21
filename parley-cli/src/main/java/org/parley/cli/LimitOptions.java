// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import org.parley.ingest.InputLimits;
import picocli.CommandLine.Option;

/**
 * The input limits, shared by every command that reads input: analysing ones, {@code import}, {@code board}.
 * A value out of its range is a usage error (exit 2), like a value that is not a number.
 */
final class LimitOptions {
  private static final long MIB = 1024L * 1024;
  /**
   * An input is held several times while it is read (bytes, decoded text, cleaned text), so the largest one
   * may take at most this fraction of the heap: a limit the heap cannot honour is refused at start, not met
   * by an OutOfMemoryError halfway through a batch.
   */
  static final int HEAP_SHARES_PER_INPUT = 8;

  @Option(names = "--max-input-mib", paramLabel = "MIB", defaultValue = "10",
      description = "Largest page, record, file or line read, after decompression, in MiB (default: 10; at most "
          + "an eighth of the Java heap, which PARLEY_JAVA_OPTS=-Xmx... sets).")
  long maxInputMib;

  @Option(names = "--max-gzip-ratio", paramLabel = "N", defaultValue = "100",
      description = "Decompressed/compressed size above which gzip and WARC input is refused as a bomb (default: 100).")
  int maxGzipRatio;

  @Option(names = "--max-records", paramLabel = "N", defaultValue = "1000000",
      description = "Most records read from one JSON Lines, WARC or feed file (default: 1000000).")
  int maxRecords;

  @Option(names = "--max-depth", paramLabel = "N", defaultValue = "1000",
      description = "Deepest HTML element nesting read; deeper pages are refused (default: 1000).")
  int maxDepth;

  /** The largest {@code --max-input-mib} this JVM's heap can hold. */
  static long heapFitMib() {
    return Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_SHARES_PER_INPUT / MIB);
  }

  InputLimits limits() {
    if (maxInputMib <= 0 || maxGzipRatio <= 0 || maxRecords <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("input limits must be positive, got --max-input-mib " + maxInputMib
          + " --max-gzip-ratio " + maxGzipRatio + " --max-records " + maxRecords + " --max-depth " + maxDepth);
    }
    long fit = heapFitMib();
    if (maxInputMib > fit) {
      throw new IllegalArgumentException("--max-input-mib " + maxInputMib + " does not fit the Java heap of "
          + Runtime.getRuntime().maxMemory() / MIB + " MiB: at most " + fit + " (an eighth of the heap); give "
          + "more heap with PARLEY_JAVA_OPTS=-Xmx...");
    }
    return new InputLimits(maxInputMib * MIB, maxGzipRatio, maxRecords, maxDepth);
  }
}
