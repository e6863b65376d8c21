// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The store on a PostgreSQL server that goes away and comes back, and on a fresh database that several
 * processes open at once ({@code PARLEY_TEST_PG_URL}; skipped without it).
 */
class PostgresRecoveryTest {
  @Test
  void aRestartedServerIsUsedAgainWithoutRestartingParley() throws Exception {
    String name = "parley-recovery-" + UUID.randomUUID();
    String url = PostgresTestDb.freshSchemaUrl() + "&ApplicationName=" + name;
    try (JdbcStore store = JdbcStore.open(DbSpec.parse(url))) {
      Fixtures.all().forEach(store::put);
      long before = store.counts().path("articles").asLong();
      assertThat(before).isPositive();
      // what a restart does to the pool: the server ends every connection it had
      assertThat(terminate(url, name)).isPositive();
      Thread.sleep(JdbcStore.VALIDATE_AFTER_IDLE_MS + 200); // the pool checks connections idle for longer
      assertThat(store.counts().path("articles").asLong()).isEqualTo(before);
      assertThat(store.schemaVersion()).isPositive();
    }
  }

  @Test
  void processesOpeningAFreshDatabaseTogetherMigrateItOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        String url = PostgresTestDb.freshSchemaUrl();
        CyclicBarrier together = new CyclicBarrier(4);
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          opened.add(pool.submit(() -> {
            together.await();
            try (JdbcStore s = JdbcStore.open(DbSpec.parse(url))) {
              return s.schemaVersion();
            }
          }));
        }
        int expected = Migrations.scripts().size();
        for (Future<Integer> f : opened) {
          assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Ends the server side of every connection with this application name; returns how many. */
  private static int terminate(String url, String applicationName) throws Exception {
    int n = 0;
    try (Connection admin = DriverManager.getConnection(System.getenv(PostgresTestDb.ENV));
         PreparedStatement p = admin.prepareStatement(
             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
      p.setString(1, applicationName);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          n += r.getBoolean(1) ? 1 : 0;
        }
      }
    }
    return n;
  }
}
