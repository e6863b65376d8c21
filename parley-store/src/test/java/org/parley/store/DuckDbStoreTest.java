// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract on an embedded DuckDB file, plus what only DuckDB has: the one-process file lock. */
class DuckDbStoreTest extends StoreContractTests {
  private int opened;

  @Override
  protected JdbcStore openStore() {
    return JdbcStore.open(DbSpec.duckdb(tmp.resolve("nested/folder/parley-" + (++opened) + ".duckdb")));
  }

  @Test
  void filesALinkedCopyUnderTheStoryOfTheArticleItCopiesWhateverItsHeadline() {
    try (JdbcStore s = openStore()) {
      s.put(Fixtures.hostile());
      com.fasterxml.jackson.databind.node.ObjectNode copy = Fixtures.hostile();
      com.fasterxml.jackson.databind.node.ObjectNode article = (com.fasterxml.jackson.databind.node.ObjectNode) copy.path("article");
      article.put("id", "a-wire-copy");
      article.put("title", "Agency report on the disputed market raid");
      article.put("text", article.path("text").asText() + " A regional outlet republished the agency's account.");
      article.putObject("story").put("id", "a-hostile-0003").put("copy_of", "a-hostile-0003").put("similarity", 0.81);
      s.put(copy);
      String original = s.article("a-hostile-0003").orElseThrow().path("story").asText();
      assertThat(s.article("a-wire-copy").orElseThrow().path("story").asText()).isEqualTo(original);
    }
  }

  @Test
  void createsTheFileAndItsFolderOnFirstUseAndReopensWithoutMigratingAgain() {
    Path file = tmp.resolve("fresh/parley.duckdb");
    try (JdbcStore s = JdbcStore.open(DbSpec.duckdb(file))) {
      s.put(Fixtures.hostile());
    }
    assertThat(Files.exists(file)).isTrue();
    try (JdbcStore s = JdbcStore.open(DbSpec.parse(file.toString()))) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.scripts().size());
      assertThat(s.counts().path("articles").asInt()).isEqualTo(1);
    }
  }

  @Test
  void saysWhichProcessHoldsAFileThatIsOpenElsewhere() throws Exception {
    Path file = tmp.resolve("locked.duckdb");
    try (JdbcStore s = JdbcStore.open(DbSpec.duckdb(file))) {
      s.counts();
    }
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("holding");
      assertThatThrownBy(() -> JdbcStore.open(DbSpec.duckdb(file)))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("is open in another process (PID " + holder.pid() + ")")
          .hasMessageContaining("POST /api/articles");
    } finally {
      holder.destroy();
      holder.waitFor();
    }
  }

  @Test
  void readsDbOptionsAsFilesOrJdbcUrls() {
    assertThat(DbSpec.parse("jdbc:postgresql://localhost:5432/parley?user=p&password=secret").display())
        .isEqualTo("jdbc:postgresql://localhost:5432/parley?user=p&password=***");
    assertThat(DbSpec.parse("x.duckdb").dialect()).isEqualTo(Dialect.DUCKDB);
    assertThat(DbSpec.parse(null).file().toString()).endsWith(".duckdb");
    assertThatThrownBy(() -> DbSpec.parse("jdbc:mysql://x/y")).hasMessageContaining("unsupported database URL");
  }

  @Test
  void splitsMigrationScriptsIntoStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
        .isEqualTo(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)"));
  }
}
