// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.engine.Analysis;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.InputLimits;
import org.parley.ingest.InputReader;
import org.parley.knowledge.ConfigException;
import org.parley.nlp.AnnotatedArticle;
import org.parley.store.DbSpec;
import org.parley.store.Ingestor;
import org.parley.store.JdbcStore;

/**
 * The watcher against a local news site whose feeds change between polls. The analysis is a stand-in (no NLP
 * models: what is under test is fetching, deduplication and failure handling, the store and the ingestor are
 * the real ones).
 */
class WatcherTest {
  @TempDir
  Path dir;

  private FeedServer site;
  private JdbcStore store;
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    site = new FeedServer();
    store = JdbcStore.open(DbSpec.duckdb(dir.resolve("watch.duckdb")));
  }

  @AfterEach
  void stop() {
    site.close();
    store.close();
  }

  private Watcher watcher(Source... sources) {
    return watcher(Duration.ZERO, sources);
  }

  private Watcher watcher(Duration hostInterval, Source... sources) {
    HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Settings("Parley/0.1.0 (test)", hostInterval, 2,
        Duration.ofMillis(10), InputLimits.DEFAULT.maxInputBytes(), Duration.ofSeconds(5)));
    ArticleMaker maker = new ArticleMaker();
    return new Watcher(List.of(sources), fetcher, new InputReader(InputLimits.DEFAULT), maker::make,
        new Ingestor(store, a -> new Analysis(AnnotatedArticle.of(a), List.of(), List.of(), List.of(), List.of())),
        store, log::add, Clock.systemUTC(), 2);
  }

  private long stored() {
    return store.counts().path("articles").asLong();
  }

  @Test
  void newItemsReachTheStoreWithinOnePollAndNothingIsStoredTwice() throws Exception {
    site.publish("/wire.rss", FeedServer.story(1));
    site.publish("/wire.rss", FeedServer.story(2));
    Watcher w = watcher(new Source(site.uri("/wire.rss"), "Test Wire"));

    Watcher.Poll first = w.pollDue(Duration.ofMinutes(10)).get(0);
    assertEquals(2, first.added(), log.toString());
    assertEquals(2, stored());

    site.publish("/wire.rss", FeedServer.story(3));
    Watcher.Poll second = w.pollDue(Duration.ofMinutes(10)).get(0);
    assertEquals(1, second.added(), log.toString());
    assertEquals(2, second.duplicate());
    assertEquals(3, stored());
    // Items already stored are not fetched again.
    assertEquals(1, site.hits("/news/story-1.html"));
    assertTrue(log.stream().anyMatch(l -> l.equals("watch Test Wire: 1 new, 2 duplicate, 0 failed")), log.toString());
    // The outlet of the stored articles is the name the sources file gives.
    assertEquals("Test Wire", store.articles(null, null, null, 10, 0).path("items").get(0).path("source").asText());
  }

  @Test
  void aRestartAddsNothingAndFetchesNoStoredPageAgain() throws Exception {
    for (int i = 1; i <= 3; i++) {
      site.publish("/wire.rss", FeedServer.story(i));
    }
    watcher(new Source(site.uri("/wire.rss"), null)).pollAll();
    assertEquals(3, stored());
    store.close();
    store = JdbcStore.open(DbSpec.duckdb(dir.resolve("watch.duckdb")));

    Watcher.Poll again = watcher(new Source(site.uri("/wire.rss"), null)).pollAll().get(0);
    assertEquals(0, again.added());
    assertEquals(3, again.duplicate());
    assertEquals(3, stored());
    assertEquals(1, site.hits("/news/story-2.html"));
  }

  @Test
  void notModifiedAnswersAreHonoured() throws Exception {
    site.publish("/wire.rss", FeedServer.story(1));
    Watcher w = watcher(new Source(site.uri("/wire.rss"), "Wire"));
    w.pollDue(Duration.ofMinutes(1));
    Watcher.Poll unchanged = w.pollDue(Duration.ofMinutes(1)).get(0);
    assertTrue(unchanged.notModified());
    assertEquals(1, site.notModified.get());
    assertEquals(2, site.hits("/wire.rss"));
    assertTrue(log.contains("watch Wire: not modified (304)"), log.toString());

    site.publish("/wire.rss", FeedServer.story(2));
    assertEquals(1, w.pollDue(Duration.ofMinutes(1)).get(0).added());
    assertEquals(1, site.notModified.get());
    assertTrue(site.userAgents.stream().allMatch(ua -> ua.startsWith("Parley/")), site.userAgents.toString());
  }

  @Test
  void aFailingSourceIsRetriedAndReportedWhileTheOthersProceed() throws Exception {
    site.publish("/good.rss", FeedServer.story(1));
    site.publish("/down.rss", FeedServer.story(2));
    site.fail("/down.rss", Integer.MAX_VALUE);
    site.publish("/flaky.rss", FeedServer.story(3));
    site.fail("/flaky.rss", 2);
    Watcher w = watcher(new Source(site.uri("/down.rss"), "Down"), new Source(site.uri("/good.rss"), "Good"),
        new Source(site.uri("/flaky.rss"), "Flaky"));

    List<Watcher.Poll> polls = w.pollAll();
    assertTrue(polls.get(0).sourceFailed());
    assertEquals("HTTP 500 after 3 attempts", polls.get(0).problem());
    assertEquals(3, site.hits("/down.rss"), "one request and two retries");
    assertEquals(1, polls.get(1).added());
    // Two failures then success: the retries within the poll get it.
    assertEquals(1, polls.get(2).added(), log.toString());
    assertEquals(3, site.hits("/flaky.rss"));
    assertEquals(2, stored());

    w.pollAll();
    w.pollAll();
    assertTrue(log.stream().anyMatch(l -> l.startsWith("watch Down: failed: HTTP 500 after 3 attempts (keeps failing: 3 "
        + "polls in a row since ")), log.toString());
  }

  @Test
  void aFailingSourceBacksOffBetweenPolls() throws Exception {
    site.publish("/down.rss", FeedServer.story(2));
    site.fail("/down.rss", Integer.MAX_VALUE);
    Watcher w = watcher(new Source(site.uri("/down.rss"), "Down"));
    w.pollDue(Duration.ofMinutes(10));
    assertEquals(3, site.hits("/down.rss"));
    // One failure: tried again at the next poll.
    w.pollDue(Duration.ofMinutes(10));
    assertEquals(6, site.hits("/down.rss"));
    // Two in a row: the next poll is skipped.
    assertTrue(w.pollDue(Duration.ofMinutes(10)).isEmpty());
    assertEquals(6, site.hits("/down.rss"));
    assertTrue(log.get(log.size() - 1).contains("; next try after "), log.toString());
  }

  @Test
  void anItemWhosePageFailsIsFetchedAgainAtTheNextPoll() throws Exception {
    site.publish("/wire.rss", FeedServer.story(1));
    site.publish("/wire.rss", FeedServer.story(2));
    site.fail("/news/story-2.html", 3);
    Watcher w = watcher(new Source(site.uri("/wire.rss"), "Wire"));
    Watcher.Poll first = w.pollDue(Duration.ofMinutes(1)).get(0);
    assertEquals(1, first.added());
    assertEquals(1, first.failed());
    // The feed is unchanged, but its validators were not kept: no 304 hides the item that failed.
    Watcher.Poll second = w.pollDue(Duration.ofMinutes(1)).get(0);
    assertFalse(second.notModified());
    assertEquals(1, second.added(), log.toString());
    assertEquals(2, stored());
  }

  @Test
  void requestsToOneHostAreSpaced() throws Exception {
    for (int i = 1; i <= 3; i++) {
      site.publish("/wire.rss", FeedServer.story(i));
    }
    Watcher w = watcher(Duration.ofMillis(150), new Source(site.uri("/wire.rss"), "Wire"));
    long start = System.nanoTime();
    w.pollAll();
    // Four requests (the feed, three pages): at least three intervals.
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(450).toNanos());
  }

  @Test
  void sourcesFileFormsAndErrors() throws Exception {
    Path f = dir.resolve("sources.txt");
    Files.writeString(f, "# wires\nhttps://example.org/feed.xml\nhttps://example.net/rss\tExample Net\n"
        + "Example Com = https://example.com/atom\n\n");
    List<Source> s = Source.read(f);
    assertEquals(3, s.size());
    assertNull(s.get(0).name());
    assertEquals("example.org", s.get(0).label());
    assertEquals("Example Net", s.get(1).name());
    assertEquals("Example Com", s.get(2).name());
    assertEquals("https://example.com/atom", s.get(2).uri().toString());

    Files.writeString(f, "https://example.org/feed.xml\nftp://example.org/x\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Source.read(f));
    assertTrue(e.getMessage().startsWith(f + ":2: 'ftp://example.org/x' is not an http or https address"), e.getMessage());
    assertThrows(ConfigException.class, () -> Source.read(dir.resolve("missing.txt")));
  }
}
