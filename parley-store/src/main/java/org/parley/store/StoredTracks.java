// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.contract.AnalysisJsonReader;
import org.parley.negotiation.ArticleBoards;
import org.parley.negotiation.BoardRenderer;
import org.parley.negotiation.MediatorRecord;
import org.parley.negotiation.NegotiationTrack;
import org.parley.negotiation.NegotiationTracker;
import org.parley.negotiation.TrackRound;

/**
 * The store's negotiation tracks, made by {@link NegotiationTracker} from the stored contract objects of the
 * articles that have a board (read back with {@link AnalysisJsonReader}); the store keeps no grouping of its own.
 *
 * <p>Caching: the tracker's input (one {@link ArticleBoards} per article with a board) is kept in memory and
 * brought up to date on each request. Articles are only ever added, with growing {@code seq}, so an update reads
 * just the new articles; the article count guards against rows another process committed out of order, and any
 * mismatch reloads everything. The tracks as of now are cached per store version; tracks as of an earlier day are
 * recomputed per request, which takes milliseconds on corpora of thousands of articles with boards.
 */
final class StoredTracks {
  /** Stored analyses the tracker could not read, reported with each board (at most this many named). */
  private static final int MAX_PROBLEMS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, ArticleBoards> articles = new LinkedHashMap<>();
  /** Each article's web address, for the board's links to the originals. */
  private final Map<String, String> urls = new java.util.HashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();
  private int unreadable;
  private long knownSeq = -1;
  private long knownCount = -1;
  private List<NegotiationTrack> current;

