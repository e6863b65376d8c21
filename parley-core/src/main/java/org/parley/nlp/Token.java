// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.Objects;
import org.parley.article.Span;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span  offsets into the article text
 * @param text  the token as written
 * @param lemma dictionary form, or null before lemmatisation
 * @param pos   Penn Treebank tag, or null before tagging
 * @param ner   named-entity class (PERSON, ORGANIZATION, LOCATION, COUNTRY, ...) or "O", or null before NER
 */
public record Token(int index, Span span, String text, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public boolean isVerb() {
    return pos != null && pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos != null && pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos != null && pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos != null && (pos.equals("PRP") || pos.equals("PRP$"));
  }

  public boolean hasEntity() {
    return ner != null && !ner.equals("O");
  }

  /** The lemma, lower-cased, falling back to the text. */
  public String lemmaLower() {
    return (lemma != null ? lemma : text).toLowerCase(java.util.Locale.ROOT);
  }
}
