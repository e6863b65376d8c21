// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.Set;

/**
 * One step of linguistic annotation. It states the layers it needs and the layers it adds, so that an
 * {@link AnnotationPipeline} can refuse a wrong order when it is built rather than fail on an article.
 *
 * <p>Implementations must be safe for concurrent use: one instance serves every article of a process.
 */
public interface Annotator {
  /** A short stable name used in configuration and messages, e.g. {@code corenlp}. */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  /** Returns {@code in} with the produced layers added; never modifies {@code in}. */
  AnnotatedArticle annotate(AnnotatedArticle in);

  /**
   * As {@link #annotate(AnnotatedArticle)}, reporting the time spent to {@code timer}: by default as one step
   * under {@link #name()}; an annotator made of several steps may report each one. The result must be the same.
   */
  default AnnotatedArticle annotate(AnnotatedArticle in, StepTimer timer) {
    if (timer == StepTimer.NONE) {
      return annotate(in);
    }
    long t0 = System.nanoTime();
    AnnotatedArticle out = annotate(in);
    timer.record(name(), System.nanoTime() - t0);
    return out;
  }
}
