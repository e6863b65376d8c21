// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.parley.article.Article;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.ingest.dedup.StoryClusterer;
import org.parley.store.Ingestor;
import org.parley.store.Store;

/**
 * Polls sources and ingests what is new. A feed's items are followed to their pages, which become the articles
 * (with the item's title and date); a page source is itself the article. What is new is decided by the store
 * ({@link Store#hasUrl} before a page is fetched, then the {@link Ingestor}'s clean-text check), never by state
 * of the watcher's own, so polls and restarts add nothing twice and an interrupted poll is completed by the
 * next. One log line per source per poll.
 */
public final class Watcher {
  /** Makes an article of a raw document, as {@code parley ingest} does: {@code Parley::article}. */
  public interface ArticleMaker extends BiFunction<RawDocument, InputReader.Sink, Optional<Article>> {}

  /**
   * What one poll of one source did.
   *
   * @param problem why the source itself failed (unreachable, HTTP error after retries), or null
   * @param failuresInARow consecutive failed polls of the source, this one included
   * @param addedIds the ids of the articles this poll stored
   */
  public record Poll(Source source, int added, int duplicate, int failed, boolean notModified, String problem,
                     int failuresInARow, List<String> addedIds) {
    public Poll {
      addedIds = List.copyOf(addedIds);
    }

    public boolean sourceFailed() {
      return problem != null;
    }
  }

  /** Failures in a row from which a source is reported as one that keeps failing. */
  static final int KEEPS_FAILING = 3;

