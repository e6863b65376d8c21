// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

/** A request the API refuses, with the HTTP status to answer and a message for the caller. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
