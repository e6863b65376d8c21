// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;

class IssueTaggerTest {
  private final IssueTagger tagger = IssueTagger.builtIn();

  private static List<Integer> all(Sentence s) {
    return IntStream.range(0, s.tokens().size()).boxed().toList();
  }

  @Test
  void multiWordCueAndSingleCueBothTag() {
    Sentence s = ParsedText.of("a/DT/2/det humanitarian/JJ/2/amod corridor/NN/-1/root and/CC/4/cc "
        + "truce/NN/2/conj").sentence();

    assertThat(tagger.tag(s, all(s), EventType.REQUEST)).containsExactly("humanitarian_corridor", "ceasefire");
  }

  @Test
  void typeRestrictedCueDoesNotTagAnAttack() {
    Sentence s = ParsedText.of("near/IN/2/case the/DT/2/det border/NN/-1/root").sentence();

    assertThat(tagger.tag(s, all(s), EventType.ASSAULT)).isEmpty();
    assertThat(tagger.tag(s, all(s), EventType.REQUEST)).containsExactly("territory");
  }

  @Test
  void placeNamedAsTheTopicOfANegotiationIsTerritory() {
    Sentence s = ParsedText.of(
        "compromise/NN/-1/root on/IN/2/case Transnistria/NNP/LOCATION/0/nmod").sentence();

    assertThat(tagger.tag(s, all(s), EventType.CONCEDE)).containsExactly("territory");
  }

  @Test
  void aReturnSaidOfAPersonIsRefugeesReturnButAReturnToTalksIsNot() {
    Sentence boy = ParsedText.of("the/DT/1/det boy/NN/3/nmod:poss 's/POS/1/case return/NN/-1/root "
        + "to/IN/5/case Havana/NNP/LOCATION/3/nmod").sentence();
    Sentence talks = ParsedText.of("a/DT/1/det return/NN/-1/root to/IN/4/case the/DT/4/det "
        + "talks|talk/NNS/1/nmod").sentence();

    assertThat(tagger.tag(boy, all(boy), EventType.REQUEST)).contains("refugees_return");
    assertThat(tagger.tag(talks, all(talks), EventType.REQUEST)).doesNotContain("refugees_return");
  }

  @Test
  void peaceInADemandAndBannedWeaponsNameTheirIssues() {
    Sentence peace = ParsedText.of("risks|risk/NNS/-1/root for/IN/2/case peace/NN/0/nmod").sentence();
    Sentence arms = ParsedText.of("chemical/JJ/1/amod weapons|weapon/NNS/-1/root").sentence();

    assertThat(tagger.tag(peace, all(peace), EventType.REQUEST)).containsExactly("peace_agreement");
    assertThat(tagger.tag(peace, all(peace), EventType.ASSAULT)).isEmpty();
    assertThat(tagger.tag(arms, all(arms), EventType.THREATEN)).containsExactly("demilitarization");
  }
}
