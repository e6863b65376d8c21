// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the versioned SQL scripts in {@code db/migration} (listed in its {@code INDEX}, named
 * {@code V<n>__<what>.sql}) that a database has not seen yet, each in its own transaction, and records them
 * in {@code parley_schema}. A database newer than this build is refused rather than guessed at.
 */
final class Migrations {
  private static final String FOLDER = "/db/migration/";
  /** The advisory lock Parley's migrations hold on PostgreSQL ("PARLEY" in ASCII, so no other tool's). */
  static final long LOCK_KEY = 0x504152_4c4559L;
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  record Script(int version, String name, String sql) {}

  private Migrations() {}

  static List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (String line : resource("INDEX").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("migration name " + name + " is not V<n>__<what>.sql");
      }
      int v = Integer.parseInt(m.group(1));
      if (v != out.size() + 1) {
        throw new IllegalStateException("migrations must be numbered 1, 2, 3...; found " + name);
      }
      out.add(new Script(v, name, resource(name)));
    }
    return out;
  }

  /**
   * Brings the schema up to date; returns the versions applied now. On PostgreSQL several processes may open
   * a fresh database at once, and both would see version 0 and create the same tables; a session advisory
   * lock makes the second wait until the first has finished, after which it finds nothing left to do. (A
   * DuckDB file has one process at a time.)
   */
  static List<Integer> apply(Connection c, Dialect dialect) throws SQLException {
    if (dialect != Dialect.POSTGRES) {
      return applyLocked(c, dialect);
    }
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
    }
    try {
      return applyLocked(c, dialect);
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      }
    }
  }

  private static List<Integer> applyLocked(Connection c, Dialect dialect) throws SQLException {
    List<Script> scripts = scripts();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS parley_schema (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
            + "applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      int current = current(c);
      if (current > scripts.size()) {
        throw new StoreException("the store has schema version " + current + " but this Parley knows only up to "
            + scripts.size() + "; use a newer Parley");
      }
      List<Integer> applied = new ArrayList<>();
      for (Script script : scripts.subList(current, scripts.size())) {
        try (Statement s = c.createStatement()) {
          for (String stmt : statements(dialect.render(script.sql()))) {
            s.execute(stmt);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO parley_schema (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
          p.setInt(1, script.version());
          p.setString(2, script.name());
          p.executeUpdate();
        }
        c.commit();
        applied.add(script.version());
      }
      return applied;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM parley_schema")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Splits a script at semicolons that end a line; comment lines are dropped. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String stmt = cur.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource " + FOLDER + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }
}
