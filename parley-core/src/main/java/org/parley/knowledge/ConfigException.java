// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

/**
 * Bad configuration, found at start-up: an unknown profile or backend, a missing or malformed knowledge file,
 * an impossible limit. The message names the setting and the valid options. It lives beside {@link DataFile},
 * the lowest layer that throws it, so that no stage has to import the engine above it.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
