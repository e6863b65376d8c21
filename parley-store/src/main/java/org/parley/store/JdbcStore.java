// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.parley.article.Article;
import org.parley.ingest.dedup.EarlierArticles;

/**
 * The store in a JDBC database: DuckDB (one file, embedded) or PostgreSQL. Both run the same migrations and
 * the same SQL; {@link Dialect} spells the few differences.
 *
 * <p>Connections come from a small pool: DuckDB duplicates one database handle (one file, one process),
 * PostgreSQL opens connections to the server, checks one that has been idle before handing it out and drops
 * the broken ones, so the store recovers by itself when the server restarts. Writes are serialised by a lock in this process; DuckDB's own
 * file lock keeps other processes out, and opening a locked file fails with {@link StoreLockedException}.
 */
public final class JdbcStore implements Store {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LOCK_PID = Pattern.compile("\\(PID (\\d+)\\)");
  private static final int POOL = 8;
  /** Seconds to connect to or validate a PostgreSQL connection before giving up. */
  private static final int CONNECT_TIMEOUT_SECONDS = 5;
  /** A connection used this recently is handed out unchecked (as HikariCP does): a check per query costs. */
  static final long VALIDATE_AFTER_IDLE_MS = 500;
  /** Open read statements kept per connection: enough for the filter combinations a dashboard session uses. */
  private static final int STATEMENTS_PER_CONNECTION = 64;
  /** The window column that carries a page's total; never a column name of the schema. */
  private static final String TOTAL = "parley_page_total";

