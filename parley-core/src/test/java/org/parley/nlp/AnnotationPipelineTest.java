// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotationPipelineTest {
  record Fake(String name, Set<Layer> requires, Set<Layer> produces) implements Annotator {
    @Override
    public AnnotatedArticle annotate(AnnotatedArticle in) {
      return in;
    }
  }

  @Test
  void refusesAnAnnotatorWhoseInputsNothingEarlierProduces() {
    AnnotationPipeline.Builder b = AnnotationPipeline.builder()
        .add(new Fake("tokenizer", Set.of(), Set.of(Layer.TOKENS, Layer.SENTENCES)))
        .add(new Fake("parser", Set.of(Layer.POS, Layer.TOKENS), Set.of(Layer.DEPENDENCIES)));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'parser' needs [POS]").hasMessageContaining("[tokenizer]");
  }

  @Test
  void acceptsAChainInDependencyOrder() {
    AnnotationPipeline p = AnnotationPipeline.builder()
        .add(new Fake("tokenizer", Set.of(), Set.of(Layer.TOKENS, Layer.SENTENCES)))
        .add(new Fake("tagger", Set.of(Layer.TOKENS), Set.of(Layer.POS)))
        .add(new Fake("parser", Set.of(Layer.POS, Layer.TOKENS), Set.of(Layer.DEPENDENCIES)))
        .build();
    assertThat(p.produces()).contains(Layer.DEPENDENCIES, Layer.POS);
    assertThat(p.names()).containsExactly("tokenizer", "tagger", "parser");
  }
}
