// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

/** The SQL databases a store can live in. */
public enum Dialect {
  DUCKDB("DOUBLE"),
  POSTGRES("DOUBLE PRECISION");

  private final String doubleType;

  Dialect(String doubleType) {
    this.doubleType = doubleType;
  }

  /** A migration script with this dialect's spellings filled in. */
  String render(String sql) {
    return sql.replace("${double}", doubleType);
  }
}
