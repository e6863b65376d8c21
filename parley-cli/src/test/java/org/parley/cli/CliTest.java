// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {
  private final CommandRun cli = new CommandRun();


  @Test
  void helpListsTheCommands() {
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out()).contains("analyze", "demo", "bench", "extract");
  }

  /** Issue 16, defect 17: the rule that refuses a short token is stated where users look, in serve's help. */
  @Test
  void serveHelpStatesTheTokenLengthTheServerRequires() {
    assertThat(cli.run("serve", "--help")).isZero();
    assertThat(cli.out().replaceAll("\\s+", " ")).contains("--token").contains("at least 8 characters");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new org.parley.server.ParleyServer.Options("127.0.0.1", 0, "seven77", 1 << 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8 characters");
  }

  @Test
  void extractPrintsOneObjectKeyedByPageFileName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path page = java.nio.file.Files.writeString(dir.resolve("talks-resume.html"),
        "<html><head><title>Talks resume</title><meta property=\"article:published_time\" content=\"2024-02-01\">"
            + "</head><body><nav><a href=\"/\">Home</a></nav><article><p>Delegations from the two governments "
            + "resumed talks on Thursday in the capital, officials said, after a pause of three weeks.</p>"
            + "</article></body></html>");
    assertThat(cli.run("extract", page.toString())).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out());
    assertThat(json.fieldNames()).toIterable().containsExactly("talks-resume");
    assertThat(json.get("talks-resume").get("articleBody").asText()).isEqualTo("Delegations from the two "
        + "governments resumed talks on Thursday in the capital, officials said, after a pause of three weeks.");
    assertThat(json.get("talks-resume").get("title").asText()).isEqualTo("Talks resume");
    assertThat(json.get("talks-resume").get("published").asText()).isEqualTo("2024-02-01");
  }

  @Test
  void extractHonoursAConfiguredNestingLimitAndReportsTheRefusedPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path page = java.nio.file.Files.writeString(dir.resolve("nested.html"),
        "<html><body><div><div><div><div><div><p>Talks resumed on Thursday in the capital, officials said, "
            + "after a pause of three weeks.</p></div></div></div></div></div></body></html>");
    assertThat(cli.run("extract", "--max-depth", "4", page.toString())).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(cli.err()).contains(page + ": refused: elements nested deeper than 4 levels");
    assertThat(cli.out().strip()).isEqualTo("{ }");
  }

  /** A bad row of a user's knowledge file stops analyze at start-up, before the models load, at its file and line. */
  @Test
  void analyzeRefusesAMalformedKnowledgeFileNamingItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path knowledge = java.nio.file.Files.createDirectory(dir.resolve("knowledge"));
    java.nio.file.Path verbs = java.nio.file.Files.writeString(knowledge.resolve("speech-verbs.tsv"),
        "lemma\tcue\tclause\troles\nopine\tsay\tclause\tevent-say\nmutter\tsay\tclause\n");
    java.nio.file.Path article = java.nio.file.Files.writeString(dir.resolve("talks.txt"),
        "Talks on the border crossing resumed on Monday, the ministry opined.");
    assertThat(cli.run("analyze", "--knowledge", knowledge.toString(), article.toString()))
        .isEqualTo(ExitCodes.CONFIG);
    assertThat(cli.err()).contains(verbs + ":3").doesNotContain("loaded");
    cli.clear();
    java.nio.file.Files.writeString(knowledge.resolve("verbs.tsv"), "lemma\n");
    assertThat(cli.run("analyze", "--knowledge", knowledge.toString(), article.toString()))
        .isEqualTo(ExitCodes.CONFIG);
    assertThat(cli.err()).contains("verbs.tsv").contains("valid names: speech-verbs.tsv");
  }

  @Test
  void benchRefusesAnUnknownStageNamingTheValidOnes() {
    assertThat(cli.run("bench", "--stage", "parse")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("pipeline").contains("extract").contains("api");
  }

  @Test
  void aMistypedCommandIsNamedWithTheCommandsItMayMean() {
    assertThat(cli.run("analize", "report.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("parley: unknown command 'analize'", "Did you mean 'analyze'", "Try 'parley --help'.");
    assertThat(cli.err()).doesNotContain("parley parley");
  }

  @Test
  void aMistypedOptionIsNamedWithTheOptionItMayMean() {
    assertThat(cli.run("analyze", "--publishd", "2024-05-01", "report.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("Did you mean '--published'?", "Try 'parley analyze --help'.");
  }

  @Test
  void aDateInAnotherFormIsAUsageErrorSayingTheFormExpected() {
    assertThat(cli.run("board", "--as-of", "03/06/2025", "--from", "analyses.jsonl")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("'03/06/2025' is not a date; write it as YYYY-MM-DD").doesNotContain("java.");
  }

  @Test
  void aMonthOutOfRangeInExportIsOneHumanLineNamingTheForm(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path db = dir.resolve("parley.duckdb");
    // an existing (empty) store, so the date is what is refused and not the missing store
    org.parley.store.JdbcStore.open(org.parley.store.DbSpec.duckdb(db)).close();
    assertThat(cli.run("export", "--db", db.toString(), "--from", "2024-13", "--format", "csv", "--out",
        dir.resolve("e.csv").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("'2024-13'", "YYYY-MM-DD").doesNotContain("java.", "Exception", "\tat ");
    assertThat(cli.err().strip().lines().filter(l -> l.contains("2024-13"))).hasSize(1);
  }

  @Test
  void analyzeNamesItsFourFormatsWhenGivenAnother() {
    assertThat(cli.run("analyze", "--format", "xml", "x.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("json", "table", "markdown", "csv");
  }

  @Test
  void readingCommandsNeverCreateAStoreAndSayHowToFillOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path db = dir.resolve("data/parley.duckdb");
    assertThat(cli.run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("e.csv").toString()))
        .isEqualTo(ExitCodes.STORE);
    assertThat(cli.err()).contains("no store at", "parley ingest");
    assertThat(cli.run("board", "--db", db.toString())).isEqualTo(ExitCodes.STORE);
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(cli.run("analyze", "--no-such-option", "x.txt")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("Unknown option");
  }

  @Test
  void unknownProfileIsAConfigurationErrorNamingTheValidOnes() {
    assertThat(cli.run("analyze", "--profile", "turbo", "x.txt")).isEqualTo(ExitCodes.CONFIG);
    assertThat(cli.err()).contains("turbo").contains("fast").contains("accurate");
  }
}
