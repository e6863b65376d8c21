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

  @Test
  void aReturnSaidOfAPersonIsRefugeesReturnButAReturnToTalksIsNot() {
    Sentence boy = new Parsed().sentence("the/the/DT/O>1:det", "boy/boy/NN/O>3:nmod:poss", "'s/'s/POS/O>1:case",
        "return/return/NN/O>-1:root", "to/to/IN/O>5:case", "Havana/Havana/NNP/LOCATION>3:nmod").article().sentences().get(0);
    Sentence talks = new Parsed().sentence("a/a/DT/O>1:det", "return/return/NN/O>-1:root", "to/to/IN/O>4:case",
        "the/the/DT/O>4:det", "talks/talk/NNS/O>1:nmod").article().sentences().get(0);

    assertThat(tagger.tag(boy, all(boy), EventType.REQUEST)).contains("refugees_return");
    assertThat(tagger.tag(talks, all(talks), EventType.REQUEST)).doesNotContain("refugees_return");
  }

  @Test
  void peaceInADemandAndBannedWeaponsNameTheirIssues() {
    Sentence peace = new Parsed().sentence("risks/risk/NNS/O>-1:root", "for/for/IN/O>2:case", "peace/peace/NN/O>0:nmod")
        .article().sentences().get(0);
    Sentence arms = new Parsed().sentence("chemical/chemical/JJ/O>1:amod", "weapons/weapon/NNS/O>-1:root")
        .article().sentences().get(0);

    assertThat(tagger.tag(peace, all(peace), EventType.REQUEST)).containsExactly("peace_agreement");
    assertThat(tagger.tag(peace, all(peace), EventType.ASSAULT)).isEmpty();
    assertThat(tagger.tag(arms, all(arms), EventType.THREATEN)).containsExactly("demilitarization");
  }
}
