// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.SpeechVerbs;

/** The quotes stage's word lists, built in and with a user's speech verbs. */
class QuoteLexiconTest {
  @Test
  void aUsersSpeechVerbsKeepEveryBuiltInWordList() {
    SpeechVerbs mine = SpeechVerbs.builtIn().with(List.of(
        new DataFile.Row("my-verbs.tsv", 2, List.of("opine", "say", "clause", "-"))));
    QuoteLexicon built = QuoteLexicon.builtIn();
    QuoteLexicon with = QuoteLexicon.with(mine);
    assertThat(with.cue("opine")).contains(SpeechVerbs.Cue.SAY);
    assertThat(built.cue("opine")).isEmpty();
    for (String noun : List.of("poll", "resident", "statement", "crowd")) {
      assertThat(with.sourceNoun(noun)).as(noun).isEqualTo(built.sourceNoun(noun));
      assertThat(with.speakerNoun(noun)).as(noun).isEqualTo(built.speakerNoun(noun));
    }
    assertThat(built.sourceNoun("poll")).isPresent();
  }
}
