// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.contract.AnalysisJson;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Polarity;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/**
 * {@code parley explain} over real NLP on a short article of our own: each event shows the steps that made it, each
 * left-out candidate the step that left it out. Shares the models with the other model-heavy tests.
 */
class ExplainIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    Path input = Path.of("src", "test", "resources", "explain", "truce.txt").toAbsolutePath();
    List<Article> read = new ArrayList<>();
    SharedParley.get().reader().read(input.toString(), new InputReader.Sink() {
      @Override
      public void document(RawDocument doc) {
        SharedParley.get().article(doc, this).ifPresent(read::add);
      }

      @Override
      public void problem(InputProblem p) {
        throw new AssertionError(p.toString());
      }
    });
    assertThat(read).hasSize(1);
    analysis = SharedParley.get().analyze(read.get(0));
  }

  private static String explain(Integer sentence) {
    StringWriter out = new StringWriter();
    Explanation.print(new PrintWriter(out), analysis, sentence);
    return out.toString();
  }

  /** The lines of sentence {@code n}'s block. */
  private static String block(int n) {
    String all = explain(null);
    int from = all.indexOf("\n[" + n + "] ");
    int to = all.indexOf("\n[" + (n + 1) + "] ");
    return all.substring(from, to < 0 ? all.length() : to);
  }

  @Test
  void aWillNotSignIsARefusalAndTheTraceSaysWhichStepsMadeItSo() {
    String s1 = block(1);
    assertThat(s1).contains("REJECT 127", "positive, intended");
    // the lexicon row first, then the negation and the modal, then the rule that turns them into a refusal
    int row = s1.indexOf("sign/V: AGREE 057");
    int negation = s1.indexOf("negation: 1 on 'sign'");
    int modal = s1.indexOf("modal 'will': intended");
    int refusal = s1.indexOf("negated-intent-is-refusal: REJECT 127, positive");
    assertThat(row).isPositive();
    assertThat(negation).isGreaterThan(row);
    assertThat(modal).isGreaterThan(row);
    assertThat(refusal).isGreaterThan(Math.max(negation, modal));
  }

  @Test
  void aWillSignIsAnIntendedAgreementWithoutNegation() {
    String s2 = block(2);
    assertThat(s2).contains("AGREE 057", "positive, intended", "modal 'will': intended", "modality: intended");
    assertThat(s2).doesNotContain("negated-intent-is-refusal", "polarity: negated");
  }

  @Test
  void aNegatedAgreementShowsItsNegationStep() {
    String s3 = block(3);
    assertThat(s3).contains("AGREE", "negated, asserted", "negation: 1 on 'agree'", "polarity: negated");
    Event agree = analysis.events().stream().filter(e -> e.type() == EventType.AGREE
        && e.polarity() == Polarity.NEGATED).findFirst().orElseThrow();
    assertThat(agree.trace().steps()).extracting(Object::toString).contains("polarity: negated");
  }

  @Test
  void aCandidateLeftOutIsShownWithTheRuleThatLeftItOut() {
    // "arrested twelve students after a rally": a rally no one is said to hold only sets the scene
    assertThat(block(4)).contains("dropped PROTEST", "at 'rally' by scene-setting-clause-without-doer");
    assertThat(analysis.dropped()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.trace().steps().get(d.trace().steps().size() - 1).change()).isEqualTo("dropped"));
  }

  @Test
  void everyEventHasATraceStartingAtItsLexiconRow() {
    assertThat(analysis.events()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.trace().steps()).isNotEmpty();
      assertThat(e.trace().steps().get(0).rule()).containsPattern("\\.tsv:\\d+ \\w+/[VNA]");
    });
  }

  @Test
  void eachSentenceSaysOncePerActorHowItsMentionsWereResolvedButTheJsonDoesNot() throws IOException {
    String s2 = block(2);
    assertThat(s2).contains("\n  actors\n", "'Kenya' known-name: state KEN");
    assertThat(s2.indexOf("'Kenya' known-name")).isEqualTo(s2.lastIndexOf("'Kenya' known-name"));
    assertThat(analysis.actorTraces()).isNotEmpty().allSatisfy(t -> assertThat(t.steps()).isNotEmpty());
    JsonNode traced = JSON.readTree(AnalysisJson.line(analysis, true));
    assertThat(traced.get("actors")).allSatisfy(x -> assertThat(x.has("trace")).isFalse());
    assertThat(traced.toString()).doesNotContain("known-name");
  }

  @Test
  void oneSentenceOnlyWhenAsked() {
    String only = explain(2);
    assertThat(only).contains("[2] Kenya will sign").doesNotContain("[1] ", "[3] ");
  }

  @Test
  void theTraceIsInTheJsonOnlyWhenAskedAndTheSchemaAllowsIt() throws IOException {
    JsonNode plain = JSON.readTree(AnalysisJson.line(analysis));
    JsonNode traced = JSON.readTree(AnalysisJson.line(analysis, true));
    assertThat(plain.get("events")).allSatisfy(e -> assertThat(e.has("trace")).isFalse());
    assertThat(traced.get("events")).allSatisfy(e -> assertThat(e.get("trace").size()).isPositive());
    assertThat(traced.get("events").get(0).get("trace").get(0).get("rule").asText()).contains("sign/V");
    try (InputStream in = AnalysisJson.class.getResourceAsStream("/org/parley/contract/analysis.schema.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(java.net.URI.create("https://parley.invalid/contract/"), JSON.readTree(in));
      assertThat(schema.validate(traced)).isEmpty();
      // a trace step without its rule breaks the contract: the schema does check the new field
      ((com.fasterxml.jackson.databind.node.ObjectNode) traced.get("events").get(0).get("trace").get(0)).remove("rule");
      assertThat(schema.validate(traced)).isNotEmpty();
    }
  }

  @Test
  void eachQuoteShowsTheRulesThatFoundItsAttributionAndNamedItsSpeaker() throws IOException {
    assertThat(analysis.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.trace()).isNotEmpty());
    // "..., officials in Nairobi said.": the report before its attribution, said by the actor stage's reading
    String s2 = block(2);
    int quote = s2.indexOf("quote (reported)");
    int attribution = s2.indexOf("attribution-after-report: said");
    assertThat(quote).isPositive();
    assertThat(attribution).isGreaterThan(quote);
    assertThat(s2.indexOf("actor-stage-reading: officials")).isGreaterThan(attribution);
    JsonNode plain = JSON.readTree(AnalysisJson.line(analysis));
    JsonNode traced = JSON.readTree(AnalysisJson.line(analysis, true));
    assertThat(plain.get("quotes")).allSatisfy(q -> assertThat(q.has("trace")).isFalse());
    assertThat(traced.get("quotes")).allSatisfy(q -> assertThat(q.get("trace").size()).isPositive());
  }

  @Test
  void aSentenceNumberBelowOneIsAUsageErrorBeforeAnyModelLoads() {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("explain", "--sentence", "0", "whatever.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("--sentence counts from 1");
    assertThat(cli.err()).doesNotContain("loading NLP models");
  }

  @Test
  void aParseRepairIsShownUnderItsSentenceAndTheCrowdActs() {
    // the parser reads the chanted words as the subject of "stormed"; the repair gives the act back to the crowd
    String text = "A crowd chanting \"Allahu akbar\" stormed the police station on Friday.\n";
    Analysis a = SharedParley.get().analyze(new Article(Article.contentId(text), null, null, null, null, text, "it"));
    StringWriter out = new StringWriter();
    Explanation.print(new PrintWriter(out), a, null);
    assertThat(out.toString()).contains("parse repaired by quoted-cry-is-no-subject: crowd nsubj stormed");
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.ASSAULT);
      assertThat(a.actors()).anySatisfy(x -> {
        assertThat(x.id()).isEqualTo(e.source());
        assertThat(x.name()).isEqualTo("crowd");
      });
    });
  }
}
