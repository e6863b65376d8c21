// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.engine.Parley;
import org.parley.nlp.AnnotatedArticle;

/** {@code bench --profile-stages}: timing each step reports every CoreNLP annotator and changes no result. */
class StepProfileIT {
  private static final Article ARTICLE = new Article("step-profile", "Envoys meet", LocalDate.of(2024, 3, 2), null,
      "test", "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday and agreed to resume talks.\n"
      + "Armenia accused Azerbaijan of shelling border villages, a spokesman said.", "test");

  @Test
  void timedAnnotationNamesEveryAnnotatorAndEqualsTheUntimedOne() {
    Parley parley = SharedParley.get();
    Map<String, Long> nlp = new LinkedHashMap<>();
    Map<String, Long> own = new LinkedHashMap<>();
    AnnotatedArticle timed = parley.annotate(ARTICLE, (step, nanos) -> nlp.merge(step, nanos, Long::sum));
    AnnotatedArticle plain = parley.annotate(ARTICLE);

    // CoreNLP 4.5 splits sentences inside tokenize, so there is no ssplit step of its own
    assertThat(nlp.keySet()).containsSubsequence("tokenize", "pos", "lemma", "ner", "depparse");
    assertThat(nlp.values()).allMatch(n -> n >= 0);
    assertThat(timed.sentences()).hasSize(2).isEqualTo(plain.sentences());
    assertThat(timed.layers()).isEqualTo(plain.layers());

    Analysis timedAnalysis = parley.interpret(timed, (step, nanos) -> own.merge(step, nanos, Long::sum));
    assertThat(own.keySet()).containsExactlyElementsOf(Parley.STAGES);
    Analysis plainAnalysis = parley.interpret(plain);
    assertThat(timedAnalysis.events()).isNotEmpty().isEqualTo(plainAnalysis.events());
  }
}
