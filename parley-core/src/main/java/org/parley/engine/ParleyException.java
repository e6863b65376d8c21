// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

/** The root of Parley's own failures; shells map its subclasses to exit codes or HTTP statuses in one place. */
public class ParleyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParleyException(String message) {
    super(message);
  }

  public ParleyException(String message, Throwable cause) {
    super(message, cause);
  }
}
