// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.nlp.Sentence;

class IssueTaggerTest {
  private final IssueTagger tagger = IssueTagger.builtIn();

  private static List<Integer> all(Sentence s) {
    return IntStream.range(0, s.tokens().size()).boxed().toList();
  }

  @Test
  void multiWordCueAndSingleCueBothTag() {
    Sentence s = new Parsed().sentence("a/a/DT/O>2:det", "humanitarian/humanitarian/JJ/O>2:amod",
        "corridor/corridor/NN/O>-1:root", "and/and/CC/O>4:cc", "truce/truce/NN/O>2:conj").article().sentences().get(0);

    assertThat(tagger.tag(s, all(s), EventType.REQUEST)).containsExactly("humanitarian_corridor", "ceasefire");
  }

  @Test
  void typeRestrictedCueDoesNotTagAnAttack() {
    Sentence s = new Parsed().sentence("near/near/IN/O>2:case", "the/the/DT/O>2:det", "border/border/NN/O>-1:root")
        .article().sentences().get(0);

    assertThat(tagger.tag(s, all(s), EventType.ASSAULT)).isEmpty();
    assertThat(tagger.tag(s, all(s), EventType.REQUEST)).containsExactly("territory");
  }

  @Test
  void placeNamedAsTheTopicOfANegotiationIsTerritory() {
    Sentence s = new Parsed().sentence("compromise/compromise/NN/O>-1:root", "on/on/IN/O>2:case",
        "Transnistria/Transnistria/NNP/LOCATION>0:nmod").article().sentences().get(0);

    assertThat(tagger.tag(s, all(s), EventType.CONCEDE)).containsExactly("territory");
  }
}
