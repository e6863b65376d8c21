// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

/**
 * Caps that keep hostile or accidental input from exhausting memory or time.
 *
 * @param maxInputBytes        largest single input (file, page, record) read, after decompression
 * @param maxCompressionRatio  decompressed/compressed size above which a gzip input is refused as a bomb
 * @param maxRecords           largest number of records read from one JSON Lines, WARC or feed file
 * @param maxDepth             deepest element nesting of an HTML page that is read
 */
public record InputLimits(long maxInputBytes, int maxCompressionRatio, int maxRecords, int maxDepth) {
  public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 100, 1_000_000, 1_000);

  public InputLimits {
    if (maxInputBytes <= 0 || maxCompressionRatio <= 0 || maxRecords <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("input limits must be positive, got " + maxInputBytes + ", "
          + maxCompressionRatio + ", " + maxRecords + ", " + maxDepth);
    }
  }

  /** The limits before nesting depth was capped; depth gets the default. */
  public InputLimits(long maxInputBytes, int maxCompressionRatio, int maxRecords) {
    this(maxInputBytes, maxCompressionRatio, maxRecords, 1_000);
  }
}
