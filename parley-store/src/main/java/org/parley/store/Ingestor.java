// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.parley.article.Article;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;

/**
 * The one place that turns articles into stored analyses, used by {@code parley ingest}, {@code parley demo}
 * and the server's write endpoint. An article whose clean text is already stored is not analysed again, and
 * each article is stored in one transaction, so a batch interrupted at any point is completed by running it
 * again, without loss or duplicates. A failing article is reported and skipped; the batch goes on.
 */
public final class Ingestor {
  /** What happened to one article. */
  public enum Outcome { ADDED, ALREADY_STORED, FAILED }

  /** Hears about each article as it is done, on the thread that did it (calls are serialised). */
  public interface Listener {
    void done(Article article, Outcome outcome, String problem);
  }

  private final Store store;
  private final Function<Article, Analysis> analyzer;

  /**
   * @param analyzer runs the pipeline, normally {@code parley::analyze} of the {@link org.parley.engine.Parley} facade
   */
  public Ingestor(Store store, Function<Article, Analysis> analyzer) {
    this.store = Objects.requireNonNull(store, "store");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Analyses and stores one article unless it is stored already. Never throws for a bad article. */
  public Outcome ingest(Article article) {
    return ingestReporting(article).outcome();
  }

  /** The outcome with the problem's text when it failed. */
  public Result ingestReporting(Article article) {
    Objects.requireNonNull(article, "article");
    if (store.hasContent(Article.contentId(article.text()))) {
      return new Result(Outcome.ALREADY_STORED, null);
    }
    Analysis analysis;
    try {
      analysis = analyzer.apply(article);
    } catch (RuntimeException e) {
      return new Result(Outcome.FAILED, "analysis failed: " + e);
    }
    // with each event's trace, so that the dashboard can show why an event was coded as it was
    Store.PutResult r = store.put(AnalysisJson.tree(analysis, true));
    return new Result(r == Store.PutResult.ADDED ? Outcome.ADDED : Outcome.ALREADY_STORED, null);
  }

  /** An outcome with the reason when it failed. */
  public record Result(Outcome outcome, String problem) {}

  /**
   * Ingests {@code articles} on {@code threads} threads, telling {@code listener} about each. Store failures
   * (the database is gone) stop the batch by throwing; what was stored stays stored.
   *
   * @return counts per outcome, indexed by {@link Outcome#ordinal()}
   */
  public int[] ingestAll(List<Article> articles, int threads, Listener listener) {
    int[] counts = new int[Outcome.values().length];
    Object lock = new Object();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "parley-ingest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> {
          Result r = ingestReporting(a);
          synchronized (lock) {
            counts[r.outcome().ordinal()]++;
            listener.done(a, r.outcome(), r.problem());
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return counts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("ingest interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new StoreException("ingest failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
