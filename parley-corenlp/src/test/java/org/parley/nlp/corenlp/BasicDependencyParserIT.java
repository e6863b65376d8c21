// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The lean parser gives exactly the basic dependencies CoreNLP's own {@code depparse} annotator gives, edge for
 * edge and in the same order, and skips the enhanced graphs. (Loads the tagger and the parser only; the full
 * pipeline is tested in parley-cli.)
 */
class BasicDependencyParserIT {
  private static final String TEXT = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday and "
      + "agreed to resume talks on the border, which stalled in May.\n"
      + "Rebels shelled the town overnight, killing two civilians, the army said, but the rebels denied it.\n"
      + "\"We will not sign,\" said the envoy, who asked not to be named.";

  @Test
  void basicGraphsEqualThoseOfCoreNlpsDepparseAnnotator() {
    Properties withDepparse = CoreNlpBackend.properties("fast");
    withDepparse.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    Annotation reference = new Annotation(TEXT);
    new StanfordCoreNLP(withDepparse).annotate(reference);

    Properties tagOnly = CoreNlpBackend.properties("fast");
    tagOnly.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation lean = new Annotation(TEXT);
    new StanfordCoreNLP(tagOnly).annotate(lean);
    BasicDependencyParser parser = BasicDependencyParser.load(CoreNlpBackend.properties("fast"));
    lean.get(CoreAnnotations.SentencesAnnotation.class).forEach(parser::parse);

    List<CoreMap> expected = reference.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> actual = lean.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(actual).hasSize(3).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(edges(actual.get(i))).isNotEmpty().isEqualTo(edges(expected.get(i)));
      assertThat(actual.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)).isNull();
    }
  }

  @Test
  void theParsersLargerFeatureCacheChangesNoParse() {
    Properties tagOnly = CoreNlpBackend.properties("fast");
    tagOnly.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tagOnly);
    Properties oneEntry = CoreNlpBackend.properties("fast");
    oneEntry.setProperty("depparse.numCached", "1"); // every lookup but a repeat misses (0 would bypass the cache)
    assertThat(CoreNlpBackend.properties("fast").getProperty("depparse.numCached"))
        .isEqualTo(String.valueOf(CoreNlpBackend.PARSER_CACHE_ENTRIES));
    List<List<String>> parses = new ArrayList<>();
    for (BasicDependencyParser parser : List.of(BasicDependencyParser.load(oneEntry),
        BasicDependencyParser.load(CoreNlpBackend.properties("fast")))) {
      Annotation doc = new Annotation(TEXT + "\n" + TEXT); // the second copy hits the large cache throughout
      tagger.annotate(doc);
      List<String> edges = new ArrayList<>();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        parser.parse(s);
        edges.addAll(edges(s));
        edges.add("|");
      }
      parses.add(edges);
    }
    assertThat(parses.get(1)).hasSizeGreaterThan(20).isEqualTo(parses.get(0));
  }

  /** The graph as Parley reads it: roots, then every edge as governor index, dependent index and relation. */
  private static List<String> edges(CoreMap sentence) {
    SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<String> out = new ArrayList<>();
    g.getRoots().forEach(r -> out.add("root->" + r.index()));
    g.edgeIterable().forEach(e -> out.add(e.getGovernor().index() + "-" + e.getRelation() + "->" + e.getDependent().index()));
    return out;
  }
}
