// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool for the analyses the write endpoints run. An analysis holds a CPU for as long as its text
 * needs, so without a bound a handful of large requests would tie up every server thread and starve the
 * read API. At most {@code slots} analyses run at once; a request that finds every slot taken is refused at
 * once with 503 and {@code Retry-After}. A request waits at most {@code limit} for its analysis and then gets
 * 503; the analysis itself cannot be stopped halfway (the NLP models do not check for interruption), so it
 * keeps its slot until it ends, and the bound stays true.
 */
final class AnalysisSlots implements AutoCloseable {
  /** Seconds a refused client is told to wait before trying again. */
  static final int RETRY_AFTER_SECONDS = 5;

  private final Semaphore free;
  private final ExecutorService workers;
  private final Duration limit;

  AnalysisSlots(int slots, Duration limit) {
    this.free = new Semaphore(slots);
    this.limit = limit;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(slots, r -> {
      Thread t = new Thread(r, "parley-analysis-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code work} in a free slot and waits for it within the time limit. */
  <T> T run(Callable<T> work) throws Exception {
    if (!free.tryAcquire()) {
      throw new ApiException(503, "every analysis slot is busy; try again in " + RETRY_AFTER_SECONDS + " seconds",
          RETRY_AFTER_SECONDS);
    }
    Future<T> f;
    try {
      f = workers.submit(() -> {
        try {
          return work.call();
        } finally {
          free.release(); // only when the work has really ended
        }
      });
    } catch (RuntimeException e) {
      free.release();
      throw e;
    }
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiException(503, "the analysis took longer than the limit of " + limit.toSeconds()
          + " s; send a shorter text");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
