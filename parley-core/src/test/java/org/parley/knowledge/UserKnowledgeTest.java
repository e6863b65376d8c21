// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.SpeechVerbs.Cue;
import org.parley.knowledge.SpeechVerbs.Role;

class UserKnowledgeTest {
  private static final String COLUMNS = "# our verbs\nlemma\tcue\tclause\troles\n";

  @Test
  void noFolderIsTheBuiltInList() {
    assertThat(UserKnowledge.of(null).speechVerbs()).isSameAs(SpeechVerbs.builtIn());
  }

  @Test
  void aUserRowAddsAVerbAndReplacesTheBuiltInRowOfItsLemma(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("speech-verbs.tsv"), COLUMNS + "opine\tsay\tclause\tevent-say\nsay\tsay\t-\t-\n");

    SpeechVerbs verbs = UserKnowledge.of(dir).speechVerbs();

    assertThat(verbs.cue("opine")).contains(Cue.SAY);
    assertThat(verbs.is("opine", Role.EVENT_SAY)).isTrue();
    assertThat(verbs.reportsClause("say")).isFalse();
    assertThat(verbs.is("say", Role.NEWS)).isFalse();
    assertThat(verbs.is("tell", Role.NEWS)).isTrue(); // the rows the user did not give stay
    assertThat(SpeechVerbs.builtIn().cue("opine")).isEmpty();
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("speech-verbs.tsv");
    Files.writeString(file, COLUMNS + "opine\tsay\tclause\tevent-say\nmutter\tgrumble\t-\t-\n");

    assertThatThrownBy(() -> UserKnowledge.of(dir).speechVerbs())
        .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":4").hasMessageContaining("cue (say");
  }

  @Test
  void aFileWithoutItsColumnNamesFailsRatherThanLoseItsFirstRow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("speech-verbs.tsv");
    Files.writeString(file, "opine\tsay\tclause\tevent-say\n");

    assertThatThrownBy(() -> UserKnowledge.of(dir).speechVerbs())
        .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":1").hasMessageContaining("lemma cue");
  }

  @Test
  void aFileOfAnotherNameFailsNamingTheValidNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("speech-verb.tsv"), COLUMNS);

    assertThatThrownBy(() -> UserKnowledge.of(dir))
        .isInstanceOf(ConfigException.class).hasMessageContaining("speech-verb.tsv")
        .hasMessageContaining("valid names: speech-verbs.tsv");
  }

  @Test
  void eachFileOfTheFolderIsReadWithoutItsColumnNamesAndAnAbsentFileHasNoRows(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("talk-words.tsv"), "# ours\nlemma\texample\n\nparley\n");

    assertThat(UserKnowledge.of(dir).rows(KnowledgeFile.TALK_WORDS)).singleElement()
        .satisfies(r -> assertThat(r.where()).isEqualTo(file + ":4"));
    assertThat(UserKnowledge.of(dir).rows(KnowledgeFile.GAZETTEER)).isEmpty();
    assertThat(UserKnowledge.none().rows(KnowledgeFile.TALK_WORDS)).isEmpty();
    assertThat(UserKnowledge.FILES).contains("speech-verbs.tsv", "gazetteer.tsv", "issues.tsv", "talk-words.tsv",
        "speaker-nouns.tsv", "source-nouns.tsv", "titles.tsv", "sectors.tsv");
  }

  @Test
  void aMissingFolderFails(@TempDir Path dir) {
    assertThatThrownBy(() -> UserKnowledge.of(dir.resolve("absent")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("absent").hasMessageContaining("not a folder");
  }
}
