// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] over a small archive written for this test: every distinct article analysed into
 * the contract, the same page saved twice analysed once, a wire copy of a page filed under the page's story, a
 * broken input reported by name, and an existing output never overwritten.
 */
class ParleySparkJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private static String page(String title, String body) {
    return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2025-04-14\">"
        + "</head><body><nav>Home | World | Opinion</nav><article><h1>" + title + "</h1>" + body
        + "</article><footer>All rights reserved.</footer></body></html>";
  }

  private Path archive() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("archive"));
    String talks = page("Sudan's warring sides resume talks in Jeddah",
        "<p>JEDDAH, April 14 - Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah on Monday "
            + "for a new round of talks hosted by Saudi Arabia and the United States.</p>"
            + "<p>The army demanded that the paramilitary force withdraw from hospitals and homes in the capital, while "
            + "the RSF called for a nationwide ceasefire before any political talks.</p>"
            + "<p>\"We came to stop the war, not to give up our positions,\" an RSF negotiator told reporters.</p>");
    String shelling = page("Shelling kills civilians in El Fasher",
        "<p>EL FASHER, April 14 - Artillery fire struck a crowded market in El Fasher on Sunday, killing at least "
            + "twelve people, local medics said.</p><p>The army accused the Rapid Support Forces of shelling the "
            + "market; the paramilitary group denied the accusation and blamed army artillery.</p>");
    Files.writeString(dir.resolve("talks.html"), talks, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("talks-saved-again.html"), talks, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("shelling.html"), shelling, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("wire.jsonl"),
        "{\"id\":\"wire-77\",\"published\":\"2025-04-15\",\"text\":\"Chad closed its eastern border with Sudan on "
            + "Tuesday after fighting spread to the frontier town of Adre, the interior ministry said.\"}\n"
            + "{\"id\":\"wire-78\",\"published\":\"2025-04-15\",\"text\":\"The United Nations appealed to both sides "
            + "to open humanitarian corridors to the besieged city, warning that famine was spreading.\"}\n"
            // a wire copy of the Jeddah talks page: dateline shortened, one word changed, a closing line added
            + "{\"id\":\"wire-79\",\"published\":\"2025-04-14\",\"text\":\"JEDDAH - Delegations of the Sudanese "
            + "army and the Rapid Support Forces met in Jeddah on Monday for a fresh round of talks hosted by Saudi "
            + "Arabia and the United States. The army demanded that the paramilitary force withdraw from hospitals "
            + "and homes in the capital, while the RSF called for a nationwide ceasefire before any political talks. "
            + "\\\"We came to stop the war, not to give up our positions,\\\" an RSF negotiator told reporters. "
            + "The talks are expected to go on all week.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("README.md"), "Archive of 14-15 April, collected by the desk.\n");
    Files.write(dir.resolve("corrupt.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
    return dir;
  }

  private static List<String> lines(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void analysesEveryDistinctArticleOfAnArchiveAndNamesTheBrokenInput() throws Exception {
    Path in = archive();
    Path out = tmp.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int code = ParleySparkJob.run(new String[] {in.toString(), "--output", out.toString(), "--master", "local[2]",
        "--partitions", "2"}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));

    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("6 articles read, 1 duplicates, 5 analysed").contains("1 filed as near-copies of a story")
        .contains("1 problems");
    List<JsonNode> analyses = new ArrayList<>();
    for (String line : lines(out.resolve("analyses"))) {
      analyses.add(JSON.readTree(line));
    }
    assertThat(analyses).extracting(a -> a.path("article").path("title").textValue()).containsExactlyInAnyOrder(
        "Sudan's warring sides resume talks in Jeddah", "Shelling kills civilians in El Fasher", null, null, null);
    assertThat(analyses).extracting(a -> a.path("article").path("id").asText()).contains("wire-77", "wire-78");
    JsonNode talks = analyses.stream()
        .filter(a -> a.path("article").path("title").asText().startsWith("Sudan")).findFirst().orElseThrow();
    assertThat(talks.path("events").findValuesAsText("type")).contains("CONSULT");
    assertThat(talks.path("quotes").findValues("direct")).filteredOn(JsonNode::asBoolean).hasSize(1);
    assertThat(lines(out.resolve("problems"))).singleElement().asString().contains("corrupt.html");

    int again = ParleySparkJob.run(new String[] {in.toString(), "--output", out.toString(), "--master", "local[1]"},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(again).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("already exists");
    assertThat(lines(out.resolve("analyses"))).hasSize(5);
  }

  /**
   * The job's analyses on local[2] are those {@code parley analyze} makes of the same inputs (the same reader,
   * unnamed copies of a text analysed once, the facade, the contract), object for object, except for the story
   * links ({@code article.story}, whose ids follow the input order in analyze and the smallest id in the job) and
   * the origin's {@code file:} scheme (Spark names files by URI). The job files the wire copy of the talks page
   * under the page's story, as ingest's clusterer does, and nothing else under any story.
   */
  @Test
  void theJobsAnalysesAreThoseOfAnalyzeWithNearCopiesLinkedToTheirStory() throws Exception {
    Path in = archive();
    Path out = tmp.resolve("same");
    int code = ParleySparkJob.run(new String[] {in.toString(), "--output", out.toString(), "--master", "local[2]",
        "--partitions", "3"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isEqualTo(1); // the corrupt page
    java.util.Map<String, JsonNode> spark = new java.util.TreeMap<>();
    java.util.Map<String, JsonNode> sparkStories = new java.util.TreeMap<>();
    for (String line : lines(out.resolve("analyses"))) {
      JsonNode a = JSON.readTree(line);
      String id = a.path("article").path("id").asText();
      sparkStories.put(id, a.path("article").path("story"));
      spark.put(id, comparable(a));
    }

    org.parley.engine.Parley parley = org.parley.engine.Parley.create(JobSettings.defaults().config());
    org.parley.ingest.dedup.StoryClusterer clusterer = new org.parley.ingest.dedup.StoryClusterer();
    java.util.Map<String, JsonNode> analyze = new java.util.TreeMap<>();
    java.util.Map<String, String> ingestStories = new java.util.TreeMap<>();
    parley.reader().read(in.toString(), new org.parley.ingest.InputReader.Sink() {
      @Override
      public void document(org.parley.ingest.RawDocument document) {
        parley.article(document, this).filter(a -> !analyze.containsKey(a.id())).ifPresent(a -> {
          ingestStories.put(a.id(), clusterer.add(a).storyId());
          try {
            analyze.put(a.id(), comparable(JSON.readTree(org.parley.contract.AnalysisJson.line(parley.analyze(a)))));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }

      @Override
      public void problem(org.parley.ingest.InputProblem problem) {
        // the corrupt page, as in the job's problems
      }
    });

    assertThat(spark).hasSize(5);
    assertThat(spark.keySet()).isEqualTo(analyze.keySet());
    for (String id : spark.keySet()) {
      assertThat(spark.get(id)).as(id).isEqualTo(analyze.get(id));
    }
    String talks = spark.values().stream().filter(a -> a.path("article").path("title").asText().startsWith("Sudan"))
        .findFirst().orElseThrow().path("article").path("id").asText();
    JsonNode copy = sparkStories.get("wire-79");
    assertThat(copy.path("id").asText()).isEqualTo(talks);
    assertThat(copy.path("copy_of").asText()).isEqualTo(talks);
    assertThat(copy.path("similarity").asDouble()).isBetween(0.5, 1.0);
    assertThat(sparkStories).allSatisfy((id, story) -> assertThat(story.isMissingNode()).as(id)
        .isEqualTo(!id.equals("wire-79")));
    List<String> written = new ArrayList<>(sparkStories.keySet().size());
    for (String line : lines(out.resolve("analyses"))) {
      written.add(JSON.readTree(line).path("article").path("id").asText());
    }
    assertThat(written.indexOf(talks)).as("a story's first article is written before its copies")
        .isLessThan(written.indexOf("wire-79"));
    assertThat(ingestStories.get("wire-79")).isEqualTo(ingestStories.get(talks));
    assertThat(new java.util.HashSet<>(ingestStories.values())).hasSize(4);
  }

  /** An analysis without its story link, with its origin as a path rather than a {@code file:} URI. */
  private static JsonNode comparable(JsonNode analysis) {
    com.fasterxml.jackson.databind.node.ObjectNode article =
        (com.fasterxml.jackson.databind.node.ObjectNode) analysis.path("article");
    article.remove("story");
    String origin = article.path("origin").asText();
    article.put("origin", origin.replaceFirst("^file:", ""));
    return analysis;
  }

  @Test
  void aMissingOutputOptionIsAUsageError() {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = ParleySparkJob.run(new String[] {"archive/"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--output DIR is required").contains("usage:");
  }
}
