// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.Article;

/**
 * Annotators run in order. {@link Builder#build()} checks that each annotator's requirements are produced by
 * the ones before it, and names the missing layer if not.
 */
public final class AnnotationPipeline {
  private final List<Annotator> annotators;
  private final Set<Layer> produced;

  private AnnotationPipeline(List<Annotator> annotators, Set<Layer> produced) {
    this.annotators = List.copyOf(annotators);
    this.produced = Set.copyOf(produced);
  }

  public static Builder builder() {
    return new Builder();
  }

  public AnnotatedArticle annotate(Article article) {
    return annotate(article, StepTimer.NONE);
  }

  /** As {@link #annotate(Article)}, reporting each annotator's steps to {@code timer}. */
  public AnnotatedArticle annotate(Article article, StepTimer timer) {
    AnnotatedArticle a = AnnotatedArticle.of(article);
    for (Annotator annotator : annotators) {
      a = annotator.annotate(a, timer);
    }
    return a;
  }

  /** Every layer the pipeline produces. */
  public Set<Layer> produces() {
    return produced;
  }

  public List<String> names() {
    return annotators.stream().map(Annotator::name).toList();
  }

  /** Assembles a pipeline. */
  public static final class Builder {
    private final List<Annotator> annotators = new ArrayList<>();

    public Builder add(Annotator annotator) {
      annotators.add(Objects.requireNonNull(annotator, "annotator"));
      return this;
    }

    /** @throws IllegalStateException when an annotator needs a layer no earlier annotator produces */
    public AnnotationPipeline build() {
      EnumSet<Layer> have = EnumSet.noneOf(Layer.class);
      for (Annotator a : annotators) {
        EnumSet<Layer> missing = a.requires().isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(a.requires());
        missing.removeAll(have);
        if (!missing.isEmpty()) {
          throw new IllegalStateException("annotator '" + a.name() + "' needs " + missing
              + " but the annotators before it (" + annotators.subList(0, annotators.indexOf(a)).stream()
              .map(Annotator::name).toList() + ") produce only " + have);
        }
        have.addAll(a.produces());
      }
      return new AnnotationPipeline(annotators, have);
    }
  }
}
