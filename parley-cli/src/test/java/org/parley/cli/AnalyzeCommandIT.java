// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.article.Article;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/** End to end over real NLP: every example article's analysis validates against the contract's schema. */
class AnalyzeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = AnalysisJson.class.getResourceAsStream("/org/parley/contract/analysis.schema.json")) {
      // The schema's $id is relative; give it a base so the validator can resolve its $refs.
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(java.net.URI.create("https://parley.invalid/contract/"), JSON.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Path> fixtures() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SharedParley.examples())) {
      s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
    }
    SharedParley.seedOrSay("AnalyzeCommandIT").ifPresent(out::add);
    return out.stream();
  }

  static List<JsonNode> analyze(Path input) throws IOException {
    Parley parley = SharedParley.get();
    List<JsonNode> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    parley.reader().read(input.toString(), new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        Article a = parley.article(document, this).orElseThrow();
        try {
          out.add(JSON.readTree(AnalysisJson.line(parley.analyze(a))));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public void problem(InputProblem problem) {
        problems.add(problem.line());
      }
    });
    assertThat(problems).isEmpty();
    return out;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureValidatesAgainstTheContractSchema(Path fixture) throws IOException {
    List<JsonNode> analyses = analyze(fixture);
    assertThat(analyses).isNotEmpty();
    for (JsonNode a : analyses) {
      Set<ValidationMessage> errors = SCHEMA.validate(a);
      assertThat(errors).as("schema errors for %s", fixture).isEmpty();
      String text = a.at("/article/text").asText();
      for (JsonNode actor : a.get("actors")) {
        for (JsonNode m : actor.get("mentions")) {
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
      }
    }
  }

  @Test
  void jsonLinesIdsBecomeArticleIds() throws IOException {
    List<JsonNode> analyses = analyze(SharedParley.examples().resolve("gaza-doha-ceasefire.jsonl"));
    assertThat(analyses).singleElement().satisfies(a -> {
      assertThat(a.at("/article/id").asText()).isEqualTo("example-doha-2024-01");
      assertThat(a.at("/article/published").asText()).isEqualTo("2024-01-30");
    });
  }

  @Test
  void seedArticleIsCleanedToItsBody() throws IOException {
    JsonNode a = analyze(SharedParley.seedOrSkip("AnalyzeCommandIT")).get(0);
    assertThat(a.at("/article/published").asText()).isEqualTo("2022-03-11");
    assertThat(a.at("/article/text").asText()).doesNotContain("gtag", "IMAGE SOURCE", "(pictured)");
  }

  @Test
  void theTableFormatSaysNegationAndReportsInWords() {
    String text = "Envoys of Norland and Sudmark met in Port Vale on Monday. Norland failed to reach an agreement "
        + "with Sudmark on the ceasefire, officials said.";
    var analysis = SharedParley.get().analyze(new Article(Article.contentId(text), "Truce talks stall", null, null,
        null, text, "it"));
    java.io.StringWriter buffer = new java.io.StringWriter();
    DemoCommand.print(new java.io.PrintWriter(buffer, true), analysis);
    assertThat(buffer.toString()).contains("Truce talks stall", "Events (", "not AGREE").doesNotContain("negated");
  }

  /** Our own two-sided report: a met, a failed agreement reported by officials, and a refusal in quotes. */
  private static org.parley.engine.Analysis stalledTalks() {
    String text = "Envoys of Norland and Sudmark met in Port Vale on Monday. Norland failed to reach an agreement "
        + "with Sudmark on the ceasefire, officials said. \"We will not sign anything under fire,\" the Sudmark "
        + "foreign minister said.";
    return SharedParley.get().analyze(new Article(Article.contentId(text), "Truce talks stall",
        java.time.LocalDate.of(2025, 3, 3), null, null, text, "it"));
  }

  @Test
  void theMarkdownFormatIsTheSummaryAsPipeTablesWithMeaningInWords() {
    java.io.StringWriter buffer = new java.io.StringWriter();
    AnalysisMarkdown.print(new java.io.PrintWriter(buffer, true), stalledTalks());
    String md = buffer.toString();
    assertThat(md).contains("## Truce talks stall", "### Events (", "### Quotes (",
        "| What | Who | To whom | Negation | Modality | Attributed to |", "|---|");
    // the failed agreement reads as one in words, with who reported it
    assertThat(md.lines().filter(l -> l.startsWith("| did not AGREE")).findFirst())
        .hasValueSatisfying(row -> assertThat(row).contains("negated", "reported", "officials"));
    // every table row has the header's cell count: evidence with a pipe or line break cannot break it
    assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains("AGREE")))
        .allSatisfy(l -> assertThat(l.split("(?<!\\\\)\\|", -1)).hasSize(11));
  }

  @Test
  void theCsvFormatHasTheExportColumnsAndOneRowPerEvent() throws IOException {
    var analysis = stalledTalks();
    java.io.StringWriter buffer = new java.io.StringWriter();
    try (AnalysisCsv csv = new AnalysisCsv()) {
      csv.add(analysis);
      assertThat(csv.write(buffer)).isEqualTo(analysis.events().size());
    }
    List<String> lines = buffer.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", org.parley.store.Exporter.EVENT_COLUMNS));
    assertThat(lines).hasSize(1 + analysis.events().size());
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",AGREE,", ",negated,reported,officials,"));
  }
}
