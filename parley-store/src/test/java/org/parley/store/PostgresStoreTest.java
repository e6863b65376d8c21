// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;



/**
 * The store contract on a real PostgreSQL server. CI starts one and passes its JDBC URL in
 * {@code PARLEY_TEST_PG_URL}; without it these tests are skipped. Each run works in a schema of its own.
 */
class PostgresStoreTest extends StoreContractTests {
  @Override
  protected JdbcStore openStore() {
    return JdbcStore.open(DbSpec.parse(PostgresTestDb.freshSchemaUrl()));
  }
}
