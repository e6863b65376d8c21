// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;
import org.parley.store.PostgresTestDb;

/** The API on PostgreSQL ({@code PARLEY_TEST_PG_URL}; skipped without it). */
class PostgresApiTest extends ApiContractTests {
  @Override
  protected JdbcStore openStore() {
    return JdbcStore.open(DbSpec.parse(PostgresTestDb.freshSchemaUrl()));
  }
}
