// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorResolver;
import org.parley.actors.KnowledgeBaseResolver;
import org.parley.actors.MentionTrace;
import org.parley.article.Article;
import org.parley.discourse.DiscourseActors;
import org.parley.events.DependencyEventCoder;
import org.parley.events.Event;
import org.parley.events.EventCoder;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.SpeechVerbs;
import org.parley.places.DependencyEventPlacing;
import org.parley.time.DependencyEventDating;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.negotiation.BoardBuilder;
import org.parley.negotiation.EventBoardBuilder;
import org.parley.negotiation.NegotiationBoard;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.AnnotationPipeline;
import org.parley.nlp.ParseRepairs;
import org.parley.nlp.Annotator;
import org.parley.nlp.Layer;
import org.parley.nlp.NlpBackend;
import org.parley.nlp.StepTimer;
import org.parley.quotes.Quote;
import org.parley.quotes.Quotes;
import org.parley.quotes.QuoteFinder;

/**
 * The facade every shell (CLI, server, Spark job) calls. It wires the stages once and runs articles through
 * them:
 *
 * <pre>
 * Source -> RawDocument -> Article -> AnnotatedArticle -> actors -> quotes -> events -> board
 * </pre>
 *
 * <pre>{@code
 * try (Parley parley = Parley.create(ParleyConfig.DEFAULT)) {
 *   Analysis a = parley.analyze(article);
 * }
 * }</pre>
 *
 * <p>Thread-safe: one instance serves concurrent articles. Models load once, in {@link #create}.
 */
