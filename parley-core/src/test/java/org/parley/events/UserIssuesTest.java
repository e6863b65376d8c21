// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.UserKnowledge;

/** A user's {@code issues.tsv} adds the words that name a negotiation issue, and moves words it lists again. */
class UserIssuesTest {
  private static final String COLUMNS = "# issues our desk follows\ncue\tissue\ttypes\tof\n";

  /** "The rebels demanded the demining of the farmland." */
  private static final CodedArticle DEMINING = new CodedArticle()
      .sentence("The/DT/1/det rebels|rebel/NNS/2/nsubj demanded|demand/VBD/-1/root the/DT/4/det demining/NN/2/obj "
          + "of/IN/7/case the/DT/7/det farmland/NN/4/nmod ././2/punct")
      .actor("REB", "rebels", 1, 1);

  private static IssueTagger mine(Path dir, String rows) throws Exception {
    Files.writeString(dir.resolve("issues.tsv"), COLUMNS + rows);
    return IssueTagger.builtIn().with(UserKnowledge.of(dir).rows(KnowledgeFile.ISSUES));
  }

  private static List<Event> coded(IssueTagger issues) {
    return new DependencyEventCoder(EventLexicon.builtIn(), issues, (s, t, x, p) -> Optional.empty(),
        (s, t, x) -> Optional.empty()).code(DEMINING.article(), DEMINING.actors(), List.of());
  }

  @Test
  void aCueOfTheUsersFileGivesTheDemandItsIssue(@TempDir Path dir) throws Exception {
    IssueTagger mine = mine(dir, "demining\tmine_clearance\tREQUEST|AGREE\n");

    assertThat(coded(IssueTagger.builtIn())).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.issues()).isEmpty();
    });
    assertThat(coded(mine)).singleElement().satisfies(e -> assertThat(e.issues()).containsExactly("mine_clearance"));
  }

  @Test
  void aRowOfAListedCueReplacesItsRows(@TempDir Path dir) throws Exception {
    IssueTagger mine = mine(dir, "truce\tlocal_truce\t-\t-\n");
    var s = org.parley.nlp.ParsedText.of("a/DT/1/det truce/NN/-1/root and/CC/3/cc ceasefire/NN/1/conj").sentence();

    assertThat(IssueTagger.builtIn().tag(s, List.of(0, 1, 2, 3), EventType.REQUEST)).containsExactly("ceasefire");
    assertThat(mine.tag(s, List.of(0, 1, 2, 3), EventType.REQUEST)).containsExactly("local_truce", "ceasefire");
  }

  @Test
  void aMalformedRowFailsNamingItsFileAndLine(@TempDir Path dir) {
    Path file = dir.resolve("issues.tsv");

    assertThatThrownBy(() -> mine(dir, "demining\tmine_clearance\t-\nhumanitarian pause\tceasefire\tDEMAND\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":4")
        .hasMessageContaining("unknown event type 'DEMAND'");
    assertThatThrownBy(() -> mine(dir, "demining\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":3").hasMessageContaining("expected cue");
  }

  @Test
  void aFileWithoutItsColumnNamesFails(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("issues.tsv"), "demining\tmine_clearance\t-\n");

    assertThatThrownBy(() -> UserKnowledge.of(dir).rows(KnowledgeFile.ISSUES)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(dir.resolve("issues.tsv") + ":1").hasMessageContaining("cue issue types of");
  }
}
