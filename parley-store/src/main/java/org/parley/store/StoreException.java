// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

/** The store could not be opened, read or written. The message says which store and why. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