public final class Parley implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Parley.class.getName());
  /** The names under which {@link #interpret(AnnotatedArticle, StepTimer)} reports its stages, in order. */
  public static final List<String> STAGES = List.of("actors", "quotes", "events", "discourse", "boards");
  private final ParleyConfig config;
  private final NlpBackend backend;
  private final AnnotationPipeline pipeline;
  private final ActorResolver actors;
  private final QuoteFinder quotes;
  private final EventCoder events;
  private final DiscourseActors discourse;
  private final BoardBuilder boards;

  private Parley(ParleyConfig config, NlpBackend backend, AnnotationPipeline pipeline, ActorResolver actors,
                 QuoteFinder quotes, EventCoder events, DiscourseActors discourse, BoardBuilder boards) {
    this.config = config;
    this.backend = backend;
    this.pipeline = pipeline;
    this.actors = actors;
    this.quotes = quotes;
    this.events = events;
    this.discourse = discourse;
    this.boards = boards;
  }

  /**
   * Builds Parley for {@code config}: finds the NLP backend, loads its models and the knowledge files.
   *
   * @throws ConfigException when the backend, profile or a knowledge file is not valid
   */
  public static Parley create(ParleyConfig config) {
    config.validate();
    // every knowledge file, the user's rows added, built once for the stages that read it; read before the models
    // load, so that a bad row fails at once
    Knowledge k = Knowledge.read(config);
    NlpBackend backend = backend(config.backend());
    if (!backend.profiles().contains(config.profile())) {
      throw new ConfigException("unknown NLP profile '" + config.profile() + "' for backend " + backend.name()
          + "; valid: " + backend.profiles());
    }
    AnnotationPipeline.Builder b = AnnotationPipeline.builder();
    backend.annotators(config.profile()).forEach(b::add);
    b.add(ParseRepairs.builtIn());
    AnnotationPipeline pipeline = b.build();
    for (Layer needed : List.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES)) {
      if (!pipeline.produces().contains(needed)) {
        throw new ConfigException("NLP profile '" + config.profile() + "' does not produce " + needed
            + ", which event coding needs");
      }
    }
    SpeechVerbs speech = k.speech();
    return new Parley(config, backend, pipeline, new KnowledgeBaseResolver(k.actors(), speech), k.quotes(),
        new DependencyEventCoder(k.lexicon(), k.issues(), new DependencyEventDating(speech),
            new DependencyEventPlacing(k.gazetteer(), speech), k.gazetteer(), speech),
        new DiscourseActors(k.actors()), new EventBoardBuilder(k.talkWords()));
  }

  /** The backend named {@code name} among those on the class path. */
  public static NlpBackend backend(String name) {
    List<String> found = new ArrayList<>();
    for (NlpBackend b : ServiceLoader.load(NlpBackend.class)) {
      if (b.name().equals(name)) {
        return b;
      }
      found.add(b.name());
    }
    throw new ConfigException("unknown NLP backend '" + name + "'; available: " + found);
  }

  public ParleyConfig config() {
    return config;
  }

  /** The reader for inputs, with this configuration's limits. */
  public InputReader reader() {
    return new InputReader(config.limits());
  }

  /** Cleans a raw document into an article; problems go to {@code sink}. */
  public Optional<Article> article(RawDocument doc, InputReader.Sink sink) {
    return new ArticleMaker(config.limits()).make(doc, sink);
  }

  /** Analyses one article through every stage. */
  public Analysis analyze(Article article) {
    Objects.requireNonNull(article, "article");
    return interpret(pipeline.annotate(article));
  }

  /**
   * Every stage after the linguistic annotation (actors, quotes, events, boards) on an article annotated by
   * {@link #annotate}: for benchmarks that time Parley's own stages apart from the NLP models, and for jobs
   * that annotate elsewhere.
   */
  public Analysis interpret(AnnotatedArticle annotated) {
    return interpret(annotated, StepTimer.NONE);
  }

  /**
   * As {@link #interpret(AnnotatedArticle)}, reporting the time of each of Parley's stages to {@code timer}
   * under the names {@link #STAGES} lists.
   */
  public Analysis interpret(AnnotatedArticle annotated, StepTimer timer) {
    Objects.requireNonNull(annotated, "annotated");
    long t0 = System.nanoTime();
    ActorLayer actorLayer = actors.resolve(annotated);
    List<MentionTrace> actorTraces = actorLayer.traces();
    long t1 = System.nanoTime();
    Quotes found = quotes.find(annotated, actorLayer);
    // Events inside direct quotations are reported claims; indirect speech is left to the coder's own reading, and
    // so are the speakers only it revealed: they join the actors after the document pass.
    actorLayer = found.eventActors();
    long t2 = System.nanoTime();
    EventCoder.Coded coded = events.codeWithActors(annotated, actorLayer,
        found.quotes().stream().filter(Quote::direct).toList());
    long t3 = System.nanoTime();
    // The document pass: descriptions and pronouns tied to the parties the article named; events whose named doer
    // stays unknown are recorded.
    DiscourseActors.Result discoursed = discourse.apply(annotated, coded.actors(), coded.events());
    found = found.carriedInto(discoursed.actors());
    actorLayer = found.actors();
    List<Event> eventList = discoursed.events();
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      discoursed.resolutions().forEach(r -> LOG.log(System.Logger.Level.DEBUG, "discourse: {0}", r));
    }
    long t4 = System.nanoTime();
    List<NegotiationBoard> boardList = boards.build(annotated, actorLayer, eventList);
    List<Event> dropped = new ArrayList<>(coded.dropped());
    dropped.addAll(discoursed.dropped());
    long t5 = System.nanoTime();
    if (timer != StepTimer.NONE) {
      timer.record(STAGES.get(0), t1 - t0);
      timer.record(STAGES.get(1), t2 - t1);
      timer.record(STAGES.get(2), t3 - t2);
      timer.record(STAGES.get(3), t4 - t3);
      timer.record(STAGES.get(4), t5 - t4);
    }
    return new Analysis(annotated, actorLayer.actors(), eventList, found.quotes(), boardList, dropped, actorTraces);
  }

  /**
   * Analyses {@code articles} on {@link ParleyConfig#threads()} threads and hands each result to
   * {@code out} in input order. The first failure is thrown after the articles before it were handed out.
   */
  public void analyzeAll(List<Article> articles, Consumer<Analysis> out) {
    analyzeAll(articles, out, (article, failure) -> {
      throw failure;
    });
  }

  /**
   * Analyses {@code articles} on {@link ParleyConfig#threads()} threads and hands each result to {@code out}
   * in input order; an article whose analysis fails goes to {@code failed} and the batch goes on.
   */
  public void analyzeAll(List<Article> articles, Consumer<Analysis> out,
                         BiConsumer<Article, RuntimeException> failed) {
    if (config.threads() == 1 || articles.size() < 2) {
      for (Article a : articles) {
        Analysis result;
        try {
          result = analyze(a);
        } catch (RuntimeException e) {
          failed.accept(a, e);
          continue;
        }
        out.accept(result);
      }
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "parley-analyze-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> analyze(a)));
      }
      for (int i = 0; i < futures.size(); i++) {
        Analysis result;
        try {
          result = futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          failed.accept(articles.get(i), c instanceof RuntimeException re ? re
              : new ParleyException("analysis failed: " + c, c));
          continue;
        }
        out.accept(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParleyException("analysis interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The NLP-only annotation of the baseline pipeline, for benchmarks. */
  public Annotator baseline() {
    return backend.baseline();
  }

  /** The linguistic annotation alone, for benchmarks and diagnostics. */
  public AnnotatedArticle annotate(Article article) {
    return pipeline.annotate(article);
  }

  /** As {@link #annotate(Article)}, reporting the time of each NLP step (e.g. each CoreNLP annotator) to {@code timer}. */
  public AnnotatedArticle annotate(Article article, StepTimer timer) {
    return pipeline.annotate(article, timer);
  }

  @Override
  public void close() {
    // Models are shared per process by the backend; nothing to release per instance yet.
  }
}
