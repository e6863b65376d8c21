// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Ingest progress: a bar redrawn in place on a terminal, plain lines otherwise (logs, pipes, CI). Shows
 * articles done of total, articles per second and the time left at that rate.
 */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPlain;
  private int done;

  Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
  }

  synchronized void step() {
    done++;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f articles/s  ETA %s ", "#".repeat(filled),
          " ".repeat(width - filled), done, total, rate, clock(eta));
      if (done == total) {
        err.println();
      }
      err.flush();
    } else {
      long now = System.nanoTime();
      // Every article in small batches; at most one line a second in large ones.
      if (total <= 200 || done == total || now - lastPlain > 1_000_000_000L) {
        lastPlain = now;
        err.printf(Locale.ROOT, "ingest: %d/%d articles, %.2f articles/s, ETA %s%n", done, total, rate, clock(eta));
        err.flush();
      }
    }
  }

  static String clock(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
