// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An exclamation or a question inside quotation marks that the writer's sentence goes on after stays in one sentence;
 * a quotation of two full sentences, and a paragraph's end, still split. (Tokenizer and splitter only: no model.)
 */
class QuotedExclamationJoinIT {
  private static List<CoreMap> split(String text) {
    Properties p = CoreNlpBackend.properties("fast");
    p.setProperty("annotators", "tokenize,ssplit," + QuotedExclamationJoin.NAME);
    Annotation doc = new Annotation(text);
    new StanfordCoreNLP(p).annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> sentences(String text) {
    return split(text).stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  @Test
  void aQuotedCryInsideTheWritersSentenceStaysInIt() {
    assertThat(sentences("Thousands chanting \"Down with the junta!\" marched to the palace on Sunday. "
        + "The army stayed in its barracks."))
        .containsExactly("Thousands chanting \"Down with the junta!\" marched to the palace on Sunday.",
            "The army stayed in its barracks.");
    assertThat(sentences("Villagers shouting \u201cPeace! Peace!\u201d blocked the convoy near the bridge."))
        .containsExactly("Villagers shouting \u201cPeace! Peace!\u201d blocked the convoy near the bridge.");
    assertThat(sentences("\"Who will pay for this?\" the mayor asked reporters."))
        .containsExactly("\"Who will pay for this?\" the mayor asked reporters.");
  }

  @Test
  void joinedSentencesAreNumberedAndTheirTokensReindexed() {
    List<CoreMap> s = split("Crowds shouting \"Go home!\" surrounded the embassy. Police watched.");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(1);
    List<CoreLabel> first = s.get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertThat(first).extracting(CoreLabel::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(s.get(1).get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(first.size());
    assertThat(s.get(1).get(CoreAnnotations.TokensAnnotation.class)).allSatisfy(t -> assertThat(t.sentIndex()).isEqualTo(1));
  }

  @Test
  void aQuotationOfWholeSentencesAndAParagraphEndStillSplit() {
    assertThat(sentences("\"We will not leave our homes! We will stay here until the soldiers have gone,\" "
        + "said a farmer.")).hasSize(2);
    assertThat(sentences("Why now?\nthe second paragraph begins in lower case.")).hasSize(2);
    assertThat(sentences("Is the truce holding? No one in the town could say.")).hasSize(2);
  }
}
