// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser reduced to what Parley reads: the basic dependencies. CoreNLP's
 * {@code depparse} annotator turns every parse into five graphs (basic, collapsed, CC-processed, enhanced,
 * enhanced++); the four Parley never reads cost more than the parse itself. The parse and the basic graph are
 * made exactly as that annotator makes them (same model, same properties, {@code extradependencies=NONE}).
 */
final class BasicDependencyParser {
  private final DependencyParser parser;
  private final GrammaticalStructure.Extras extras;

  private BasicDependencyParser(DependencyParser parser, GrammaticalStructure.Extras extras) {
    this.parser = parser;
    this.extras = extras;
  }

  /** Loads the model the {@code depparse.*} properties name, as CoreNLP's annotator factory would. */
  static BasicDependencyParser load(Properties pipelineProperties) {
    Properties props = PropertiesUtils.extractPrefixedProperties(pipelineProperties, "depparse.");
    String model = PropertiesUtils.getString(props, "model", DependencyParser.DEFAULT_MODEL);
    GrammaticalStructure.Extras extras = GrammaticalStructure.Extras.valueOf(
        props.getProperty("extradependencies", "NONE").toUpperCase(java.util.Locale.ROOT));
    return new BasicDependencyParser(DependencyParser.loadFromModelFile(model, props), extras);
  }

  /** Parses one tagged sentence and sets its {@link SemanticGraphCoreAnnotations.BasicDependenciesAnnotation}. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
  }
}