  private final DbSpec spec;
  private final Connection root;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL);
  private final List<Connection> all = new ArrayList<>();
  private final Map<Connection, StatementCache> statements = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Connection, Long> lastReturned = new java.util.concurrent.ConcurrentHashMap<>();
  private final Object writeLock = new Object();
  private final TextIndex index = new TextIndex();
  private final StoredTracks tracks = new StoredTracks();
  private volatile boolean closed;

  private JdbcStore(DbSpec spec, Connection root) {
    this.spec = spec;
    this.root = root;
  }

  /** Opens (creating it and its folder on first use) and migrates the store at {@code spec}. */
  public static JdbcStore open(DbSpec spec) {
    try {
      if (spec.file() != null) {
        Files.createDirectories(spec.file().toAbsolutePath().getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for the store " + spec.display() + ": " + e.getMessage(), e);
    }
    Connection c;
    try {
      c = connect(spec);
    } catch (SQLException e) {
      throw openFailure(spec, e);
    }
    JdbcStore store = new JdbcStore(spec, c);
    try {
      Migrations.apply(c, spec.dialect());
    } catch (SQLException e) {
      store.close();
      throw new StoreException("cannot prepare the schema of " + spec.display() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * Opens an existing store for reading only. A DuckDB file is opened in DuckDB's read-only mode, which any
   * number of reading processes may share (two exports at once, a board beside an export); only a writer (a
   * running {@code parley serve} or {@code ingest}) still keeps readers out, and the refusal says so. Nothing
   * is created or migrated: a store at an older schema is refused with how to bring it up to date.
   */
  public static JdbcStore openReadOnly(DbSpec spec) {
    if (spec.dialect() != Dialect.DUCKDB || spec.file() == null) {
      return open(spec); // a server database has its own concurrency; :memory: has no other process
    }
    Connection c;
    try {
      Properties p = new Properties();
      p.setProperty("duckdb.read_only", "true");
      c = DriverManager.getConnection(spec.jdbcUrl(), p);
    } catch (SQLException e) {
      throw openFailure(spec, e, true);
    }
    JdbcStore store = new JdbcStore(spec, c);
    try {
      List<Migrations.Script> scripts = Migrations.scripts();
      int want = scripts.get(scripts.size() - 1).version();
      int have = Migrations.current(c);
      if (have < want) {
        store.close();
        throw new StoreException("the store " + spec.display() + " is at schema version " + have + " of " + want
            + "; a read does not change it: run 'parley ingest' or 'parley import' on it once to update it");
      }
    } catch (SQLException e) {
      store.close();
      throw new StoreException("cannot read the schema of " + spec.display() + ": " + e.getMessage(), e);
    }
    return store;
  }

  private static StoreException openFailure(DbSpec spec, SQLException e) {
    return openFailure(spec, e, false);
  }

  private static StoreException openFailure(DbSpec spec, SQLException e, boolean reading) {
    String m = String.valueOf(e.getMessage());
    if (reading && (m.contains("Could not set lock") || m.contains("Conflicting lock"))) {
      Matcher pid = LOCK_PID.matcher(m);
      throw new StoreLockedException("the store " + spec.display() + " is open in another process"
          + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + " that writes to it (e.g. a running `parley serve`)."
          + " This command opened it read-only, which DuckDB allows beside other readers but not beside a writer:"
          + " read through the running server instead (GET /api/export?format=csv|jsonl|geojson, /api/board),"
          + " stop that process, or use PostgreSQL (--db jdbc:postgresql://...) for a shared store", e);
    }
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      Matcher pid = LOCK_PID.matcher(m);
      throw new StoreLockedException("the store " + spec.display() + " is open in another process"
          + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
          + ". DuckDB lets one process use a file at a time: stop that process (e.g. a running `parley serve`), "
          + "send articles to the running server instead (POST /api/articles), or use PostgreSQL "
          + "(--db jdbc:postgresql://...) for a shared store", e);
    }
    return new StoreException("cannot open the store " + spec.display() + ": " + m, e);
  }

  public DbSpec spec() {
    return spec;
  }

  @Override
  public String describe() {
    return spec.dialect().name().toLowerCase(Locale.ROOT) + " " + spec.display();
  }

  /** The schema version the database is at. */
  public int schemaVersion() {
    return withConnection(Migrations::current);
  }

  // ---- connections ------------------------------------------------------------------------------------

  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T withConnection(SqlWork<T> work) {
    if (closed) {
      throw new IllegalStateException("store " + spec.display() + " is closed");
    }
    Connection c = borrow();
    boolean ok = false;
    try {
      T t = work.run(c);
      ok = true;
      return t;
    } catch (SQLException e) {
      throw new StoreException("store " + spec.display() + ": " + e.getMessage(), e);
    } finally {
      giveBack(c, ok);
    }
  }

  private Connection borrow() {
    for (Connection c = idle.poll(); c != null; c = idle.poll()) {
      if (usable(c)) {
        return c;
      }
      discard(c);
    }
    synchronized (all) {
      if (all.size() < POOL) {
        try {
          Connection n = spec.dialect() == Dialect.DUCKDB
              ? root.unwrap(DuckDBConnection.class).duplicate()
              : connect(spec);
          all.add(n);
          statements.put(n, new StatementCache(n, STATEMENTS_PER_CONNECTION));
          return n;
        } catch (SQLException e) {
          throw new StoreException("cannot open a connection to " + spec.display() + ": " + e.getMessage(), e);
        }
      }
    }
    try {
      Connection waited = idle.poll(60, TimeUnit.SECONDS);
      if (waited == null) {
        throw new StoreException("no free connection to " + spec.display() + " within 60 s");
      }
      if (!usable(waited)) {
        discard(waited);
        return borrow();
      }
      return waited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a connection to " + spec.display(), e);
    }
  }

  /**
   * Opens a PostgreSQL connection with bounded waits: a server that is down or unreachable fails the request
   * within seconds instead of holding it. Timeouts written in the URL win over these defaults.
   */
  private static Connection connect(DbSpec spec) throws SQLException {
    if (spec.dialect() != Dialect.POSTGRES) {
      return DriverManager.getConnection(spec.jdbcUrl());
    }
    Properties p = new Properties();
    p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    p.setProperty("loginTimeout", Integer.toString(2 * CONNECT_TIMEOUT_SECONDS));
    p.setProperty("tcpKeepAlive", "true");
    return DriverManager.getConnection(spec.jdbcUrl(), p);
  }

  /**
   * Whether a pooled connection still works. A PostgreSQL connection dies when the server restarts, and
   * handing it out again would fail every request until Parley restarted; so one idle for longer than
   * {@link #VALIDATE_AFTER_IDLE_MS} is checked with the driver's validation (an empty query) before use. A
   * DuckDB connection lives in this process and cannot be cut.
   */
  private boolean usable(Connection c) {
    if (spec.dialect() != Dialect.POSTGRES) {
      return true;
    }
    Long since = lastReturned.get(c);
    if (since != null && System.nanoTime() - since < VALIDATE_AFTER_IDLE_MS * 1_000_000L) {
      return true;
    }
    try {
      return c.isValid(CONNECT_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Drops a broken connection from the pool; a new one is opened when next needed. */
  private void discard(Connection c) {
    synchronized (all) {
      all.remove(c);
    }
    lastReturned.remove(c);
    closeQuietly(c);
  }

  /**
   * Closes {@code c} with its cached statements; a failure to close is ignored: the connection is broken already
   * (a discard) or no longer wanted (the store closes).
   */
  private void closeQuietly(Connection c) {
    StatementCache cache = statements.remove(c);
    if (cache != null) {
      cache.closeAll();
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to do with it
    }
  }

  private void giveBack(Connection c, boolean ok) {
    try {
      if (!ok && !c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // The connection is returned as it is; the next use reports its own error.
    }
    if (!ok && spec.dialect() == Dialect.POSTGRES) {
      lastReturned.remove(c); // a failure may mean the server went away: check before the next use
      if (!usable(c)) {
        discard(c);
        return;
      }
    }
    lastReturned.put(c, System.nanoTime());
    idle.offer(c);
  }

  // ---- writing ----------------------------------------------------------------------------------------

  @Override
  public PutResult put(JsonNode contract) {
    Objects.requireNonNull(contract, "contract");
    JsonNode article = contract.path("article");
    String id = text(article, "id");
    String body = text(article, "text");
    if (id == null || body == null) {
      throw new IllegalArgumentException("a contract object needs article.id and article.text");
    }
    String contentKey = Article.contentId(body);
    synchronized (writeLock) {
      return withConnection(c -> {
        c.setAutoCommit(false);
        try {
          PutResult r = insert(c, contract, id, contentKey);
          c.commit();
          return r;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          if (e instanceof SQLException && isUniqueViolation((SQLException) e)) {
            return PutResult.ALREADY_PRESENT;
          }
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      });
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return "23505".equals(e.getSQLState()) || m.contains("duplicate key") || m.contains("unique constraint");
  }

  private PutResult insert(Connection c, JsonNode contract, String id, String contentKey) throws SQLException {
    if (exists(c, "SELECT 1 FROM articles WHERE id = ? OR content_key = ?", id, contentKey)) {
      return PutResult.ALREADY_PRESENT;
    }
    JsonNode a = contract.path("article");
    LocalDate published = parseDate(text(a, "published"));
    long seq = scalarLong(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles");
    String story = story(c, id, a.path("story"), text(a, "title"), published);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (id, content_key, seq, title, published, url, "
        + "source, origin, story, text, analysis, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setString(1, id);
      p.setString(2, contentKey);
      p.setLong(3, seq);
      p.setString(4, text(a, "title"));
      if (published == null) {
        p.setNull(5, Types.DATE);
      } else {
        p.setDate(5, Date.valueOf(published));
      }
      p.setString(6, text(a, "url"));
      p.setString(7, text(a, "source"));
      p.setString(8, text(a, "origin"));
      p.setString(9, story);
      p.setString(10, text(a, "text"));
      p.setString(11, json(contract));
      p.setTimestamp(12, new Timestamp(System.currentTimeMillis()));
      p.executeUpdate();
    }
    Map<String, JsonNode> actors = new HashMap<>();
    SpanWriter spans = new SpanWriter(c, id);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO actors (article_id, actor_id, name, code, country, "
        + "sector, organization, role, mentions) VALUES (?,?,?,?,?,?,?,?,?)")) {
      for (JsonNode x : contract.path("actors")) {
        String actorId = text(x, "id");
        actors.put(actorId, x);
        bind(p, Types.NULL, id, actorId, text(x, "name"), text(x, "code"), text(x, "country"), text(x, "sector"),
            text(x, "organization"), text(x, "role"), x.path("mentions").size());
        p.addBatch();
        spans.add("actor", actorId, "mention", x.path("mentions"));
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO events (article_id, event_id, type, mode, cameo, "
        + "polarity, modality, source_id, source_name, source_code, source_country, target_id, target_name, "
        + "target_code, target_country, attributed_to, stance, issues, event_date, date_text, place_name, "
        + "place_country, lat, lon, confidence, evidence_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (JsonNode e : contract.path("events")) {
        JsonNode s = actors.get(text(e, "source"));
        JsonNode t = actors.get(text(e, "target"));
        JsonNode loc = e.path("location");
        List<String> issues = new ArrayList<>();
        e.path("issues").forEach(i -> issues.add(i.asText()));
        String evidence = join(e.path("evidence"));
        bind(p, Types.NULL, id, text(e, "id"), text(e, "type"), text(e, "mode"), text(e, "cameo"), text(e, "polarity"),
            text(e, "modality"), text(e, "source"), text(s, "name"), text(s, "code"), text(s, "country"),
            text(e, "target"), text(t, "name"), text(t, "code"), text(t, "country"), text(e, "attributed_to"),
            text(e, "stance"), "," + String.join(",", issues) + ",", shortDate(text(e, "date")), text(e, "date_text"),
            text(loc, "name"), text(loc, "country"), number(loc, "lat"), number(loc, "lon"),
            e.path("confidence").asDouble(0), evidence);
        p.addBatch();
        spans.add("event", text(e, "id"), "evidence", e.path("evidence"));
        if (e.hasNonNull("trigger")) {
          spans.add("event", text(e, "id"), "trigger", List.of(e.get("trigger")));
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO quotes (article_id, seq, text, start_char, end_char, "
        + "speaker_id, speaker_name, direct) VALUES (?,?,?,?,?,?,?,?)")) {
      int n = 0;
      for (JsonNode q : contract.path("quotes")) {
        bind(p, Types.NULL, id, n, text(q, "text"), q.path("start").asInt(), q.path("end").asInt(), text(q, "speaker"),
            text(actors.get(text(q, "speaker")), "name"), q.path("direct").asBoolean(true));
        p.addBatch();
        if (q.hasNonNull("cue")) {
          spans.add("quote", Integer.toString(n), "cue", List.of(q.get("cue")));
        }
        n++;
      }
      p.executeBatch();
    }
    int nseq = 0;
    for (JsonNode n : contract.path("negotiations")) {
      List<String> parties = names(n.path("parties"), actors);
      List<String> mediators = names(n.path("mediators"), actors);
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO negotiations (article_id, seq, parties, mediators) VALUES (?,?,?,?)")) {
        bind(p, Types.NULL, id, nseq, String.join("|", parties), String.join("|", mediators));
        p.executeUpdate();
      }
      int r = 0;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO rounds (article_id, negotiation_seq, seq, name, "
          + "round_date, place_name, place_country, level, outcome) VALUES (?,?,?,?,?,?,?,?,?)")) {
        for (JsonNode round : n.path("rounds")) {
          JsonNode loc = round.path("location");
          bind(p, Types.NULL, id, nseq, r, text(round, "name"), shortDate(text(round, "date")), text(loc, "name"),
              text(loc, "country"), text(round, "level"), Objects.requireNonNullElse(text(round, "outcome"), "unknown"));
          p.addBatch();
          spans.add("round", nseq + ":" + r, "evidence", round.path("evidence"));
          r++;
        }
        p.executeBatch();
      }
      int k = 0;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO positions (article_id, negotiation_seq, seq, issue, "
          + "detail, actor_id, actor_name, stance, position_date) VALUES (?,?,?,?,?,?,?,?,?)")) {
        for (JsonNode ip : n.path("issues")) {
          for (JsonNode pos : ip.path("positions")) {
            String actorId = text(pos, "actor");
            bind(p, Types.NULL, id, nseq, k, text(ip, "issue"), text(ip, "detail"), actorId,
                Objects.requireNonNullElse(text(actors.get(actorId), "name"), actorId), text(pos, "stance"),
                shortDate(text(pos, "date")));
            p.addBatch();
            spans.add("position", nseq + ":" + k, "evidence", pos.path("evidence"));
            k++;
          }
        }
        p.executeBatch();
      }
      nseq++;
    }
    spans.flush();
    return PutResult.ADDED;
  }

  /** Writes span rows in one batch. */
  private static final class SpanWriter {
    private final PreparedStatement p;
    private final String articleId;

    SpanWriter(Connection c, String articleId) throws SQLException {
      this.p = c.prepareStatement("INSERT INTO spans (article_id, owner_kind, owner_ref, role, seq, start_char, "
          + "end_char, text) VALUES (?,?,?,?,?,?,?,?)");
      this.articleId = articleId;
    }

    void add(String kind, String ref, String role, Iterable<JsonNode> spans) throws SQLException {
      int i = 0;
      for (JsonNode s : spans) {
        bind(p, Types.NULL, articleId, kind, ref, role, i++, s.path("start").asInt(), s.path("end").asInt(),
            Objects.requireNonNullElse(text(s, "text"), ""));
        p.addBatch();
      }
    }

    void flush() throws SQLException {
      try (p) {
        p.executeBatch();
      }
    }
  }

  /**
   * The story an article belongs to. A copy that ingest linked by text similarity (MinHash over shingles, see
   * {@code StoryClusterer}) joins the story of the stored article it copies; otherwise the story of an article
   * published within three days whose headline shares most of its content words, else a story of its own.
   */
  private String story(Connection c, String id, JsonNode link, String title, LocalDate published)
      throws SQLException {
    String copyOf = text(link, "copy_of");
    if (copyOf != null) {
      try (PreparedStatement p = c.prepareStatement("SELECT story FROM articles WHERE id = ?")) {
        p.setString(1, copyOf);
        try (ResultSet r = p.executeQuery()) {
          if (r.next() && r.getString(1) != null) {
            return r.getString(1);
          }
        }
      }
    }
    Set<String> words = TitleWords.of(title);
    if (words.size() < 2 || published == null) {
      return id;
    }
    try (PreparedStatement p = c.prepareStatement(
        "SELECT title, story FROM articles WHERE published BETWEEN ? AND ? ORDER BY seq")) {
      p.setDate(1, Date.valueOf(published.minusDays(3)));
      p.setDate(2, Date.valueOf(published.plusDays(3)));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (TitleWords.similar(words, TitleWords.of(r.getString(1)))) {
            return r.getString(2);
          }
        }
      }
    }
    return id;
  }

  /** A track is the set of parties: their codes (or names) sorted, so word order and actor ids do not matter. */
  private static List<String> names(JsonNode ids, Map<String, JsonNode> actors) {
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(Objects.requireNonNullElse(text(actors.get(i.asText()), "name"), i.asText())));
    return out;
  }

  // ---- reading ----------------------------------------------------------------------------------------

  @Override
  public void forEachPublished(LocalDate from, LocalDate to, EarlierArticles.Sink out) {
    withConnection(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT id, story, text FROM articles WHERE published BETWEEN ? AND ? ORDER BY seq")) {
        p.setDate(1, Date.valueOf(from));
        p.setDate(2, Date.valueOf(to));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.article(r.getString(1), r.getString(2), r.getString(3));
          }
        }
      }
      return null;
    });
  }

  @Override
  public boolean hasContent(String contentKey) {
    return withConnection(c -> exists(c, "SELECT 1 FROM articles WHERE content_key = ?", contentKey));
  }

  @Override
  public boolean hasUrl(String url) {
    return url != null && withConnection(c -> exists(c, "SELECT 1 FROM articles WHERE url = ?", url));
  }

  @Override
  public Optional<ObjectNode> article(String id) {
    return withConnection(c -> {
      ArrayNode rows = rows(c, "SELECT id, title, published, url, source, origin, story, analysis, ingested_at "
          + "FROM articles WHERE id = ?", id);
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode o = (ObjectNode) rows.get(0);
      o.set("analysis", parse(o.remove("analysis").asText()));
      o.set("story_articles", rows(c, "SELECT id, title, published FROM articles WHERE story = ? AND id <> ? "
          + "ORDER BY published, seq", o.path("story").asText(), id));
      return Optional.of(o);
    });
  }

  @Override
  public ObjectNode articles(String text, String from, String to, int limit, int offset) {
    checkPage(limit, offset);
    String f = EventQuery.date("from", from);
    String t = EventQuery.date("to", to);
    Where w = new Where();
    if (EventQuery.blankToNull(text) != null) {
      w.and("(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(text) LIKE ? ESCAPE '\\')", like(text), like(text));
    }
    if (f != null) {
      w.and("published >= ?", Date.valueOf(startOf(f)));
    }
    if (t != null) {
      w.and("published <= ?", Date.valueOf(endOf(t)));
    }
    return withConnection(c -> page(c, "SELECT a.id, a.title, a.published, a.url, a.source, a.story, "
            + "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
            + "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a" + w,
        " ORDER BY a.published DESC NULLS LAST, a.seq DESC", "SELECT COUNT(*) FROM articles a" + w, w.params, limit, offset));
  }

  @Override
  public ObjectNode events(EventQuery q) {
    Where w = eventWhere(q);
    return withConnection(c -> {
      ObjectNode page = page(c, "SELECT e.article_id, e.event_id, e.type, e.mode, e.cameo, e.polarity, e.modality, "
              + "e.source_id, e.source_name, e.source_code, e.source_country, e.target_id, e.target_name, e.target_code, "
              + "e.target_country, e.attributed_to, " + ATTRIBUTED_NAME + " AS attributed_name, e.stance, e.issues, e.event_date, "
              + "e.date_text, e.place_name, e.place_country, e.lat, e.lon, e.confidence, e.evidence_text, "
              + "a.title AS article_title, a.published AS article_published, a.url AS article_url, "
              + "a.source AS article_source FROM events e JOIN articles a ON a.id = e.article_id" + w,
          " ORDER BY COALESCE(e.event_date, CAST(a.published AS VARCHAR)) NULLS LAST, e.article_id, e.event_id",
          "SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id" + w, w.params, q.limit(), q.offset());
      for (JsonNode item : page.path("items")) {
        issuesToArray((ObjectNode) item);
        EventRows.enrich((ObjectNode) item);
      }
      return page;
    });
  }

  /** Adds each item's outlet and makes its article URL one that is safe to link ({@link EventRows}). */
  private static ObjectNode withOutlets(ObjectNode page) {
    for (JsonNode item : page.path("items")) {
      ObjectNode o = (ObjectNode) item;
      String url = EventRows.safeUrl(o.path("article_url").isTextual() ? o.path("article_url").asText() : null);
      o.put("article_url", url);
      o.put("outlet", EventRows.outlet(o.path("article_source").isTextual() ? o.path("article_source").asText() : null, url));
    }
    return page;
  }

  /**
   * The name of the actor an event is attributed to. A scalar subquery rather than a LEFT JOIN: DuckDB 1.x fails
   * internally ("index 0 within vector of size 0") on the join combined with the page's window count.
   */
  private static final String ATTRIBUTED_NAME = "(SELECT MIN(x.name) FROM actors x WHERE x.article_id = e.article_id "
      + "AND x.actor_id = e.attributed_to)";

  private static void issuesToArray(ObjectNode o) {
    ArrayNode arr = JSON.createArrayNode();
    for (String s : o.path("issues").asText("").split(",")) {
      if (!s.isEmpty()) {
        arr.add(s);
      }
    }
    o.set("issues", arr);
  }

  private static Where eventWhere(EventQuery q) {
    Where w = new Where();
    if (q.actor() != null) {
      String l = like(q.actor());
      w.and("(LOWER(e.source_name) LIKE ? ESCAPE '\\' OR LOWER(e.target_name) LIKE ? ESCAPE '\\' "
          + "OR LOWER(e.source_code) LIKE ? ESCAPE '\\' OR LOWER(e.target_code) LIKE ? ESCAPE '\\')", l, l, l, l);
    }
    if (q.country() != null) {
      w.and("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)", q.country(), q.country(), q.country());
    }
    if (q.type() != null) {
      w.and("e.type = ?", q.type());
    }
    if (q.issue() != null) {
      w.and("e.issues LIKE ? ESCAPE '\\'", "%," + escapeLike(q.issue()) + ",%");
    }
    if (q.from() != null) {
      w.and("COALESCE(e.event_date, CAST(a.published AS VARCHAR)) >= ?", q.from());
    }
    if (q.to() != null) {
      // A month bound covers its whole month: '2024-05' <= '2024-05-31' < '2024-05~'.
      w.and("COALESCE(e.event_date, CAST(a.published AS VARCHAR)) <= ?", q.to().length() == 7 ? q.to() + "~" : q.to());
    }
    if (q.place() != null) {
      w.and("(LOWER(e.place_name) LIKE ? ESCAPE '\\' OR LOWER(e.place_country) = LOWER(?))", like(q.place()), q.place());
    }
    if (q.text() != null) {
      w.and("LOWER(e.evidence_text) LIKE ? ESCAPE '\\'", like(q.text()));
    }
    if (q.polarity() != null) {
      inList(w, "e.polarity", EventQuery.values(q.polarity()));
    }
    if (q.modality() != null) {
      inList(w, "e.modality", EventQuery.values(q.modality()));
    }
    if (q.article() != null) {
      w.and("e.article_id = ?", q.article());
    }
    return w;
  }

  private static void inList(Where w, String column, List<String> values) {
    w.and(column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(",")) + ")", values.toArray());
  }

  @Override
  public ArrayNode actors(String text, int limit) {
    checkPage(limit, 0);
    Where w = new Where();
    if (EventQuery.blankToNull(text) != null) {
      w.and("(LOWER(x.name) LIKE ? ESCAPE '\\' OR LOWER(x.code) LIKE ? ESCAPE '\\')", like(text), like(text));
    }
    List<Object> params = new ArrayList<>(w.params);
    params.add(limit);
    return withConnection(c -> rows(c, "SELECT x.name, x.code, x.country, x.sector, COUNT(DISTINCT x.article_id) AS articles, "
        + "SUM(x.mentions) AS mentions, (SELECT COUNT(*) FROM events e WHERE e.source_name = x.name OR e.target_name = x.name) "
        + "AS events FROM actors x" + w + " GROUP BY x.name, x.code, x.country, x.sector ORDER BY events DESC, articles DESC, "
        + "x.name LIMIT ?", params.toArray()));
  }

  @Override
  public ObjectNode quotes(String speaker, String text, int limit, int offset) {
    checkPage(limit, offset);
    Where w = new Where();
    if (EventQuery.blankToNull(speaker) != null) {
      w.and("(LOWER(q.speaker_name) LIKE ? ESCAPE '\\' OR q.speaker_id IN (SELECT x.actor_id FROM actors x WHERE x.article_id = "
          + "q.article_id AND LOWER(x.code) = LOWER(?)))", like(speaker), speaker.strip());
    }
    if (EventQuery.blankToNull(text) != null) {
      w.and("LOWER(q.text) LIKE ? ESCAPE '\\'", like(text));
    }
    return withOutlets(withConnection(c -> page(c, "SELECT q.article_id, q.seq, q.text, q.start_char, q.end_char, q.speaker_id, "
            + "q.speaker_name, q.direct, a.title AS article_title, a.published AS article_published, a.url AS article_url, "
            + "a.source AS article_source FROM quotes q "
            + "JOIN articles a ON a.id = q.article_id" + w, " ORDER BY a.published DESC NULLS LAST, q.article_id, q.seq",
        "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id" + w, w.params, limit, offset)));
  }

  @Override
  public ArrayNode negotiations() {
    return withConnection(c -> {
      tracks.refresh(c);
      return tracks.list();
    });
  }

  @Override
  public Optional<ObjectNode> board(String trackId, String asOf) {
    EventQuery.date("as_of", asOf); // a bad date is the caller's error even when the track is unknown
    return withConnection(c -> {
      tracks.refresh(c);
      return tracks.board(trackId, asOf);
    });
  }

  @Override
  public Optional<String> boardMarkdown(String trackId, String asOf) {
    EventQuery.date("as_of", asOf);
    return withConnection(c -> {
      tracks.refresh(c);
      return tracks.boardMarkdown(trackId, asOf);
    });
  }

  @Override
  public ArrayNode timeline(EventQuery q, String interval) {
    String iv = EventQuery.blankToNull(interval) == null ? "month" : interval.strip();
    int len = switch (iv) {
      case "day" -> 10;
      case "month" -> 7;
      case "year" -> 4;
      default -> throw new IllegalArgumentException("interval must be day, month or year, got '" + interval + "'");
    };
    Where w = eventWhere(q);
    String bucket = "SUBSTR(COALESCE(e.event_date, CAST(a.published AS VARCHAR)), 1, " + len + ")";
    // Split by polarity and modality so that a reader can keep what did not (or not yet) happen out of the counts.
    return withConnection(c -> rows(c, "SELECT " + bucket + " AS period, e.type, e.polarity, e.modality, COUNT(*) AS events "
        + "FROM events e JOIN articles a ON a.id = e.article_id"
        + w.and("COALESCE(e.event_date, CAST(a.published AS VARCHAR)) IS NOT NULL") + " GROUP BY " + bucket
        + ", e.type, e.polarity, e.modality ORDER BY period, e.type, e.polarity, e.modality", w.params.toArray()));
  }

  @Override
  public ObjectNode graph(EventQuery q) {
    Where w = eventWhere(q).and("e.source_name IS NOT NULL AND e.target_name IS NOT NULL AND e.source_name <> e.target_name");
    return withConnection(c -> {
      ArrayNode edges = rows(c, "SELECT e.source_name AS source, e.target_name AS target, e.type, COUNT(*) AS events "
          + "FROM events e JOIN articles a ON a.id = e.article_id" + w + " GROUP BY e.source_name, e.target_name, e.type "
          + "ORDER BY events DESC, source, target, e.type LIMIT 2000", w.params.toArray());
      Map<String, ObjectNode> nodes = new TreeMap<>();
      for (JsonNode e : edges) {
        for (String end : List.of("source", "target")) {
          ObjectNode n = nodes.computeIfAbsent(e.path(end).asText(), k -> {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", k);
            o.put("events", 0);
            return o;
          });
          n.put("events", n.path("events").asInt() + e.path("events").asInt());
        }
      }
      if (!nodes.isEmpty()) {
        ArrayNode info = rows(c, "SELECT name, MIN(code) AS code, MIN(country) AS country FROM actors WHERE name IN ("
            + nodes.keySet().stream().map(k -> "?").collect(Collectors.joining(",")) + ") GROUP BY name",
            nodes.keySet().toArray());
        for (JsonNode i : info) {
          ObjectNode n = nodes.get(i.path("name").asText());
          if (n != null) {
            n.set("code", i.path("code"));
            n.set("country", i.path("country"));
          }
        }
      }
      ObjectNode out = JSON.createObjectNode();
      ArrayNode ns = out.putArray("nodes");
      nodes.values().forEach(ns::add);
      out.set("edges", edges);
      return out;
    });
  }

  @Override
  public ObjectNode search(String query, int limit) {
    if (EventQuery.blankToNull(query) == null) {
      throw new IllegalArgumentException("q (the words to search for) is required");
    }
    checkPage(limit, 0);
    refreshIndex();
    return index.search(query, limit);
  }

  /** Adds the articles stored since the last refresh (by this or another process) to the search index. */
  private void refreshIndex() {
    synchronized (index) {
      long known = index.lastSeq();
      withConnection(c -> {
        try (PreparedStatement p = c.prepareStatement("SELECT id, seq, title, text, published FROM articles WHERE seq > ? ORDER BY seq")) {
          p.setLong(1, known);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              index.addArticle(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5));
            }
          }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT q.article_id, q.seq, q.text, q.speaker_name, a.title, q.direct FROM quotes q "
            + "JOIN articles a ON a.id = q.article_id WHERE a.seq > ? ORDER BY a.seq, q.seq")) {
          p.setLong(1, known);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              index.addQuote(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6));
            }
          }
        }
        index.commit();
        return null;
      });
    }
  }

  @Override
  public void check() {
    if (closed) {
      throw new StoreException("store " + spec.display() + " is closed");
    }
    withConnection(c -> scalarLong(c, "SELECT 1"));
  }

  @Override
  public ObjectNode counts() {
    return withConnection(c -> {
      ObjectNode o = JSON.createObjectNode();
      for (String t : List.of("articles", "events", "actors", "quotes", "negotiations")) {
        o.put(t, scalarLong(c, "SELECT COUNT(*) FROM " + t));
      }
      o.put("schema_version", Migrations.current(c));
      o.put("store", spec.dialect().name().toLowerCase(Locale.ROOT)); // the kind only: no file path or URL
      return o;
    });
  }

  @Override
  public void forEachAnalysis(EventQuery q, Consumer<String> line) {
    Where w = new Where();
    if (q != null && q.filtered()) {
      Where ew = eventWhere(q);
      w.and("a.id IN (SELECT e.article_id FROM events e JOIN articles a ON a.id = e.article_id" + ew + ")",
          ew.params.toArray());
    }
    withConnection(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT a.analysis FROM articles a" + w + " ORDER BY a.seq")) {
        bind(p, Types.VARCHAR, w.params.toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            line.accept(r.getString(1));
          }
        }
      }
      return null;
    });
  }

  @Override
  public void forEachEventRow(EventQuery q, Consumer<ObjectNode> row) {
    Where w = eventWhere(q == null ? EventQuery.ALL : q);
    withConnection(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT a.id AS article_id, a.title AS article_title, a.published AS "
          + "article_published, a.url AS article_url, a.source AS article_source, "
          + "a.ingested_at, e.event_id, e.type, e.mode, e.cameo, e.polarity, e.modality, e.source_name, e.source_code, "
          + "e.source_country, e.target_name, e.target_code, e.target_country, " + ATTRIBUTED_NAME + " AS attributed_to, e.stance, "
          + "e.issues, e.event_date, e.date_text, e.place_name, e.place_country, e.lat, e.lon, e.confidence, "
          + "e.evidence_text FROM events e JOIN articles a ON a.id = e.article_id" + w + " ORDER BY COALESCE(e.event_date, CAST(a.published AS VARCHAR)) NULLS LAST, "
          + "a.seq, e.event_id")) {
        bind(p, Types.VARCHAR, w.params.toArray());
        try (ResultSet r = p.executeQuery()) {
          String[] labels = labels(r);
          while (r.next()) {
            ObjectNode o = rowOf(r, labels);
            o.put("issues", o.path("issues").asText("").replaceAll("^,|,$", ""));
            row.accept(EventRows.enrich(o));
          }
        }
      }
      return null;
    });
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (all) {
      for (Connection c : all) {
        closeQuietly(c);
      }
      all.clear();
    }
    try {
      root.close();
    } catch (SQLException ignored) {
      // As above.
    }
  }

  // ---- SQL helpers ------------------------------------------------------------------------------------

  /** A WHERE clause under construction with its parameters. */
  private static final class Where {
    final StringBuilder sql = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    Where and(String condition, Object... ps) {
      sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
      params.addAll(List.of(ps));
      return this;
    }

    @Override
    public String toString() {
      return sql.toString();
    }
  }

  /**
   * One page of {@code select} with the number of rows it has in all. The total rides along on each row as a
   * window count, so a page is one query; only a page past the end (no row to carry it) asks {@code count}.
   */
  private ObjectNode page(Connection c, String select, String order, String count, List<Object> params, int limit,
                          int offset) throws SQLException {
    List<Object> all = new ArrayList<>(params);
    all.add(limit);
    all.add(offset);
    ArrayNode items = rows(c, select.replaceFirst("^SELECT ", "SELECT COUNT(*) OVER () AS " + TOTAL + ", ") + order
        + " LIMIT ? OFFSET ?", all.toArray());
    long total;
    if (!items.isEmpty()) {
      total = items.get(0).path(TOTAL).asLong();
      items.forEach(i -> ((ObjectNode) i).remove(TOTAL));
    } else {
      total = offset == 0 ? 0 : scalarLong(c, count, params.toArray());
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", total);
    out.put("limit", limit);
    out.put("offset", offset);
    out.set("items", items);
    return out;
  }

  private static void checkPage(int limit, int offset) {
    if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + EventQuery.MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
  }

  private interface ResultWork<T> {
    T run(ResultSet r) throws SQLException;
  }

  /** Runs a read query on the connection's cached statement for {@code sql}. */
  private <T> T query(Connection c, String sql, Object[] params, ResultWork<T> work) throws SQLException {
    StatementCache cache = statements.get(c);
    if (cache == null) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, Types.VARCHAR, params);
        try (ResultSet r = p.executeQuery()) {
          return work.run(r);
        }
      }
    }
    PreparedStatement p = cache.get(sql);
    try {
      bind(p, Types.VARCHAR, params);
      try (ResultSet r = p.executeQuery()) {
        return work.run(r);
      }
    } catch (SQLException | RuntimeException e) {
      cache.evict(sql);
      throw e;
    }
  }

  private ArrayNode rows(Connection c, String sql, Object... params) throws SQLException {
    return query(c, sql, params, r -> {
      ArrayNode out = JSON.createArrayNode();
      String[] labels = labels(r);
      while (r.next()) {
        out.add(rowOf(r, labels));
      }
      return out;
    });
  }

  /** The result's column labels in lower case, read once per result rather than once per row. */
  private static String[] labels(ResultSet r) throws SQLException {
    ResultSetMetaData md = r.getMetaData();
    String[] out = new String[md.getColumnCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static ObjectNode rowOf(ResultSet r, String[] labels) throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 1; i <= labels.length; i++) {
      String name = labels[i - 1];
      Object v = r.getObject(i);
      if (v == null) {
        o.putNull(name);
      } else if (v instanceof Boolean b) {
        o.put(name, b);
      } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof java.math.BigInteger) {
        o.put(name, ((Number) v).longValue());
      } else if (v instanceof java.math.BigDecimal d) {
        o.put(name, d.scale() <= 0 ? d.longValue() : d.doubleValue());
      } else if (v instanceof Double || v instanceof Float) {
        o.put(name, ((Number) v).doubleValue());
      } else if (v instanceof Date d) {
        o.put(name, d.toLocalDate().toString());
      } else if (v instanceof java.time.LocalDate d) {
        o.put(name, d.toString());
      } else if (v instanceof Timestamp t) {
        o.put(name, t.toInstant().toString());
      } else {
        o.put(name, v.toString());
      }
    }
    return o;
  }

  /**
   * Binds {@code values} to the statement's parameters in order. A null is bound as {@code nullType}: a query's
   * parameters as {@link Types#VARCHAR} (PostgreSQL must know the type of a bare {@code ? IS NULL}), a written
   * row's as {@link Types#NULL} (the column gives the type; a VARCHAR null does not fit a number or date column).
   */
  private static void bind(PreparedStatement p, int nullType, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        p.setNull(i + 1, nullType);
      } else if (v instanceof Date d) {
        p.setDate(i + 1, d);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }

  private boolean exists(Connection c, String sql, Object... params) throws SQLException {
    return query(c, sql, params, ResultSet::next);
  }

  private long scalarLong(Connection c, String sql, Object... params) throws SQLException {
    return query(c, sql, params, r -> r.next() ? r.getLong(1) : 0);
  }

  /**
   * A LIKE pattern for "contains {@code s}", case-insensitive: {@code %} and {@code _} in what the user typed
   * are literal characters, never wildcards ({@code actor=%} matches names with a percent sign, not all).
   */
  static String like(String s) {
    return "%" + escapeLike(s.strip().toLowerCase(Locale.ROOT)) + "%";
  }

  /** {@code s} with the LIKE wildcards and the escape character escaped (every LIKE here escapes with a backslash). */
  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static LocalDate startOf(String isoDateOrMonth) {
    return isoDateOrMonth.length() == 7 ? LocalDate.parse(isoDateOrMonth + "-01") : LocalDate.parse(isoDateOrMonth);
  }

  private static LocalDate endOf(String isoDateOrMonth) {
    return isoDateOrMonth.length() == 7 ? startOf(isoDateOrMonth).plusMonths(1).minusDays(1) : LocalDate.parse(isoDateOrMonth);
  }

  static String text(JsonNode o, String field) {
    if (o == null) {
      return null;
    }
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double number(JsonNode o, String field) {
    JsonNode v = o == null ? null : o.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }

  private static String shortDate(String d) {
    if (d == null) {
      return null;
    }
    return d.length() > 10 ? d.substring(0, 10) : d;
  }

  private static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String join(JsonNode spans) {
    List<String> parts = new ArrayList<>();
    spans.forEach(s -> parts.add(s.path("text").asText("")));
    return String.join(" … ", parts);
  }

  private static String json(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed tree always serialises", e);
    }
  }

  private static JsonNode parse(String s) {
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored analysis is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }


}
