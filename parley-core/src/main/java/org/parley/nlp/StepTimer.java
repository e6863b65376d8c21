// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

/**
 * Receives the time spent in one named step of the analysis, for {@code parley bench --profile-stages}. An
 * annotator that runs several steps (CoreNLP's tokenize, ssplit, pos, ...) reports each one under its own name;
 * the others are timed as a whole.
 */
@FunctionalInterface
public interface StepTimer {
  /** A timer that records nothing: the default, so untimed runs pay only a branch. */
  StepTimer NONE = (step, nanos) -> { };

  void record(String step, long nanos);
}
