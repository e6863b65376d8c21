// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

/** A request the API refuses, with the HTTP status to answer and a message for the caller. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final int retryAfterSeconds;

  public ApiException(int status, String message) {
    this(status, message, 0);
  }

  /** @param retryAfterSeconds sent as {@code Retry-After} when positive: the refusal is only for now */
  public ApiException(int status, String message, int retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
