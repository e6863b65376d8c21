// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Layer;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Builds annotated articles by hand, so that actor resolution is tested without loading NLP models. Each sentence
 * is written as tokens {@code text/POS[/NER][/relation>head]}, e.g. {@code "Kuleba/NNP/PERSON/nsubj>1 said/VBD/root>-1"};
 * the article text is the tokens joined by spaces, sentences by a space.
 */
final class Tagged {
  private Tagged() {}

  static AnnotatedArticle article(LocalDate published, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String sentence : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      String[] parts = sentence.trim().split(" ");
      for (int i = 0; i < parts.length; i++) {
        String[] f = parts[i].split("/");
        String word = f[0].replace('_', ' ');
        if (i > 0) {
          text.append(' ');
        }
        int ts = text.length();
        text.append(word);
        String pos = f.length > 1 ? f[1] : "NN";
        String ner = "O";
        for (int k = 2; k < f.length; k++) {
          if (f[k].contains(">")) {
            String[] arc = f[k].split(">");
            deps.add(new Dependency(Integer.parseInt(arc[1]), i, arc[0]));
          } else {
            ner = f[k];
          }
        }
        tokens.add(new Token(i, new Span(ts, text.length()), word, lemma(word, pos), pos, ner));
      }
      out.add(new Sentence(out.size(), new Span(start, text.length()), tokens, deps));
    }
    Article a = new Article("t", null, published, null, null, text.toString(), "test");
    return new AnnotatedArticle(a, EnumSet.allOf(Layer.class), out);
  }

  /** A crude English lemma: plural nouns lose their -s, everything else stays. */
  private static String lemma(String word, String pos) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (pos.equals("NNS") && w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
