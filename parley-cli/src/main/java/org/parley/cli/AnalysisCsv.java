// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.Writer;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;
import org.parley.store.DbSpec;
import org.parley.store.EventQuery;
import org.parley.store.Exporter;
import org.parley.store.JdbcStore;

/**
 * {@code analyze --format csv}: one row per event with the columns of {@code parley export --format csv}. The
 * analyses go into a throw-away in-memory store and are written by the store's own exporter, so the columns and
 * their derivation (outlet, quad class, Goldstein, precisions) are defined in one place, not copied here.
 */
final class AnalysisCsv implements AutoCloseable {
  private JdbcStore rows;

  synchronized void add(Analysis a) {
    if (rows == null) { // opened on the first analysis: a run whose inputs all fail needs no database
      rows = JdbcStore.open(DbSpec.parse("jdbc:duckdb::memory:"));
    }
    rows.put(AnalysisJson.tree(a));
  }

  /** Writes the header and every event added so far; returns the rows written. */
  synchronized long write(Writer out) {
    if (rows == null) {
      rows = JdbcStore.open(DbSpec.parse("jdbc:duckdb::memory:"));
    }
    return new Exporter(rows).write(Exporter.Format.CSV, EventQuery.ALL, out);
  }

  @Override
  public synchronized void close() {
    if (rows != null) {
      rows.close();
    }
  }
}
