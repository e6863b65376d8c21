// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

/** Test helper run in a separate JVM: opens a DuckDB store, says so, and holds it until killed. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (JdbcStore s = JdbcStore.open(DbSpec.duckdb(java.nio.file.Path.of(args[0])))) {
      s.counts();
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
