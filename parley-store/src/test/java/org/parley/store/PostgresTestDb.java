// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The PostgreSQL server for tests, from {@code PARLEY_TEST_PG_URL}; tests skip when it is not set. */
public final class PostgresTestDb {
  public static final String ENV = "PARLEY_TEST_PG_URL";

  private PostgresTestDb() {}

  private static final java.util.Set<String> TOLD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * One line on standard output per suite that skips, so {@code mvn verify} says what it did not run and why
   * (JUnit's own skip count names no reason and Maven hides it under -q).
   */
  private static void skipped(String suite) {
    if (TOLD.add(suite)) {
      System.out.println(suite + " skipped: " + ENV + " unset (PostgreSQL tests; .ci/postgres.sh start prints one)");
    }
  }

  /** A JDBC URL whose default schema is new and empty. */
  public static String freshSchemaUrl() {
    String url = System.getenv(ENV);
    if (url == null || url.isBlank()) {
      skipped(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getSimpleName());
    }
    assumeTrue(url != null && !url.isBlank(), ENV + " is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + url + ": " + e.getMessage(), e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
