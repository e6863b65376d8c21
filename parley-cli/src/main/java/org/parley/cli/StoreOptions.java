// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
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
}
