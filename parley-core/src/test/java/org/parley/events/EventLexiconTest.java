// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.ConfigException;
import org.parley.events.EventLexicon.Entry;
import org.parley.events.EventLexicon.Kind;
import org.parley.events.EventLexicon.Pos;

class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.builtIn();

  @Test
  void builtInLexiconCoversAllSixteenPloverTypes() {
    Set<EventType> covered = lexicon.all().stream().filter(e -> e.kind() == Kind.EVENT).map(Entry::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));

    assertThat(covered).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void everyEntryHasAnExampleAndEveryEventACameoCodeUnderItsType() {
    assertThat(lexicon.all()).allSatisfy(e -> assertThat(e.example()).as(e.origin()).isNotBlank());
    assertThat(lexicon.all()).filteredOn(e -> e.kind() == Kind.EVENT)
        .allSatisfy(e -> assertThat(e.cameo()).as(e.origin()).matches("\\d{2,4}"));
  }

  @Test
  void moreSpecificFrameComesFirst() {
    List<Entry> withdraw = lexicon.entries("withdraw", Pos.V);

    assertThat(withdraw.get(0).type()).isEqualTo(EventType.SANCTION); // withdrawing from talks
    assertThat(withdraw.get(withdraw.size() - 1).type()).isEqualTo(EventType.RETREAT);
  }

  @Test
  void userEntryOverridesTheBuiltInOneForTheSameFrame(@TempDir Path dir) throws Exception {
    Path user = dir.resolve("mine.tsv");
    Files.writeString(user, "# my own\nstorm\tV\t-\tCOERCE\tseize\t192\t-\tRiot police stormed the square.\n"
        + "parley\tV\t-\tCONSULT\t-\t046\t-\tThe factions parleyed for hours.\n");

    EventLexicon mine = EventLexicon.load(List.of(user));

    assertThat(mine.entries("storm", Pos.V)).extracting(Entry::type).containsExactly(EventType.COERCE);
    assertThat(mine.entries("parley", Pos.V)).extracting(Entry::cameo).containsExactly("046");
    assertThat(lexicon.entries("parley", Pos.V)).isEmpty();
  }

  @Test
  void malformedUserLineFailsNamingFileLineAndValidTypes(@TempDir Path dir) throws Exception {
    Path user = dir.resolve("bad.tsv");
    Files.writeString(user, "storm\tV\t-\tSMASH\t-\t190\t-\tExample.\n");

    assertThatThrownBy(() -> EventLexicon.load(List.of(user)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad.tsv:1")
        .hasMessageContaining("AGREE");
  }

  @Test
  void unknownFrameConditionIsRejected(@TempDir Path dir) throws Exception {
    Path user = dir.resolve("bad.tsv");
    Files.writeString(user, "storm\tV\twhen:raining\tASSAULT\t-\t190\t-\tExample.\n");

    assertThatThrownBy(() -> EventLexicon.load(List.of(user)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown frame condition");
  }

  @Test
  void missingUserFileIsAConfigurationError() {
    assertThatThrownBy(() -> EventLexicon.load(List.of(Path.of("no/such/lexicon.tsv"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist");
  }
}
