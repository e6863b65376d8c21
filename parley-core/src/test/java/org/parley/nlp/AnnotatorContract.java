// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/**
 * The contract every {@link Annotator} keeps, as a test each implementation inherits: spans lie inside the
 * text and cover the token text, sentences and tokens are ordered and indexed from 0, declared layers are
 * produced, dependency arcs stay inside their sentence, the input is not modified, and concurrent use gives
 * the same result as sequential use.
 */
public abstract class AnnotatorContract {
  /** The annotator under test, fully configured. */
  protected abstract Annotator annotator();

  /** News-style text with quotes, non-ASCII names, a date and several paragraphs. */
  protected String sampleText() {
    return "Negotiators from Ethiopia and Eritrea met in Nairobi on Monday, the mediators said.\n\n"
        + "\u201cWe are ready to talk,\u201d said Getachew Reda, adding that the army would not withdraw.\n\n"
        + "Talks resumed after a two-week pause; Ça va, said the French envoy, Jean-Pierre Durand.";
  }

  private AnnotatedArticle run(String text) {
    Article article = new Article(Article.contentId(text), null, null, null, null, text, "contract-test");
    return annotator().annotate(AnnotatedArticle.of(article));
  }

  @Test
  void producesTheLayersItDeclares() {
    AnnotatedArticle a = run(sampleText());
    assertThat(a.layers()).containsAll(annotator().produces());
  }

  @Test
  void spansLieInsideTheTextAndTokensCoverTheirText() {
    String text = sampleText();
    AnnotatedArticle a = run(text);
    assertThat(a.sentences()).isNotEmpty();
    int previousEnd = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      previousEnd = s.span().end();
      int tokenEnd = s.span().start();
      for (int t = 0; t < s.tokens().size(); t++) {
        Token tok = s.tokens().get(t);
        assertThat(tok.index()).isEqualTo(t);
        assertThat(tok.span().start()).isGreaterThanOrEqualTo(tokenEnd);
        assertThat(s.span().contains(tok.span())).isTrue();
        assertThat(tok.span().of(text)).isEqualTo(tok.text());
        tokenEnd = tok.span().end();
      }
    }
  }

  @Test
  void dependencyArcsStayInsideTheirSentence() {
    AnnotatedArticle a = run(sampleText());
    if (!annotator().produces().contains(Layer.DEPENDENCIES)) {
      return;
    }
    for (Sentence s : a.sentences()) {
      assertThat(s.root()).isBetween(0, s.tokens().size() - 1);
      for (Dependency d : s.dependencies()) {
        assertThat(d.dependent()).isBetween(0, s.tokens().size() - 1);
        assertThat(d.head()).isBetween(-1, s.tokens().size() - 1);
      }
    }
  }

  @Test
  void leavesItsInputUnchanged() {
    Article article = new Article("x", null, null, null, null, sampleText(), "contract-test");
    AnnotatedArticle in = AnnotatedArticle.of(article);
    annotator().annotate(in);
    assertThat(in.sentences()).isEmpty();
    assertThat(in.layers()).isEmpty();
  }

  @Test
  void concurrentUseGivesTheSequentialResult() throws Exception {
    List<String> texts = List.of(sampleText(), "Troops withdrew from the border town on Friday.",
        "The ministry denied the report.\nOfficials said talks would resume.");
    List<AnnotatedArticle> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(run(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> run(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get().sentences()).isEqualTo(sequential.get(i % texts.size()).sentences());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
