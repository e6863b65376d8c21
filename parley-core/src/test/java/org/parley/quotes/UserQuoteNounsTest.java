// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.ActorLayer;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** A user's {@code speaker-nouns.tsv} and {@code source-nouns.tsv} add the common nouns that can say something. */
class UserQuoteNounsTest {
  private static final String HERALD = "The herald said that the bridge would reopen.\n";
  private static final String ALMANAC = "The almanac says the rains will come late.\n";

  private static AnnotatedArticle herald() {
    return ParsedArticle.over(HERALD).paragraph(
        "The/DT/1/det herald/NN/2/nsubj said|say/VBD/-1/root that/IN/7/mark the/DT/5/det bridge/NN/7/nsubj "
            + "would/MD/7/aux reopen/VB/2/ccomp ././2/punct").article();
  }

  private static AnnotatedArticle almanac() {
    return ParsedArticle.over(ALMANAC).paragraph(
        "The/DT/1/det almanac/NN/2/nsubj says|say/VBZ/-1/root the/DT/4/det rains|rain/NNS/6/nsubj will/MD/6/aux "
            + "come/VB/2/ccomp late/RB/6/advmod ././2/punct").article();
  }

  private static NewsQuoteFinder mine(Path dir, String speakerNouns, String sourceNouns) throws Exception {
    Files.writeString(dir.resolve("speaker-nouns.tsv"), "# our desk's speakers\nlemma\tkind\tsector\tgender\n"
        + speakerNouns);
    Files.writeString(dir.resolve("source-nouns.tsv"), "lemma\tkind\n" + sourceNouns);
    return new NewsQuoteFinder(SpeechVerbs.builtIn(), UserKnowledge.of(dir));
  }

  @Test
  void aSpeakerNounOfTheUsersFileSpeaksForItsClause(@TempDir Path dir) throws Exception {
    NewsQuoteFinder mine = mine(dir, "herald\tperson\tGOV\tm\n", "");

    assertThat(new NewsQuoteFinder().find(herald(), ActorLayer.EMPTY).quotes()).isEmpty();
    Quotes found = mine.find(herald(), ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the bridge would reopen");
      assertThat(found.actors().actor(q.speakerId())).hasValueSatisfying(a -> {
        assertThat(a.name()).isEqualTo("herald");
        assertThat(a.sector()).isEqualTo("GOV");
      });
    });
  }

  @Test
  void aSourceNounOfTheUsersFileIsATextThatSpeaks(@TempDir Path dir) throws Exception {
    NewsQuoteFinder mine = mine(dir, "", "almanac\tdocument\n");

    assertThat(new NewsQuoteFinder().find(almanac(), ActorLayer.EMPTY).quotes()).isEmpty();
    Quotes found = mine.find(almanac(), ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the rains will come late");
      assertThat(found.actors().actor(q.speakerId())).map(a -> a.name()).contains("almanac");
    });
  }

  @Test
  void aRowOfAListedLemmaReplacesItsRow(@TempDir Path dir) throws Exception {
    QuoteLexicon mine = QuoteLexicon.builtIn().withNouns(UserKnowledge.of(dir));
    assertThat(mine).isSameAs(QuoteLexicon.builtIn()); // no files: the built-in lexicon

    mine(dir, "official\tperson\tMIL\t-\n", "crowd\tperson\n");
    mine = QuoteLexicon.builtIn().withNouns(UserKnowledge.of(dir));
    assertThat(QuoteLexicon.builtIn().speakerNoun("official")).map(QuoteLexicon.SpeakerNoun::sector).contains("GOV");
    assertThat(mine.speakerNoun("official")).map(QuoteLexicon.SpeakerNoun::sector).contains("MIL");
    assertThat(QuoteLexicon.builtIn().sourceNoun("crowd")).contains("group");
    assertThat(mine.sourceNoun("crowd")).contains("person");
    assertThat(mine.speakerNoun("spokeswoman")).isEqualTo(QuoteLexicon.builtIn().speakerNoun("spokeswoman"));
  }

  @Test
  void theUsersSectorCuesAndTitlesCanSayThingsAsTheBuiltInOnesDo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("sectors.tsv"), "sector\tlabel\tcues\tnote\nCOP\tpolice\tranger|park ranger\t-\n");
    Files.writeString(dir.resolve("titles.tsv"), "title\tsector\trole\tnote\nchief warden\tGOV\tChief Warden\n");
    QuoteLexicon mine = QuoteLexicon.builtIn().withNouns(UserKnowledge.of(dir));

    assertThat(QuoteLexicon.builtIn().sourceNoun("ranger")).isEmpty();
    assertThat(mine.sourceNoun("ranger")).contains("group");
    assertThat(mine.sourceNoun("park ranger")).contains("group");
    assertThat(mine.sourceNoun("chief warden")).contains("person");
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) {
    assertThatThrownBy(() -> mine(dir, "herald\tperson\tGOV\tm\ntown crier\tperson\tGOV\tmale\n", ""))
        .isInstanceOf(ConfigException.class).hasMessageContaining(dir.resolve("speaker-nouns.tsv") + ":4")
        .hasMessageContaining("gender (m, f or -)");
    assertThatThrownBy(() -> mine(dir, "", "almanac\tbook\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(dir.resolve("source-nouns.tsv") + ":2")
        .hasMessageContaining("kind (person, group, document or utterance)");
  }
}
