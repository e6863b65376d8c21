// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.nlp.PeerQuoteAttributor;
import org.parley.nlp.PeerQuoteAttributor.AttributedQuote;

/**
 * A peer attributor's quotations written as the part of Parley's contract that {@link QuoteScorer} reads: each
 * quote with {@code direct: true} and a speaker actor whose mentions are the peer's canonical speaker, its speaker
 * mention and the other mentions of that speaker's coreference chain (Parley's actors carry all their mentions too). Scoring the peer through the very same scorer is the point: the two lines differ only in who
 * found the quotes.
 */
public final class PeerQuotes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PeerQuotes() {}

  /** The analysis-shaped JSON of one article's peer quotations. */
  public static ObjectNode analysis(String id, List<AttributedQuote> quotes) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("article").put("id", id);
    ArrayNode actors = root.putArray("actors");
    ArrayNode out = root.putArray("quotes");
    Map<String, String> actorIds = new LinkedHashMap<>();
    for (AttributedQuote q : quotes) {
      ObjectNode quote = out.addObject().put("text", q.text()).put("direct", true);
      quote.put("start", q.begin()).put("end", q.end());
      String name = q.canonicalSpeaker() != null ? q.canonicalSpeaker() : q.speaker();
      if (name == null) {
        continue;
      }
      String key = name + "\u0000" + (q.speaker() == null ? "" : q.speaker()) + "\u0000" + q.speakerMentions();
      String actorId = actorIds.get(key);
      if (actorId == null) {
        actorId = "peer-" + (actorIds.size() + 1);
        actorIds.put(key, actorId);
        ObjectNode actor = actors.addObject().put("id", actorId).put("name", name);
        ArrayNode mentions = actor.putArray("mentions");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        seen.add(name);
        if (q.speaker() != null) {
          seen.add(q.speaker());
        }
        seen.addAll(q.speakerMentions());
        seen.forEach(m -> mentions.addObject().put("text", m));
      }
      quote.put("speaker", actorId);
    }
    return root;
  }

  /**
   * Runs {@code peer} on each text on {@code threads} threads; the analyses come back in the order of the texts.
   *
   * @throws IllegalStateException naming the article when the peer fails on it
   */
  public static List<String> run(PeerQuoteAttributor peer, List<String> ids, List<String> texts, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String id = ids.get(i);
        String text = texts.get(i);
        futures.add(pool.submit(() -> JSON.writeValueAsString(analysis(id, peer.quotes(text)))));
      }
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          lines.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("peer failed on " + ids.get(i) + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while the peer read " + ids.get(i), e);
        }
      }
      return lines;
    } finally {
      pool.shutdownNow();
    }
  }
}
