// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.UserKnowledge;

/** A user's {@code talk-words.tsv} adds words that name talks themselves, as opposed to what they are about. */
class UserTalkWordsTest {
  private static final String COLUMNS = "# words our desk uses for talks\nlemma\texample\n";

  /** Agreeing to hold a parley on an issue is openness on it and a round to come, not an agreement on it. */
  private static final Scenario PARLEY = new Scenario("parley", LocalDate.of(2026, 4, 14), null,
      "Arcadia and Borduria agreed on Monday to hold a parley on the river islands .")
      .state("act-1", "Arcadia", "ARC", "GOV")
      .state("act-2", "Borduria", "BOR", "GOV")
      .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.ASSERTED, "act-1", "act-2", Stance.AGREED,
          List.of("territory"), "2026-04-13", null, "agreed", "agreed on Monday")
      .parse("agreed on Monday",
          "Arcadia/NNP/3/nsubj and/CC/2/cc Borduria/NNP/0/conj agreed|agree/VBD/-1/root on/IN/5/case "
              + "Monday/NNP/3/obl to/TO/7/mark hold/VB/3/xcomp a/DT/9/det parley/NN/7/obj on/IN/13/case "
              + "the/DT/13/det river/NN/13/compound islands|island/NNS/9/nmod ././3/punct");

  private static TalkWords mine(Path dir, String rows) throws Exception {
    Files.writeString(dir.resolve("talk-words.tsv"), COLUMNS + rows);
    return TalkWords.builtIn().with(UserKnowledge.of(dir).rows(KnowledgeFile.TALK_WORDS));
  }

  private static NegotiationBoard board(TalkWords words) {
    return new EventBoardBuilder(words).build(PARLEY.annotated(), PARLEY.layer(), PARLEY.events()).get(0);
  }

  @Test
  void agreeingToHoldTalksOfTheUsersWordIsOpennessNotAnAgreement(@TempDir Path dir) throws Exception {
    TalkWords mine = mine(dir, "parley\tThe clan elders agreed to hold a parley at the well.\n");

    assertThat(board(TalkWords.builtIn()).issues()).singleElement().satisfies(ip -> assertThat(ip.positions())
        .extracting(Position::stance).containsOnly(Stance.AGREED));
    assertThat(board(mine).issues()).singleElement().satisfies(ip -> assertThat(ip.positions())
        .extracting(Position::actorId, Position::stance)
        .containsExactly(tuple("act-1", Stance.OPEN), tuple("act-2", Stance.OPEN)));
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) {
    assertThatThrownBy(() -> mine(dir, "parley\n# a phrase is no lemma\npeace process\tThey revived the peace process.\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(dir.resolve("talk-words.tsv") + ":5")
        .hasMessageContaining("one-word lemma");
  }
}
