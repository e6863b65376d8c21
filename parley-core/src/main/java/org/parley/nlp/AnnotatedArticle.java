// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.Article;

/**
 * An article with the linguistic layers annotators have added. Immutable: annotators return a new value.
 *
 * @param article   the article
 * @param layers    which layers are present
 * @param sentences sentences with tokens, tags and parses as far as {@code layers} says
 */
public record AnnotatedArticle(Article article, Set<Layer> layers, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    sentences = List.copyOf(sentences);
  }

  public static AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(article, Set.of(), List.of());
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The text every span points into. */
  public String text() {
    return article.text();
  }

  /** The sentence containing char offset {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }
}
