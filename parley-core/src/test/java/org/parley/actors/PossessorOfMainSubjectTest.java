// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;

/** Team-written sentences, hand-parsed in CoreNLP's UD style. */
class PossessorOfMainSubjectTest {
  /** "The envoy's remarks were directed at critics who claim the general should resign." */
  private static final Sentence REMARKS = ParsedText.of("The/DT/1/det envoy/NN/3/nmod:poss 's/POS/1/case "
      + "remarks/NNS/5/nsubj:pass were|be/VBD/5/aux:pass directed|direct/VBN/-1/root at/IN/7/case critics/NNS/5/obl "
      + "who/WP/9/nsubj claim/VBP/7/acl:relcl the/DT/11/det general/NN/13/nsubj should/MD/13/aux resign/VB/9/ccomp "
      + "./././5/punct").sentence();

  @Test
  void theOwnerOfTheMainSubjectIsWhatTheSentenceIsAbout() {
    assertThat(PossessorOfMainSubject.applies(REMARKS, 0, 1)).isTrue(); // "The envoy"
  }

  @Test
  void aSubjectInsideAnEmbeddedClauseIsNot() {
    assertThat(PossessorOfMainSubject.applies(REMARKS, 10, 11)).isFalse(); // "the general"
    assertThat(PossessorOfMainSubject.applies(REMARKS, 7, 7)).isFalse(); // "critics"
  }

  /** "The general's aide met the envoy's staff." — the owner of an object is not the owner of the subject. */
  @Test
  void theOwnerOfAnObjectIsNot() {
    Sentence s = ParsedText.of("The/DT/1/det general/NN/3/nmod:poss 's/POS/1/case aide/NN/4/nsubj "
        + "met|meet/VBD/-1/root the/DT/6/det envoy/NN/8/nmod:poss 's/POS/6/case staff/NN/4/obj").sentence();
    assertThat(PossessorOfMainSubject.applies(s, 0, 1)).isTrue();
    assertThat(PossessorOfMainSubject.applies(s, 5, 6)).isFalse();
  }
}
