// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.nlp.Annotator;
import org.parley.nlp.Layer;
import org.parley.nlp.NlpBackend;

/**
 * Stanford CoreNLP as Parley's NLP backend. Each profile's pipeline is built once per process and shared.
 *
 * <p>Profiles (annotators chosen for speed; see {@code shared/reference/corenlp-baseline.md}):
 * <ul>
 *   <li>{@code fast} (default): tokenize, ssplit (newline breaks), pos, lemma, ner with the 3-class CRF only
 *       (no fine-grained KBP NER, no SUTime, no numeric classifiers), depparse (UD, basic dependencies only). Parley's own gazetteer,
 *       date normaliser, coreference and quote finder do the rest.</li>
 *   <li>{@code accurate}: as fast, with CoreNLP's three default CRF models combined.</li>
 * </ul>
 */
public final class CoreNlpBackend implements NlpBackend {
  private static final Map<String, StagedPipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<String, Models> MODELS = new ConcurrentHashMap<>();
  private static final List<String> PROFILES = List.of("fast", "accurate");
  /** Entries of the dependency parser's feature cache (see {@link #properties}). */
  static final int PARSER_CACHE_ENTRIES = 200_000;

  /** A profile's CoreNLP pipeline (tokenize to ner) and the dependency parser run after it. */
  record Models(StagedPipeline pipeline, BasicDependencyParser parser) {}

  /**
   * Loads a profile's models on three threads: the dependency parser and the NER model each on a thread of their
   * own while this one builds the pipeline (tokenizer, tagger), so that a cold start waits for the slowest model
   * rather than for their sum. The NER thread builds the same {@code ner} annotator into CoreNLP's shared annotator
   * cache, where the pipeline finds it (waiting for it if it is still loading) instead of loading it again.
   */
  private static Models load(String profile) {
    Properties props = properties(profile);
    java.util.concurrent.CompletableFuture<BasicDependencyParser> parser = onThread("parley-load-depparse",
        () -> BasicDependencyParser.load(props));
    java.util.concurrent.CompletableFuture<StagedPipeline> ner = onThread("parley-load-ner", () -> {
      Properties only = (Properties) props.clone();
      only.setProperty("annotators", "ner");
      return new StagedPipeline(only, false);
    });
    StagedPipeline pipeline = new StagedPipeline(props);
    try {
      if (ner.join().stage("ner") != pipeline.stage("ner")) {
        // not expected: CoreNLP's cache missed and the model loaded twice; results are the same, start-up slower
        java.util.logging.Logger.getLogger(CoreNlpBackend.class.getName())
            .fine("parley: the NER model loaded ahead was not shared with the pipeline");
      }
      return new Models(pipeline, parser.join());
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
  }

  private static <T> java.util.concurrent.CompletableFuture<T> onThread(String name,
      java.util.function.Supplier<T> work) {
    java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(work.get());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return f;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public List<String> profiles() {
    return PROFILES;
  }

  @Override
  public List<Annotator> annotators(String profile) {
    if (!PROFILES.contains(profile)) {
      throw new IllegalArgumentException("unknown CoreNLP profile '" + profile + "'; valid: " + PROFILES);
    }
    Models models = MODELS.computeIfAbsent(profile, CoreNlpBackend::load);
    return List.of(new CoreNlpAnnotator("corenlp." + profile, models.pipeline(), models.parser(),
        java.util.Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES)));
  }

  @Override
  public Annotator baseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,parse");
    p.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StagedPipeline pipeline = PIPELINES.computeIfAbsent("baseline-pcfg", k -> new StagedPipeline(p));
    return new CoreNlpAnnotator("corenlp.pcfg-baseline", pipeline, null,
        java.util.Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS));
  }

  /** One per process: its models are large and load on first use. */
  private static final CoreNlpQuoteAttributor QUOTES = new CoreNlpQuoteAttributor();

  @Override
  public java.util.Optional<org.parley.nlp.PeerQuoteAttributor> peerQuoteAttributor() {
    return java.util.Optional.of(QUOTES);
  }

  /**
   * A wire dateline run into its story's first sentence ("KABUL, Afghanistan (AP) - A suicide bomber ...", "GENEVA
   * (Reuters) - ..."), as a TokensRegex pattern: CoreNLP's splitter ends a sentence after it, so that the city and
   * the agency are not read as the subject of the story's first clause. A place in capitals, an optional ", Country"
   * or ", Month Day", the agency in parentheses, and the dash that closes the dateline.
   */
  static final String WIRE_DATELINE = "[{word:/\\p{Lu}[\\p{Lu}.'-]+/}]+ (?: /,/ [{word:/[^()]+/}]{1,4} )? "
      + "/\\(/ [{word:/\\p{Lu}[\\p{L}.&'-]*/}]{1,3} /\\)/ /-|--|---|_|\u2014|\u2013/";

  static Properties properties(String profile) {
    Properties p = new Properties();
    // depparse is not a CoreNLP annotator here: BasicDependencyParser runs the same model after ner and builds only
    // the basic dependencies Parley reads (CoreNLP's annotator also builds four enhanced graphs per sentence)
    p.setProperty("annotators", "tokenize,ssplit," + QuotedExclamationJoin.NAME + ",pos,lemma,ner");
    p.setProperty("customAnnotatorClass." + QuotedExclamationJoin.NAME, QuotedExclamationJoin.class.getName());
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ssplit.boundaryMultiTokenRegex", WIRE_DATELINE);
    p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    if (profile.equals("fast")) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    }
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    // The parser keeps the hidden-layer products of word/tag/label features outside its precomputed set once computed,
    // at most numCached of them (CoreNLP's default: 5,000, which news text overflows at once). A kept product is the
    // very float[] a new computation gives, so the parses are the same at any size; each costs 4 KiB (1,000 hidden
    // units), so 200,000 cost at most ~780 MiB (the bound of CoreNLP's LRU cache at this size).
    p.setProperty("depparse.numCached", String.valueOf(PARSER_CACHE_ENTRIES));
    return p;
  }
}
