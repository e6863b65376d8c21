// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Annotator;
import org.parley.nlp.Dependency;
import org.parley.nlp.Layer;
import org.parley.nlp.LongSentences;
import org.parley.nlp.Sentence;
import org.parley.nlp.StepTimer;
import org.parley.nlp.Token;

/**
 * Runs a CoreNLP pipeline over the article text and converts its annotations to Parley records. This class
 * and {@link CoreNlpBackend} are the only places CoreNLP types appear (CoreNLP is GPL; so is Parley).
 */
final class CoreNlpAnnotator implements Annotator {
  private static final Logger LOG = Logger.getLogger(CoreNlpAnnotator.class.getName());
  private final String name;
  private final StagedPipeline pipeline;
  private final BasicDependencyParser parser;
  private final Set<Layer> produces;

  /** @param parser run on every sentence after {@code pipeline}, or null when the pipeline parses itself */
  CoreNlpAnnotator(String name, StagedPipeline pipeline, BasicDependencyParser parser, Set<Layer> produces) {
    this.name = name;
    this.pipeline = pipeline;
    this.parser = parser;
    this.produces = Set.copyOf(produces);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return produces;
  }

  @Override
  public AnnotatedArticle annotate(AnnotatedArticle in) {
    return annotate(in, StepTimer.NONE);
  }

  /** Reports each CoreNLP annotator (tokenize, ssplit, pos, ...) and the conversion to Parley's records apart. */
  @Override
  public AnnotatedArticle annotate(AnnotatedArticle in, StepTimer timer) {
    // a run-on stretch is cut into pieces a parser handles in bounded time; offsets are unchanged
    LongSentences.Broken text = LongSentences.breakForParsing(in.text());
    if (text.breaks() > 0) {
      LOG.warning(() -> "parley: article " + in.article().id() + ": " + text.breaks() + " break(s) added to"
          + " sentences over " + LongSentences.MAX_CHARS + " characters before parsing");
    }
    Annotation doc = new Annotation(text.text());
    pipeline.annotate(doc, timer);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (parser != null) {
      long p0 = System.nanoTime();
      coreSentences.forEach(parser::parse);
      timer.record("depparse", System.nanoTime() - p0);
    }
    long t0 = System.nanoTime();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap cs : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String original = l.originalText() != null ? l.originalText() : l.word();
        tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), original, l.lemma(), l.tag(), l.ner()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        for (IndexedWord root : graph.getRoots()) {
          deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
      }
      Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
      sentences.add(new Sentence(sentences.size(), span, tokens, deps));
    }
    EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
    layers.addAll(in.layers());
    layers.addAll(produces);
    AnnotatedArticle out = new AnnotatedArticle(in.article(), layers, sentences);
    timer.record("corenlp-to-parley", System.nanoTime() - t0);
    return out;
  }
}
