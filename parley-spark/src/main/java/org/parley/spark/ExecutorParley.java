// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.engine.Parley;

/**
 * One Parley per executor JVM and settings: the NLP models load once per JVM, however many tasks and
 * partitions run there (Parley is thread-safe, so concurrent tasks share it).
 */
final class ExecutorParley {
  private static final Map<JobSettings, Parley> BY_SETTINGS = new ConcurrentHashMap<>();

  private ExecutorParley() {}

  static Parley get(JobSettings settings) {
    return BY_SETTINGS.computeIfAbsent(settings, s -> Parley.create(s.config()));
  }
}
