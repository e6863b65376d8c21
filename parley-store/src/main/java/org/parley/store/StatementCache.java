// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared read statements of one pooled connection, kept open and reused. Preparing is a good part of a
 * small query's cost in DuckDB (it parses, binds and plans every time), and the API asks the same few
 * statement shapes over and over: the SQL varies only with which filters are set, the values are parameters.
 *
 * <p>Not thread-safe: a connection, and so its cache, is used by one thread at a time (the pool lends it out).
 * The least recently used statement is closed once more than {@code capacity} are open.
 */
final class StatementCache {
  private final Connection connection;
  private final Map<String, PreparedStatement> open;

  StatementCache(Connection connection, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.connection = connection;
    this.open = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
        if (size() <= capacity) {
          return false;
        }
        closeQuietly(eldest.getValue());
        return true;
      }
    };
  }

  /** The open statement for {@code sql}, prepared on first use. Callers close its result sets, not it. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement p = open.get(sql);
    if (p == null || p.isClosed()) {
      p = connection.prepareStatement(sql);
      open.put(sql, p);
    }
    return p;
  }

  /** Drops the statement for {@code sql}, e.g. after it failed, so the next use prepares it afresh. */
  void evict(String sql) {
    PreparedStatement p = open.remove(sql);
    if (p != null) {
      closeQuietly(p);
    }
  }

  int size() {
    return open.size();
  }

  void closeAll() {
    open.values().forEach(StatementCache::closeQuietly);
    open.clear();
  }

  private static void closeQuietly(PreparedStatement p) {
    try {
      p.close();
    } catch (SQLException ignored) {
      // A statement that fails to close is dropped all the same; its connection cleans up on close.
    }
  }
}
