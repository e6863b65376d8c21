// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A wire dateline run into the first sentence of its story ends a sentence of its own, so that the city and the agency
 * are never read as the subject of the story's first clause; parenthesised abbreviations followed by a dash inside a
 * sentence do not. (Tokenizer and splitter only: no model is loaded.)
 */
class WireDatelineSplitIT {
  private static List<String> sentences(String text) {
    Properties p = CoreNlpBackend.properties("fast");
    p.setProperty("annotators", "tokenize,ssplit");
    Annotation doc = new Annotation(text);
    new StanfordCoreNLP(p).annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  @Test
  void splitsTheCommonWireForms() {
    assertThat(sentences("KANDAHAR (Reuters) - A roadside bomb killed four soldiers on Sunday."))
        .containsExactly("KANDAHAR (Reuters) -", "A roadside bomb killed four soldiers on Sunday.");
    assertThat(sentences("BAMAKO, Mali (AP) \u2014 Gunmen attacked a police post overnight."))
        .containsExactly("BAMAKO, Mali (AP) \u2014", "Gunmen attacked a police post overnight.");
    assertThat(sentences("ADDIS ABABA, March 3 (Xinhua) -- The two sides resumed talks."))
        .containsExactly("ADDIS ABABA, March 3 (Xinhua) --", "The two sides resumed talks.");
    assertThat(sentences("PORT-AU-PRINCE, Haiti (AP) _ Police fired tear gas at marchers."))
        .containsExactly("PORT-AU-PRINCE, Haiti (AP) _", "Police fired tear gas at marchers.");
  }

  @Test
  void leavesAnAbbreviationBeforeADashInsideASentence() {
    assertThat(sentences("The Patriotic Front (PF) - which governs the north - rejected the offer."))
        .hasSize(1);
    assertThat(sentences("Officials of the agency (IAEA) -- the UN watchdog -- arrived on Monday."))
        .hasSize(1);
  }
}
