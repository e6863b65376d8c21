// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile.Header;

class DataFileTest {
  @Test
  void rowsKeepTheirLineNumbersPastCommentsBlanksAndTheHeader() throws Exception {
    String text = """
        # mediators we track
        name\tcountry\trole

        Amina Yusuf\tKEN\tenvoy
        # retired
        Omar Haddad\t\tformer envoy\t
        """;
    List<DataFile.Row> rows = DataFile.parse(new BufferedReader(new StringReader(text)), "envoys.tsv",
        Header.COLUMN_NAMES);

    assertThat(rows).extracting(DataFile.Row::where).containsExactly("envoys.tsv:4", "envoys.tsv:6");
    DataFile.Row omar = rows.get(1);
    assertThat(omar.size()).isEqualTo(4);
    assertThat(omar.get(1)).isNull();
    assertThat(omar.get(2)).isEqualTo("former envoy");
    assertThat(omar.get(9)).isNull();
    assertThat(omar.text(9)).isEmpty();
  }

  @Test
  void withoutAHeaderTheFirstLineIsData() throws Exception {
    List<DataFile.Row> rows = DataFile.parse(new BufferedReader(new StringReader("truce\tN\n")), "x.tsv", Header.NONE);
    assertThat(rows).singleElement().extracting(r -> r.get(0)).isEqualTo("truce");
  }

  @Test
  void aMissingUserFileIsAConfigurationErrorNamingIt() {
    assertThatThrownBy(() -> DataFile.user(Path.of("no/such/actors.tsv"), "actor", Header.COLUMN_NAMES))
        .isInstanceOf(ConfigException.class)
        .hasMessage("actor file no/such/actors.tsv does not exist or is not a file");
  }

  @Test
  void aUserFileThatIsNotUtf8IsAConfigurationErrorNamingIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.tsv");
    Files.write(f, new byte[] {'n', 'a', 'm', 'e', '\n', 'S', (byte) 0xE3, 'o', ' ', 'T', 'o', 'm', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> DataFile.user(f, "lexicon", Header.COLUMN_NAMES))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read lexicon file " + f);
  }

  @Test
  void aMissingBundledFileIsAPackagingBug() {
    assertThatThrownBy(() -> DataFile.bundled(DataFileTest.class, "absent.tsv", Header.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent.tsv");
  }
}
