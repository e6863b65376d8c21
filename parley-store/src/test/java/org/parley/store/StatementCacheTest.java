// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StatementCacheTest {
  @Test
  void reusesTheOpenStatementForTheSameSql() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StatementCache cache = new StatementCache(c, 4);
      PreparedStatement first = cache.get("SELECT ? + 1");
      assertThat(cache.get("SELECT ? + 1")).isSameAs(first);
      assertThat(answer(first, 41)).isEqualTo(42);
      assertThat(answer(cache.get("SELECT ? + 1"), 1)).isEqualTo(2);
    }
  }

  @Test
  void closesTheLeastRecentlyUsedStatementBeyondItsCapacity() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StatementCache cache = new StatementCache(c, 2);
      PreparedStatement one = cache.get("SELECT 1");
      PreparedStatement two = cache.get("SELECT 2");
      cache.get("SELECT 1");
      cache.get("SELECT 3");
      assertThat(cache.size()).isEqualTo(2);
      assertThat(two.isClosed()).isTrue();
      assertThat(one.isClosed()).isFalse();
      cache.closeAll();
      assertThat(one.isClosed()).isTrue();
    }
  }

  @Test
  void preparesAfreshAfterAnEviction() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StatementCache cache = new StatementCache(c, 4);
      PreparedStatement before = cache.get("SELECT ? * 2");
      cache.evict("SELECT ? * 2");
      assertThat(before.isClosed()).isTrue();
      PreparedStatement after = cache.get("SELECT ? * 2");
      assertThat(after).isNotSameAs(before);
      assertThat(answer(after, 21)).isEqualTo(42);
    }
  }

  private static int answer(PreparedStatement p, int x) throws SQLException {
    p.setInt(1, x);
    try (ResultSet r = p.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }
}
