// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

/**
 * A DuckDB file is open for writing in another process (DuckDB allows one writing process per file). The
 * message names the file and, when DuckDB says it, the process holding it, and what to do instead.
 */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
