// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.ParsedText;

/** A user's {@code gazetteer.tsv} adds places events are placed at, and moves places it lists again. */
class UserGazetteerTest {
  private static final String COLUMNS = "# places our desk covers\nname\tascii\talternates\tcountry\tlat\tlon\tpopulation"
      + "\tfeature\n";
  private static final String SHELLED = "Militiamen|militiaman/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/4/det "
      + "hill/NN/4/compound village/NN/1/obj of/IN/6/case Orvalka/NNP/LOCATION/4/nmod overnight/RB/1/advmod ././1/punct";

  private static Gazetteer mine(Path dir, String rows) throws Exception {
    Files.writeString(dir.resolve("gazetteer.tsv"), COLUMNS + rows);
    return Gazetteer.bundled().with(UserKnowledge.of(dir).rows(KnowledgeFile.GAZETTEER));
  }

  private static Optional<Place> placed(Gazetteer gazetteer) {
    ParsedText p = ParsedText.of(SHELLED);
    return new DependencyEventPlacing(gazetteer, SpeechVerbs.builtIn()).place(p.sentence(), p.token("shelled"), p.text());
  }

  @Test
  void aVillageOfTheUsersGazetteerPlacesTheEventThere(@TempDir Path dir) throws Exception {
    Gazetteer mine = mine(dir, "Orvalka\t\tOrvalki\tUKR\t47.51\t34.02\t800\tP.PPL\n");

    // built in, the name is kept but not located: no country, no coordinates
    assertThat(placed(Gazetteer.bundled())).contains(new Place("Orvalka", null, null, null));
    assertThat(placed(mine)).hasValueSatisfying(p -> {
      assertThat(p.name() + "/" + p.country()).isEqualTo("Orvalka/UKR");
      assertThat(p.lat()).isEqualTo(47.51);
    });
    assertThat(mine.lookup("Orvalki", null)).map(Gazetteer.Entry::name).contains("Orvalka");
  }

  @Test
  void aRowOfAListedNameAndCountryReplacesThatPlace(@TempDir Path dir) throws Exception {
    Gazetteer mine = mine(dir, "Kherson\t\t\tUKR\t46.7\t32.7\t250000\tP.PPLA\n");

    assertThat(mine.lookup("Kherson", null)).map(Gazetteer.Entry::lat).contains(46.7);
    assertThat(mine.lookup("Kherson region", null)).map(Gazetteer.Entry::country).contains("UKR");
    assertThat(mine.lookup("Kyiv", null)).isEqualTo(Gazetteer.bundled().lookup("Kyiv", null));
    assertThat(Gazetteer.bundled().lookup("Kherson", null)).map(Gazetteer.Entry::lat).contains(46.6369);
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) {
    Path file = dir.resolve("gazetteer.tsv");

    assertThatThrownBy(() -> mine(dir, "Orvalka\t\t\tUKR\t47.51\t34.02\t800\tP.PPL\nStaryi Brid\t\t\tUkraine\t47.6\t34.1"
        + "\t\tP.PPL\n")).isInstanceOf(ConfigException.class).hasMessageContaining(file + ":4")
        .hasMessageContaining("country (ISO alpha-3");
    assertThatThrownBy(() -> mine(dir, "Orvalka\t\t\tUKR\tnorth\t34.02\t800\tP.PPL\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":3").hasMessageContaining("decimal");
  }
}
