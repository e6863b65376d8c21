// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import org.parley.engine.Parley;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads or analyses articles: it takes the shared configuration options ({@link ConfigOptions},
 * with the input limits), mixed in once here for every such command.
 */
abstract class ConfiguredCommand extends ParleyCommand {
  @Mixin
  ConfigOptions options;

  /** Loads Parley for the options, saying so on stderr (see {@link ConfigOptions#load}). */
  Parley load() {
    return options.load(err());
  }
}
