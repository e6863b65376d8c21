// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (nndep) reduced to what Parley reads: the basic dependencies, computed
 * faster with the same result. CoreNLP's {@code depparse} annotator turns every parse into five graphs; the four
 * Parley never reads cost more than the parse itself, so only the basic graph is built, as that annotator builds
 * it ({@code extradependencies=NONE}).
 *
 * <p>The parse itself is CoreNLP's {@code DependencyParser.predict} re-done over the same model: same features,
 * same network, same arithmetic in the same order (every hidden unit and every score is the same double), same
 * choice of the best legal transition. What differs is only how fast it runs (profiled on news text, 2/3 of the
 * pipeline's time went to nndep): the scores of all transitions are summed side by side instead of one after the
 * other, features' hidden-layer products are computed when first met and then read without a lock instead of
 * precomputed at start-up and cached behind a shared lock, and the network is not asked when the stack leaves one
 * legal transition. {@code BasicDependencyParserIT} compares the parses with CoreNLP's on news text.
 */
final class BasicDependencyParser {
  /** CoreNLP's {@code Config} defaults, which Parley's properties may override as CoreNLP's would. */
  private static final int DEFAULT_PRECOMPUTED = 20_000;
  private static final int DEFAULT_CACHED = 5_000;

  private final NndepModel model;
  private final HiddenLayerProducts products;
  private final GrammaticalStructure.Extras extras;

  private BasicDependencyParser(NndepModel model, HiddenLayerProducts products, GrammaticalStructure.Extras extras) {
    this.model = model;
    this.products = products;
    this.extras = extras;
  }

  /** Loads the model the {@code depparse.*} properties name, read as CoreNLP's annotator factory would. */
  static BasicDependencyParser load(Properties pipelineProperties) {
    Properties props = PropertiesUtils.extractPrefixedProperties(pipelineProperties, "depparse.");
    if (props.containsKey("language") || props.containsKey("tlp")) {
      throw new IllegalArgumentException("depparse.language and depparse.tlp are not supported");
    }
    String file = PropertiesUtils.getString(props, "model", DependencyParser.DEFAULT_MODEL);
    GrammaticalStructure.Extras extras = GrammaticalStructure.Extras.valueOf(
        props.getProperty("extradependencies", "NONE").toUpperCase(java.util.Locale.ROOT));
    int cached = PropertiesUtils.getInt(props, "numCached", DEFAULT_CACHED);
    if (cached <= 0) {
      // CoreNLP then sums uncached products unrounded, which this parser does not reproduce
      throw new IllegalArgumentException("depparse.numCached must be positive");
    }
    NndepModel model = NndepModel.load(file, PropertiesUtils.getInt(props, "numPreComputed", DEFAULT_PRECOMPUTED));
    return new BasicDependencyParser(model, new HiddenLayerProducts(model, cached), extras);
  }

  /** Parses one tagged sentence and sets its {@link SemanticGraphCoreAnnotations.BasicDependenciesAnnotation}. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
  }

  /** What CoreNLP's {@code DependencyParser.predict} returns for the sentence. */
  GrammaticalStructure predict(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return grammaticalStructure(tokens, transitions(tokens));
  }

  /** CoreNLP's {@code predictInner}: the best legal transition until the stack holds the root alone. */
  private ArcStandardState transitions(List<CoreLabel> tokens) {
    ArcStandardState state = new ArcStandardState(model, tokens);
    int[] features = new int[NndepModel.NUM_TOKENS];
    double[] hidden = new double[model.hiddenSize];
    double[] scores = new double[model.numTransitions];
    while (!state.isTerminal()) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      boolean ask = !state.hasOneLegalTransition();
      if (ask) {
        state.features(features);
        score(features, hidden, scores);
      }
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < scores.length; t++) {
        if ((!ask || scores[t] > bestScore) && state.canApply(t)) {
          bestScore = scores[t];
          best = t;
          if (!ask) {
            break;
          }
        }
      }
      if (best < 0) {
        throw new IllegalStateException("no legal transition scored (CoreNLP fails here too)");
      }
      state.apply(best);
    }
    return state;
  }

  /** CoreNLP's {@code Classifier.computeScores}: summed inputs, bias, cube, output layer. */
  private void score(int[] features, double[] hidden, double[] scores) {
    java.util.Arrays.fill(hidden, 0);
    products.sum(features, hidden);
    float[] bias = model.bias;
    for (int h = 0; h < hidden.length; h++) {
      double v = hidden[h] + bias[h];
      hidden[h] = v * v * v;
    }
    double[] w2 = model.w2Blocks;
    int units = hidden.length;
    int block = NndepModel.BLOCK;
    double[] sums = new double[block];
    for (int t0 = 0; t0 < scores.length; t0 += block) {
      outputBlock(hidden, w2, (t0 / block) * units * block, sums);
      System.arraycopy(sums, 0, scores, t0, Math.min(block, scores.length - t0));
    }
  }

  /**
   * The scores of one block of transitions, each summed over the hidden units in order as CoreNLP's dot product
   * sums it; eight independent sums in locals keep the processor busy where one chain of additions would wait.
   */
  private static void outputBlock(double[] hidden, double[] w2, int from, double[] sums) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (int h = 0, i = from; h < hidden.length; h++, i += 8) {
      double v = hidden[h];
      s0 += v * w2[i];
      s1 += v * w2[i + 1];
      s2 += v * w2[i + 2];
      s3 += v * w2[i + 3];
      s4 += v * w2[i + 4];
      s5 += v * w2[i + 5];
      s6 += v * w2[i + 6];
      s7 += v * w2[i + 7];
    }
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
    sums[4] = s4;
    sums[5] = s5;
    sums[6] = s6;
    sums[7] = s7;
  }

  /** The rest of CoreNLP's {@code predict}: the arcs as typed dependencies of a UD grammatical structure. */
  private GrammaticalStructure grammaticalStructure(List<CoreLabel> tokens, ArcStandardState state) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = state.heads[i];
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
          : relation(model.labels.get(state.labels[i]));
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  /** CoreNLP's {@code makeGrammaticalRelation} for Universal Dependencies. */
  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation stored = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return stored != null ? stored
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
