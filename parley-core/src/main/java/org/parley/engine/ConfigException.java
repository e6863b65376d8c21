// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

/** Bad configuration, found at start-up. The message names the setting and the valid options. */
public final class ConfigException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
