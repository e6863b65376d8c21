// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that touches the store takes. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "The store: a DuckDB file or a JDBC URL (jdbc:postgresql://HOST/DB?user=...). "
          + "Default: $PARLEY_DB, else $XDG_DATA_HOME/parley/parley.duckdb, else ~/.local/share/parley/parley.duckdb.")
  String db;

  DbSpec spec() {
    return DbSpec.parse(db);
  }

  JdbcStore open() {
    return JdbcStore.open(spec());
  }

  /** For commands that only read: a store that does not exist yet is not created (see {@link #existing}). */
  JdbcStore openForReading() {
    return JdbcStore.openReadOnly(existing(spec()));
  }

  /**
   * {@code spec}, when it names a store that exists; a DuckDB file that does not is refused with how to fill
   * one, so that a read never leaves an empty store (and its folder) behind. A server URL is the server's
   * business.
   */
  static DbSpec existing(DbSpec spec) {
    if (spec.file() != null && !java.nio.file.Files.exists(spec.file())) {
      throw new StoreException("no store at " + spec.display() + "; fill one with 'parley ingest ARTICLES' or "
          + "'parley import ANALYSES' (or name another with --db)");
    }
    return spec;
  }
}
