// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    SharedParley.shared().ifPresent(sh -> out.add(sh.resolve("seed/antalya-talks-2022-03-11.txt")));
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
    assumeTrue(SharedParley.shared().isPresent(), "../shared is absent");
    JsonNode a = analyze(SharedParley.shared().get().resolve("seed/antalya-talks-2022-03-11.txt")).get(0);
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
}
