// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** A user's {@code sectors.tsv} and {@code titles.tsv} add the nouns and titles that give an actor its sector. */
class UserSectorsAndTitlesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 9);
  private static final String SECTORS = "sector\tlabel\tcues\tnote\n";
  private static final String TITLES = "# titles our desk meets\ntitle\tsector\trole\tnote\n";

  private static ActorKnowledgeBase mine(Path dir, String sectors, String titles) throws Exception {
    Files.writeString(dir.resolve("sectors.tsv"), SECTORS + sectors);
    Files.writeString(dir.resolve("titles.tsv"), TITLES + titles);
    UserKnowledge user = UserKnowledge.of(dir);
    return ActorKnowledgeBase.load(List.of(), user.rows(KnowledgeFile.SECTORS), user.rows(KnowledgeFile.TITLES));
  }

  private static List<String> actors(ActorKnowledgeBase kb, AnnotatedArticle a) {
    ActorLayer layer = new KnowledgeBaseResolver(kb, SpeechVerbs.builtIn()).resolve(a);
    return layer.mentions().stream().map(m -> m.span().of(a.text()) + " = " + layer.actor(m.actorId())
        .map(x -> x.name() + " " + x.code() + (x.role() == null ? "" : " " + x.role())).orElseThrow()).toList();
  }

  @Test
  void aCueOfTheUsersSectorsNamesAStatesActorOfThatSector(@TempDir Path dir) throws Exception {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ rangers|ranger/NNS arrested/VBD two/CD poachers|poacher/NNS ./.").article();

    assertThat(actors(ActorKnowledgeBase.load(List.of()), a)).isEmpty();
    assertThat(actors(mine(dir, "COP\tpolice\tranger|park ranger\twildlife police\n", ""), a))
        .contains("Kenyan rangers = Kenyan police KENCOP");
  }

  @Test
  void aTitleOfTheUsersFileGivesAnUnknownHolderTheRole(@TempDir Path dir) throws Exception {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ Chief/NNP Warden/NNP Amina/NNP/PERSON Wekesa/NNP/PERSON arrived/VBD ./.").article();

    assertThat(actors(ActorKnowledgeBase.load(List.of()), a))
        .containsExactly("Kenyan Chief = Kenyan elites KENELI", "Amina Wekesa = Amina Wekesa KEN");
    assertThat(actors(mine(dir, "", "chief warden\tGOV\tChief Warden\n"), a))
        .contains("Kenyan Chief Warden Amina Wekesa = Amina Wekesa KENGOV Chief Warden");
  }

  @Test
  void aRowOfAListedTitleOrCueReplacesIt(@TempDir Path dir) throws Exception {
    ActorKnowledgeBase kb = mine(dir, "SPY\tintelligence\tcoast guard\n", "colonel\tCOP\tPolice Colonel\n");

    assertThat(kb.title("colonel")).contains(new ActorKnowledgeBase.Title("COP", "Police Colonel"));
    assertThat(kb.cue("coast guard")).contains(new ActorKnowledgeBase.SectorCue("SPY", "intelligence"));
    assertThat(kb.cue("gendarme")).contains(new ActorKnowledgeBase.SectorCue("COP", "police"));
    assertThat(kb.sectorLabel("COP")).isEqualTo("police");
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) {
    assertThatThrownBy(() -> mine(dir, "COP\tpolice\tranger\nWildlife\twardens\twarden\n", ""))
        .isInstanceOf(ConfigException.class).hasMessageContaining(dir.resolve("sectors.tsv") + ":3")
        .hasMessageContaining("expected sector");
    assertThatThrownBy(() -> mine(dir, "", "chief warden\tGOV\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(dir.resolve("titles.tsv") + ":3")
        .hasMessageContaining("expected title");
  }
}
