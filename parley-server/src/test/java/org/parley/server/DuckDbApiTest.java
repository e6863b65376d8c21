// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/** The API on an embedded DuckDB store. */
class DuckDbApiTest extends ApiContractTests {
  @TempDir
  static Path tmp;

  @Override
  protected JdbcStore openStore() {
    return JdbcStore.open(DbSpec.duckdb(tmp.resolve("api.duckdb")));
  }
}
