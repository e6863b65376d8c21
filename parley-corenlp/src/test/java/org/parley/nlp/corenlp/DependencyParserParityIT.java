// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parley's re-implementation of nndep inference gives CoreNLP's parses: for every sentence, the same typed
 * dependencies (head, label, dependent) and the same basic graph, on news-style sentences written for this test and,
 * when the shared folder beside the project is present, on every text of its data sets.
 */
class DependencyParserParityIT {
  private static final String NEWS = String.join("\n",
      "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday and agreed to resume talks on the"
          + " border, which stalled in May.",
      "Rebels shelled the town overnight, killing two civilians, the army said, but the rebels denied it.",
      "\"We will not sign,\" said the envoy, who asked not to be named.",
      "Talks collapsed.",
      "Ceasefire?",
      "Government negotiators, backed by Qatari and Egyptian mediators (who had shuttled between the two sides for"
          + " weeks), said late on Tuesday that a 72-hour truce would begin at 0600 GMT, allowing aid convoys carrying"
          + " 1,200 tonnes of food, fuel and medicine to reach the besieged northern districts, although militia"
          + " commanders warned that any violation would be met with force.",
      "According to aid workers, at least 14 people -- including three children -- were killed when a drone struck"
          + " a crowded market in the port city of Hodeidah.",
      "NATO's secretary-general urged both parties to \"step back from the brink\" and return to the negotiating"
          + " table in Vienna.",
      "The minister neither confirmed nor denied reports that the delegation had walked out.",
      "It was not immediately clear whether the prisoners exchanged on Sunday included the two journalists"
          + " detained in March.");

  private static StanfordCoreNLP tagger;
  private static DependencyParser coreNlp;
  private static BasicDependencyParser parley;

  @BeforeAll
  static void load() {
    Properties props = CoreNlpBackend.properties("fast");
    Properties tagOnly = (Properties) props.clone();
    tagOnly.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(tagOnly);
    Properties depparse = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    coreNlp = DependencyParser.loadFromModelFile(depparse.getProperty("model"), depparse);
    parley = BasicDependencyParser.load(props);
  }

  @Test
  void newsSentencesParseAsCoreNlpParsesThem() {
    assertThat(differences(NEWS)).isEqualTo(new Count(10, 0));
  }

  @Test
  void sharedDataSetsParseAsCoreNlpParsesThem() throws IOException {
    Path datasets = Path.of("..", "..", "shared", "datasets").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(datasets), "no shared folder beside the project");
    List<Path> texts;
    try (Stream<Path> files = Files.walk(datasets)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int sentences = 0;
    for (Path text : texts) {
      Count count = differences(Files.readString(text, StandardCharsets.UTF_8));
      assertThat(count.differing()).as(text.toString()).isZero();
      sentences += count.sentences();
    }
    System.out.println("DependencyParserParityIT: " + sentences + " sentences of " + texts.size()
        + " shared texts parsed as CoreNLP parses them");
    assertThat(sentences).isPositive();
  }

  record Count(int sentences, int differing) {}

  private static Count differences(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    int differing = 0;
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences) {
      GrammaticalStructure expected = coreNlp.predict(sentence);
      SemanticGraph expectedGraph = SemanticGraphFactory.makeFromTree(expected, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      GrammaticalStructure actual = parley.predict(sentence);
      parley.parse(sentence);
      SemanticGraph actualGraph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (!edges(actualGraph).equals(edges(expectedGraph))
          || !expected.typedDependencies().toString().equals(actual.typedDependencies().toString())) {
        differing++;
      }
    }
    return new Count(sentences.size(), differing);
  }

  private static List<String> edges(SemanticGraph g) {
    List<String> out = new ArrayList<>();
    g.getRoots().forEach(r -> out.add("root->" + r.index()));
    g.edgeIterable().forEach(e -> out.add(e.getGovernor().index() + "-" + e.getRelation() + "->"
        + e.getDependent().index()));
    return out;
  }
}
