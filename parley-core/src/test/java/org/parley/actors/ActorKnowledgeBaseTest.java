// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.ActorKnowledgeBase.Entry;
import org.parley.actors.ActorKnowledgeBase.HitKind;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

class ActorKnowledgeBaseTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private static final String HEADER = String.join("\t", ActorKnowledgeBase.ENTRY_HEADER) + "\n";

  @Test
  void knowsStatesWithCodesAdjectivesAndCapitals() {
    ActorKnowledgeBase.Country c = KB.country("ARE").orElseThrow();
    assertThat(c.alpha2()).isEqualTo("AE");
    assertThat(c.adjectives()).contains("Emirati");
    assertThat(c.capitals()).contains("Abu Dhabi");
    assertThat(KB.country("COD").orElseThrow().adjectives()).contains("Congolese");
    assertThat(KB.namesAt(List.of("Abu", "Dhabi", "said"), 0))
        .first().satisfies(h -> {
          assertThat(h.kind()).isEqualTo(HitKind.CAPITAL);
          assertThat(h.id()).isEqualTo("ARE");
          assertThat(h.tokens()).isEqualTo(2);
        });
  }

  @Test
  void matchesNamesCaseSensitivelyAcrossTokenBoundaries() {
    assertThat(KB.namesAt(List.of("New", "Zealand"), 0)).first()
        .satisfies(h -> assertThat(h.id()).isEqualTo("NZL"));
    assertThat(KB.namesAt(List.of("new", "zealand"), 0)).isEmpty();
    assertThat(KB.namesAt(List.of("Kim", "Jong", "-", "un"), 0)).first()
        .satisfies(h -> assertThat(h.kind()).isEqualTo(HitKind.PERSON));
  }

  @Test
  void holdsHeadsOfStateAndMinistersOfManyStates() {
    assertThat(countPeopleStates()).isGreaterThanOrEqualTo(60);
    assertThat(KB.holder("DEU", "Chancellor", LocalDate.of(2010, 1, 1))).contains("Angela Merkel");
    assertThat(KB.holder("USA", "foreign minister", LocalDate.of(2014, 1, 1))).contains("John Kerry");
    assertThat(KB.holder("GBR", "Minister of Defence", LocalDate.of(2020, 1, 1))).contains("Ben Wallace");
  }

  /** How many states the bundled people file lists office holders for. */
  private static long countPeopleStates() {
    return new java.io.BufferedReader(new java.io.InputStreamReader(
            ActorKnowledgeBase.class.getResourceAsStream("/org/parley/actors/people.tsv"),
            java.nio.charset.StandardCharsets.UTF_8)).lines()
        .filter(l -> l.startsWith("person\t")).map(l -> l.split("\t", -1)[4]).filter(c -> !c.isEmpty())
        .distinct().count();
  }

  @Test
  void dropsTheOfficeOfAMinisterAfterLeavingIt() {
    Entry in = KB.on("Pavlo Klimkin", LocalDate.of(2016, 3, 11)).orElseThrow();
    assertThat(in.effectiveCode()).isEqualTo("UKRGOV");
    assertThat(in.role()).isEqualTo("Minister of Foreign Affairs");
    Entry out = KB.on("Pavlo Klimkin", LocalDate.of(2021, 1, 15)).orElseThrow();
    assertThat(out.effectiveCode()).isEqualTo("UKRELI");
    assertThat(out.role()).isEqualTo("former Minister of Foreign Affairs");
  }

  @Test
  void followsAPersonFromOneOfficeToTheNext() {
    assertThat(KB.on("Vladimir Putin", LocalDate.of(2010, 1, 1)).orElseThrow().role()).isEqualTo("Prime Minister");
    assertThat(KB.on("Vladimir Putin", LocalDate.of(2015, 1, 1)).orElseThrow().role()).isEqualTo("President");
    assertThat(KB.on("Taliban", LocalDate.of(2019, 1, 1)).orElseThrow().effectiveCode()).isEqualTo("AFGREB");
    assertThat(KB.on("Taliban", LocalDate.of(2022, 1, 1)).orElseThrow().effectiveCode()).isEqualTo("AFGGOV");
  }

  @Test
  void userFileAddsPeopleAndOverridesBuiltInEntries(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "# my actors\n" + HEADER
        + "person\tAmina Yusuf-Haddad\tYusuf-Haddad\t\tSOM\tGOV\t\tSpecial Envoy\t2021-02\t\tf\tnewsroom list\n"
        + "org\tNATO\tthe Alliance\tIGOXXX\t\tIGO\tNATO\t\t\t\t\tnewsroom list\n");
    ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(f));
    assertThat(kb.on("Amina Yusuf-Haddad", LocalDate.of(2022, 1, 1)).orElseThrow().effectiveCode())
        .isEqualTo("SOMGOV");
    assertThat(kb.on("NATO", LocalDate.of(2022, 1, 1)).orElseThrow().effectiveCode()).isEqualTo("IGOXXX");
    assertThat(kb.entries("NATO")).hasSize(1);

    KnowledgeBaseResolver r = new KnowledgeBaseResolver(kb, SpeechVerbs.builtIn());
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2022, 1, 1)).paragraph(
        "Yusuf-Haddad/NNP/PERSON/1/nsubj thanked/VBD/-1/root NATO/NNP/1/obj ./.").article();
    ActorLayer layer = r.resolve(a);
    assertThat(layer.actors()).extracting(Actor::code).containsExactly("SOMGOV", "IGOXXX");
    assertThat(layer.actors().get(0).role()).isEqualTo("Special Envoy");
  }

  @Test
  void rejectsAUserFileWithAnUnknownKindNamingTheValidOnes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, HEADER + "politician\tX Y\t\t\tSOM\tGOV\n");
    assertThatThrownBy(() -> ActorKnowledgeBase.load(List.of(f)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad.tsv:2:")
        .hasMessageContaining("person, org, place");
  }

  @Test
  void rejectsABadDateNamingTheFormats(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad-date.tsv");
    Files.writeString(f, HEADER + "person\tX Y\t\t\tSOM\tGOV\t\tPresident\t03/2021\t\tm\t\n");
    assertThatThrownBy(() -> ActorKnowledgeBase.load(List.of(f)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("YYYY-MM-DD");
  }
}
