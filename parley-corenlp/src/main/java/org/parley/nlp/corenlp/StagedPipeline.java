// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.nlp.StepTimer;

/**
 * A CoreNLP pipeline that keeps its annotators by name, so that each one can be timed on its own
 * ({@code parley bench --profile-stages}). Running the annotators one by one is what
 * {@link edu.stanford.nlp.pipeline.AnnotationPipeline#annotate(Annotation)} does, so timed and untimed runs
 * give the same annotation.
 */
final class StagedPipeline extends StanfordCoreNLP {
  /** Filled by {@link #addAnnotator} while the superclass constructor runs, hence no initialiser. */
  private List<Annotator> added;
  private final List<String> names;

  StagedPipeline(Properties properties) {
    this(properties, true);
  }

  /** @param enforceRequirements false to build annotators without those they need (to load a model ahead) */
  StagedPipeline(Properties properties, boolean enforceRequirements) {
    super(properties, enforceRequirements);
    List<String> declared = new ArrayList<>();
    for (String n : getProperties().getProperty("annotators", "").split(",")) {
      if (!n.isBlank()) {
        declared.add(n.strip());
      }
    }
    List<Annotator> stages = added == null ? List.of() : added;
    if (declared.size() != stages.size()) {
      // CoreNLP added annotators of its own: name them by class rather than guess
      declared.clear();
      stages.forEach(a -> declared.add(a.getClass().getSimpleName()));
    }
    this.names = List.copyOf(declared);
  }

  @Override
  public void addAnnotator(Annotator annotator) {
    if (added == null) {
      added = new ArrayList<>();
    }
    added.add(annotator);
    super.addAnnotator(annotator);
  }

  /** The annotator named {@code name}, or null. */
  Annotator stage(String name) {
    int i = names.indexOf(name);
    return i < 0 ? null : added.get(i);
  }

  /** The annotators' names, in the order they run. */
  List<String> stageNames() {
    return names;
  }

  /** Runs every annotator on {@code doc}, reporting each one's time to {@code timer} under its name. */
  void annotate(Annotation doc, StepTimer timer) {
    if (timer == StepTimer.NONE) {
      annotate(doc);
      return;
    }
    for (int i = 0; i < added.size(); i++) {
      long t0 = System.nanoTime();
      added.get(i).annotate(doc);
      timer.record(names.get(i), System.nanoTime() - t0);
    }
  }
}