  /** Brings the tracker input up to date with the database. */
  synchronized void refresh(Connection c) throws SQLException {
    long count;
    long maxSeq;
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles");
         ResultSet r = p.executeQuery()) {
      r.next();
      count = r.getLong(1);
      maxSeq = r.getLong(2);
    }
    if (count == knownCount && maxSeq == knownSeq) {
      return;
    }
    boolean appended = knownCount >= 0 && maxSeq >= knownSeq
        && knownCount + countAfter(c, knownSeq) == count;
    if (!appended) {
      articles.clear();
      urls.clear();
      problems.clear();
      unreadable = 0;
      knownSeq = 0;
    }
    try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.analysis FROM articles a WHERE a.seq > ? AND a.seq <= ? "
        + "AND EXISTS (SELECT 1 FROM negotiations n WHERE n.article_id = a.id) ORDER BY a.seq")) {
      p.setLong(1, knownSeq);
      p.setLong(2, maxSeq);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          add(r.getString(1), r.getString(2));
        }
      }
    }
    knownSeq = maxSeq;
    knownCount = count;
    current = null;
  }

  private static long countAfter(Connection c, long seq) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE seq > ?")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void add(String id, String analysis) {
    try {
      var read = AnalysisJsonReader.read(analysis);
      articles.put(id, read.articleBoards());
      String url = EventRows.safeUrl(read.article().url());
      if (url != null) {
        urls.put(id, url);
      }
    } catch (AnalysisJsonReader.FormatException e) {
      // Stored by an older or foreign writer: leave it out of the tracks and say so, briefly.
      unreadable++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.put(id, e.getMessage());
      }
    }
  }

  private List<NegotiationTrack> tracks(LocalDate asOf) {
    if (asOf == null) {
      if (current == null) {
        current = new NegotiationTracker().addAll(articles.values()).tracks();
      }
      return current;
    }
    return new NegotiationTracker().addAll(articles.values()).tracks(asOf);
  }

  /** Every track, latest reported first: id, parties, mediators with dates, rounds in time order, counts. */
  synchronized ArrayNode list() {
    List<NegotiationTrack> all = new ArrayList<>(tracks(null));
    all.sort(Comparator.comparing((NegotiationTrack t) -> lastReported(t), Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(NegotiationTrack::id));
    ArrayNode out = JSON.createArrayNode();
    for (NegotiationTrack t : all) {
      ObjectNode o = out.addObject();
      o.put("id", t.id());
      ArrayNode parties = o.putArray("parties");
      t.parties().forEach(p -> parties.addObject().put("side", p).put("name", t.name(p)));
      ArrayNode mediators = o.putArray("mediators");
      for (MediatorRecord m : t.mediators()) {
        mediators.addObject().put("side", m.side()).put("name", t.name(m.side())).put("first", m.first())
            .put("last", m.last());
      }
      ArrayNode rounds = o.putArray("rounds");
      for (TrackRound r : t.rounds()) {
        rounds.addObject().put("date", r.date()).put("name", r.name()).put("location", r.location())
            .put("outcome", r.outcome().json()).put("contested", r.contested());
      }
      LocalDate first = firstReported(t);
      LocalDate last = lastReported(t);
      o.put("first_reported", first == null ? null : first.toString());
      o.put("last_reported", last == null ? null : last.toString());
      o.put("articles", t.articles().size());
      o.put("issues", t.issues().size());
      o.put("stances", t.stances().size());
      o.put("changes", t.changes().size());
      o.put("conflicts", t.conflicts().size());
      // Where the talks stand, for an overview: the latest round and the latest stance change, each with the
      // sentence that reports it (article, outlet, evidence, offsets), as in the board.
      ObjectNode tree = BoardRenderer.tree(t, null);
      o.set("latest_round", latest(tree.path("rounds"), StoredTracks::roundDay));
      JsonNode change = latest(tree.path("changes"), c -> c.path("date").asText(null));
      if (change instanceof ObjectNode co) {
        co.put("side_name", t.name(co.path("side").asText()));
      }
      o.set("last_change", change);
    }
    return out;
  }

  /** The item with the latest day ({@code day} may give null: such items count as earliest); the last one on a tie. */
  private static JsonNode latest(JsonNode items, java.util.function.Function<JsonNode, String> day) {
    JsonNode best = null;
    String bestDay = null;
    for (JsonNode i : items) {
      String d = day.apply(i);
      if (best == null || d != null && (bestDay == null || d.compareTo(bestDay) >= 0)) {
        best = i;
        bestDay = d != null ? d : bestDay;
      }
    }
    return best == null ? JSON.nullNode() : best;
  }

  /** A round's day: its own date, else the day its first report was published. */
  private static String roundDay(JsonNode round) {
    String d = round.path("date").asText(null);
    return d != null ? d : round.path("reports").path(0).path("published").asText(null);
  }

  /**
   * The board of track {@code id} as known on {@code asOf} (ISO day or month; a month means its last day), or
   * empty when no stored article reports that track at all. A track first reported after {@code asOf} has an
   * empty board with its parties.
   */
  synchronized Optional<ObjectNode> board(String id, String asOf) {
    LocalDate until = until(asOf);
    Optional<NegotiationTrack> known = track(id, until);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    NegotiationTrack t = known.get();
    ObjectNode o = BoardRenderer.tree(t, until);
    ArrayNode arts = o.putArray("articles");
    for (String a : t.articles()) {
      ArticleBoards ab = articles.get(a);
      arts.addObject().put("id", a).put("title", ab == null ? null : ab.title())
          .put("published", ab == null || ab.published() == null ? null : ab.published().toString())
          .put("outlet", ab == null ? null : ab.source()).put("url", urls.get(a));
    }
    if (unreadable > 0) {
      ObjectNode u = o.putObject("unreadable");
      u.put("articles", unreadable);
      ArrayNode examples = u.putArray("examples");
      problems.forEach((article, problem) -> examples.addObject().put("article", article).put("problem", problem));
    }
    return Optional.of(o);
  }

  /** The board of track {@code id} as Markdown, on the terms of {@link #board}. */
  synchronized Optional<String> boardMarkdown(String id, String asOf) {
    LocalDate until = until(asOf);
    return track(id, until).map(t -> BoardRenderer.markdown(t, until));
  }

  /** The last day {@code asOf} covers (an ISO day, or a month's last day), or null for everything stored. */
  private static LocalDate until(String asOf) {
    String normalised = EventQuery.date("as_of", asOf);
    return normalised == null ? null
        : normalised.length() == 7 ? YearMonth.parse(normalised).atEndOfMonth() : LocalDate.parse(normalised);
  }

  /** Track {@code id} as known on {@code until}, parties only when first reported later; empty when unknown. */
  private Optional<NegotiationTrack> track(String id, LocalDate until) {
    Optional<NegotiationTrack> whole = tracks(null).stream().filter(t -> t.id().equals(id)).findFirst();
    if (whole.isEmpty() || until == null) {
      return whole;
    }
    return Optional.of(tracks(until).stream().filter(x -> x.id().equals(id)).findFirst()
        .orElse(new NegotiationTrack(whole.get().parties(), whole.get().names(), List.of(), List.of(), List.of(), List.of())));
  }

  private LocalDate firstReported(NegotiationTrack t) {
    return t.articles().stream().map(articles::get).filter(a -> a != null && a.published() != null)
        .map(ArticleBoards::published).min(Comparator.naturalOrder()).orElse(null);
  }

  private LocalDate lastReported(NegotiationTrack t) {
    return t.articles().stream().map(articles::get).filter(a -> a != null && a.published() != null)
        .map(ArticleBoards::published).max(Comparator.naturalOrder()).orElse(null);
  }
}
