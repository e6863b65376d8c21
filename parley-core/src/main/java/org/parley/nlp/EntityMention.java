// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Span;

/**
 * A run of tokens with the same named-entity class.
 *
 * @param sentence   sentence index
 * @param firstToken first token index
 * @param lastToken  last token index, inclusive
 * @param type       entity class (PERSON, ORGANIZATION, LOCATION, ...)
 * @param span       offsets into the article text
 */
public record EntityMention(int sentence, int firstToken, int lastToken, String type, Span span) {
  /** The entity mentions of {@code s}: maximal runs of tokens sharing one class other than "O". */
  public static List<EntityMention> of(Sentence s) {
    List<EntityMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!t.get(i).hasEntity()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && t.get(i).ner().equals(t.get(j + 1).ner())) {
        j++;
      }
      out.add(new EntityMention(s.index(), i, j, t.get(i).ner(), s.span(i, j)));
      i = j + 1;
    }
    return out;
  }
}
