// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store lives: a DuckDB file path, or a JDBC URL ({@code jdbc:duckdb:FILE},
 * {@code jdbc:postgresql://host:port/db?user=...}).
 *
 * <p>Without {@code --db}, the store is {@code $PARLEY_DB} when set, else
 * {@code $XDG_DATA_HOME/parley/parley.duckdb}, else {@code ~/.local/share/parley/parley.duckdb}; it is
 * created with its folder on first use.
 *
 * @param dialect the database kind
 * @param jdbcUrl the URL the driver opens
 * @param file    the DuckDB file, or null for PostgreSQL and in-memory DuckDB
 */
public record DbSpec(Dialect dialect, String jdbcUrl, Path file) {
  public DbSpec {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** Reads a {@code --db} value; null or blank means {@link #defaultLocation()}. */
  public static DbSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return duckdb(defaultLocation());
    }
    String s = spec.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new DbSpec(Dialect.POSTGRES, s, null);
    }
    if (lower.startsWith("jdbc:duckdb:")) {
      String rest = s.substring("jdbc:duckdb:".length());
      return rest.isEmpty() || rest.startsWith(":memory:") ? new DbSpec(Dialect.DUCKDB, s, null) : duckdb(Path.of(rest));
    }
    if (lower.startsWith("jdbc:")) {
      throw new IllegalArgumentException("unsupported database URL '" + s
          + "'; use a DuckDB file path, jdbc:duckdb:FILE or jdbc:postgresql://HOST[:PORT]/DB");
    }
    return duckdb(Path.of(s));
  }

  public static DbSpec duckdb(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return new DbSpec(Dialect.DUCKDB, "jdbc:duckdb:" + abs, abs);
  }

  /** The documented default file (see the class comment). */
  public static Path defaultLocation() {
    String env = System.getenv("PARLEY_DB");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("parley").resolve("parley.duckdb");
  }

  /** How to name this store to a person: the file, or the URL without its password. */
  public String display() {
    return file != null ? file.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
