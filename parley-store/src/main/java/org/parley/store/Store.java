// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.ingest.dedup.EarlierArticles;

/**
 * Parley's store of analyses. Written with the contract's JSON objects (what {@code parley analyze} prints),
 * so it keeps exactly what the pipeline produced; read as JSON trees that the API returns as they are.
 * Implementations are thread-safe; writes are serialised within a process.
 */
public interface Store extends AutoCloseable {
  /** What {@link #put} did. */
  enum PutResult { ADDED, ALREADY_PRESENT }

  /**
   * Stores one contract object in one transaction: either every row of the article is there afterwards or
   * none is. An article whose id or clean text is already stored is left as it is.
   */
  PutResult put(JsonNode contract);

  /**
   * The id, story and clean text of every stored article published from {@code from} to {@code to}
   * (inclusive), in ingest order: what ingest compares new articles with to file copies under their story.
   */
  void forEachPublished(LocalDate from, LocalDate to, EarlierArticles.Sink out);

  /** Whether an article with this clean text ({@link org.parley.article.Article#contentId}) is stored. */
  boolean hasContent(String contentKey);

  /**
   * Whether an article with this web address is stored: how {@code parley watch} skips a feed item it stored in
   * an earlier poll or run without fetching its page again.
   */
  boolean hasUrl(String url);

  /** The article's metadata with {@code analysis}, the whole contract object. */
  Optional<ObjectNode> article(String id);

  /** Articles, newest first, optionally those whose title or text contain {@code text}: {@code {total, items}}. */
  ObjectNode articles(String text, String from, String to, int limit, int offset);

  /** Events matching {@code q}, ordered by date: {@code {total, items}}. */
  ObjectNode events(EventQuery q);

  /** Actors aggregated over articles (name, code, country, articles, events), most active first. */
  ArrayNode actors(String text, int limit);

  /** Quotes, optionally by a speaker (name or code) and containing words: {@code {total, items}}. */
  ObjectNode quotes(String speaker, String text, int limit, int offset);

  /** Negotiation tracks: one per set of parties, with the articles and dates that report it. */
  ArrayNode negotiations();

  /** The board of a track as known on {@code asOf} (ISO date, or null for everything stored). */
  Optional<ObjectNode> board(String trackId, String asOf);

  /** The same board as Markdown (the text of {@code parley board --format markdown}), for a report or a wiki. */
  Optional<String> boardMarkdown(String trackId, String asOf);

  /** Event counts per {@code day} or {@code month} (and per type) for the events matching {@code q}. */
  ArrayNode timeline(EventQuery q, String interval);

  /** Actor network: nodes (actors) and edges (source to target, with counts per type) of matching events. */
  ObjectNode graph(EventQuery q);

  /** Full-text search over article titles and texts and quotes. */
  ObjectNode search(String query, int limit);

  /** Counts of stored articles, events, actors, quotes and negotiation boards. */
  ObjectNode counts();

  /** Answers one trivial query, or throws {@link StoreException}: whether the store can be used right now. */
  default void check() {
    counts();
  }

  /** Every stored contract object in ingest order, optionally only articles having an event matching {@code q}. */
  void forEachAnalysis(EventQuery q, Consumer<String> line);

  /** Every event matching {@code q} as one flat row (article fields included), in date order. */
  void forEachEventRow(EventQuery q, Consumer<ObjectNode> row);

  /** Which database this is, for messages. */
  String describe();

  @Override
  void close();
}