  private final List<Source> sources;
  private final HttpFetcher fetcher;
  private final InputReader reader;
  private final ArticleMaker maker;
  private final Ingestor ingestor;
  private final Store store;
  private final Consumer<String> log;
  private final Clock clock;
  private final int threads;
  private final Map<Source, State> states = new LinkedHashMap<>();
  /** Item addresses known to be stored: saves asking the store each poll; bounded, the store stays the judge. */
  private final Set<String> stored = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 100_000;
    }
  });

  /** What the watcher remembers of a source between polls. */
  private static final class State {
    HttpFetcher.Validators validators = HttpFetcher.Validators.NONE;
    int failures;
    Instant failingSince;
    Instant notBefore = Instant.MIN;
  }

  public Watcher(List<Source> sources, HttpFetcher fetcher, InputReader reader, ArticleMaker maker, Ingestor ingestor,
                 Store store, Consumer<String> log, Clock clock, int threads) {
    this.sources = List.copyOf(sources);
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.maker = Objects.requireNonNull(maker, "maker");
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.store = Objects.requireNonNull(store, "store");
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.threads = Math.max(1, threads);
    for (Source s : this.sources) {
      states.put(s, new State());
    }
  }

  /**
   * Polls every source that is not backing off after failures, one after the other, and logs a line each.
   * {@code every} is the polling interval, the unit of the backoff of a failing source.
   */
  public List<Poll> pollDue(Duration every) throws InterruptedException {
    List<Poll> out = new ArrayList<>();
    for (Source s : sources) {
      State st = states.get(s);
      if (clock.instant().isBefore(st.notBefore)) {
        continue;
      }
      Poll p = poll(s, st);
      if (p.sourceFailed()) {
        // Exponential backoff in polls: a source that failed f times in a row waits 2^(f-1) - 1 polls, at most
        // a day's worth, so a dead feed costs its server (and the log) less and less.
        long pollsADay = Math.max(1, Duration.ofDays(1).dividedBy(every.isZero() ? Duration.ofSeconds(1) : every));
        long skip = Math.min((1L << Math.min(p.failuresInARow() - 1, 20)) - 1, pollsADay);
        st.notBefore = clock.instant().plus(every.multipliedBy(skip));
      }
      log.accept(line(p, st, skipText(st)));
      out.add(p);
    }
    return out;
  }

  /** Polls every source once, whatever their backoff ({@code --once}). */
  public List<Poll> pollAll() throws InterruptedException {
    List<Poll> out = new ArrayList<>();
    for (Source s : sources) {
      State st = states.get(s);
      Poll p = poll(s, st);
      log.accept(line(p, st, ""));
      out.add(p);
    }
    return out;
  }

  /** Hears about each round of polls when it is done (alerts on what it stored). */
  public interface RoundListener {
    void done(List<Poll> polls) throws InterruptedException;
  }

  /** Polls until interrupted, one round every {@code every}; a round that overruns starts the next at once. */
  public void run(Duration every, RoundListener after) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      long start = System.nanoTime();
      after.done(pollDue(every));
      long left = every.toNanos() - (System.nanoTime() - start);
      if (left > 0) {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
      }
    }
  }

  private String skipText(State st) {
    Instant now = clock.instant();
    return st.notBefore.isAfter(now) ? "; next try after " + st.notBefore.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : "";
  }

  private String line(Poll p, State st, String next) {
    StringBuilder b = new StringBuilder("watch ").append(p.source().label()).append(": ");
    if (p.sourceFailed()) {
      b.append("failed: ").append(p.problem());
      if (p.failuresInARow() >= KEEPS_FAILING) {
        b.append(" (keeps failing: ").append(p.failuresInARow()).append(" polls in a row since ")
            .append(st.failingSince.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(')');
      }
      return b.append(next).toString();
    }
    if (p.notModified()) {
      return b.append("not modified (304)").toString();
    }
    return b.append(p.added()).append(" new, ").append(p.duplicate()).append(" duplicate, ").append(p.failed())
        .append(" failed").toString();
  }

  private Poll poll(Source source, State st) throws InterruptedException {
    HttpFetcher.Response r;
    try {
      r = fetcher.get(source.uri(), st.validators);
    } catch (HttpFetcher.FetchException e) {
      return failed(source, st, e.getMessage());
    }
    if (r.notModified()) {
      succeeded(st);
      return new Poll(source, 0, 0, 0, true, null, 0, List.of());
    }
    if (!r.ok()) {
      return failed(source, st, "HTTP " + r.status());
    }
    String origin = source.uri().toString();
    List<RawDocument> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    reader.readFetched(origin, origin, r.body(), r.contentType(), collector(docs, problems));
    if (docs.isEmpty()) {
      return failed(source, st, problems.isEmpty() ? "nothing readable" : problems.get(0).reason());
    }
    int[] counts = new int[3];
    List<String> addedIds = new ArrayList<>();
    counts[2] += problems.size();
    problems.forEach(p -> log.accept("watch " + source.label() + ": " + p.line()));
    boolean retryItems = false;
    StoryClusterer stories = new StoryClusterer(store::forEachPublished);
    List<Article> batch = new ArrayList<>();
    Map<Article, String> itemUrls = new java.util.IdentityHashMap<>();
    for (RawDocument item : docs) {
      boolean feedItem = !origin.equals(item.origin());
      String url = item.url();
      RawDocument doc = item;
      if (feedItem && url != null) {
        if (stored.contains(url) || store.hasUrl(url)) {
          stored.add(url);
          counts[1]++;
          continue;
        }
        Optional<RawDocument> page = page(source, item);
        if (page == null) {
          // Not reachable now: counted as failed and fetched again next poll (the feed's validators are not
          // kept, so a 304 cannot hide the item).
          counts[2]++;
          retryItems = true;
          continue;
        }
        doc = page.orElse(item);
      }
      Optional<Article> made = maker.apply(doc, collector(new ArrayList<>(), problems));
      if (made.isEmpty()) {
        counts[2]++;
        log.accept("watch " + source.label() + ": " + doc.origin() + ": no article text");
        continue;
      }
      Article a = made.get();
      if (source.name() != null) {
        a = new Article(a.id(), a.title(), a.published(), a.url(), source.name(), a.text(), a.origin(), a.story());
      }
      StoryClusterer.Placement place = stories.add(a);
      switch (place.kind()) {
        case EXACT_DUPLICATE -> {
          counts[1]++;
          continue;
        }
        case NEAR_DUPLICATE -> a = a.withStory(new Article.StoryLink(place.storyId(), place.copyOf(), place.similarity()));
        default -> { }
      }
      batch.add(a);
      if (feedItem && url != null) {
        itemUrls.put(a, url);
      }
    }
    // Analysed as 'parley ingest' analyses: on the configured threads, each article stored in its own transaction.
    ingestor.ingestAll(batch, threads, (a, outcome, problem) -> {
      switch (outcome) {
        case ADDED -> {
          counts[0]++;
          addedIds.add(a.id());
        }
        case ALREADY_STORED -> counts[1]++;
        case FAILED -> {
          counts[2]++;
          log.accept("watch " + source.label() + ": " + a.origin() + ": " + problem);
        }
      }
      String url = itemUrls.get(a);
      if (url != null && outcome != Ingestor.Outcome.FAILED) {
        stored.add(url);
      }
    });
    if (!retryItems) {
      st.validators = r.validators();
    }
    succeeded(st);
    return new Poll(source, counts[0], counts[1], counts[2], false, null, 0, addedIds);
  }

  /**
   * The page an item links to, read as a document with the item's title and date; empty when the server says
   * there is no such page (4xx: the item's own text is used); null when it could not be fetched now.
   */
  private Optional<RawDocument> page(Source source, RawDocument item) throws InterruptedException {
    java.net.URI uri;
    try {
      uri = java.net.URI.create(item.url());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
      return Optional.empty();
    }
    HttpFetcher.Response r;
    try {
      r = fetcher.get(uri, HttpFetcher.Validators.NONE);
    } catch (HttpFetcher.FetchException e) {
      log.accept("watch " + source.label() + ": " + item.url() + ": " + e.getMessage() + "; tried again next poll");
      return null;
    }
    if (!r.ok()) {
      log.accept("watch " + source.label() + ": " + item.url() + ": HTTP " + r.status() + "; the feed's text is used");
      return Optional.empty();
    }
    List<RawDocument> docs = new ArrayList<>();
    reader.readFetched(item.url(), item.url(), r.body(), r.contentType(), collector(docs, new ArrayList<>()));
    if (docs.size() != 1) {
      return Optional.empty();
    }
    RawDocument p = docs.get(0);
    return Optional.of(new RawDocument(item.url(), p.format(), p.content(), null, item.title(), item.published(),
        item.url()));
  }

  private Poll failed(Source source, State st, String problem) {
    st.failures++;
    if (st.failingSince == null) {
      st.failingSince = clock.instant();
    }
    return new Poll(source, 0, 0, 0, false, problem, st.failures, List.of());
  }

  private static void succeeded(State st) {
    st.failures = 0;
    st.failingSince = null;
    st.notBefore = Instant.MIN;
  }

  private static InputReader.Sink collector(List<RawDocument> docs, List<InputProblem> problems) {
    return new InputReader.Sink() {
      @Override
      public void document(RawDocument d) {
        docs.add(d);
      }

      @Override
      public void problem(InputProblem p) {
        problems.add(p);
      }
    };
  }
}
