// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

/** Test helper run in a separate JVM: opens a DuckDB store, says so, and holds it until killed. */
public final class HoldStore {
  private HoldStore() {}

  /** {@code HoldStore FILE [read-only]}: holds the store as a writer, or as a reader with {@code read-only}. */
  public static void main(String[] args) throws Exception {
    DbSpec spec = DbSpec.duckdb(java.nio.file.Path.of(args[0]));
    boolean reader = args.length > 1 && args[1].equals("read-only");
    try (JdbcStore s = reader ? JdbcStore.openReadOnly(spec) : JdbcStore.open(spec)) {
      s.counts();
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
