// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.parley.article.Article;
import org.parley.contract.AnalysisJson;
import org.parley.ingest.ArticleRecord;
import org.parley.ingest.DocumentFormat;
import org.parley.ingest.RawDocument;
import org.parley.corroboration.Corroboration;
import org.parley.corroboration.StoredCorroboration;
import org.parley.store.EventQuery;
import org.parley.store.Ingestor;
import org.parley.store.Store;

/**
 * Parley's web server: the REST API under {@code /api} (described at {@code /api/openapi.json}) and the
 * dashboard at {@code /}. Reads go to the store; {@code POST /api/analyze} and {@code POST /api/articles} run the
 * pipeline and need the bearer token given at start-up. The server owns the store while it runs (a DuckDB file
 * is locked to this process), so other programs add articles through {@code POST /api/articles}.
 */
public final class ParleyServer implements AutoCloseable {
  /** Query parameters {@code /api/events}, {@code /api/stats/timeline} and {@code /api/graph} accept. */
  /** Corroboration filters: events' (not polarity or modality: a denial must be seen to be linked) and groups'. */
  static final Set<String> CORROBORATION_PARAMS = Set.of("actor", "country", "type", "issue", "from", "to", "place",
      "text", "min_outlets", "contradicted", "window", "limit", "offset");

  static final Set<String> EVENT_PARAMS = Set.of("actor", "country", "type", "issue", "from", "to", "place", "text",
      "polarity", "modality", "article", "limit", "offset");

  /**
   * @param host         address to listen on (127.0.0.1 by default: the dashboard is for this machine)
   * @param port         port, 0 for any free one
   * @param token        bearer token for write endpoints, or null to refuse writes
   * @param maxBodyBytes largest request body accepted, counted as it is read (whatever the transfer encoding)
   * @param maxAnalyses  analyses (POST endpoints) that may run at once; more are refused with 503 and Retry-After
   * @param analysisTimeLimit longest a request waits for its analysis before it is answered with 503
   * @param publicHosts  host names, besides this machine's own, that requests may name in {@code Host}
   */
  public record Options(String host, int port, String token, long maxBodyBytes, int maxAnalyses,
                        Duration analysisTimeLimit, List<String> publicHosts) {
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** The defaults: one analysis per core, 60 seconds each, no public host names. */
    public Options(String host, int port, String token, long maxBodyBytes) {
      this(host, port, token, maxBodyBytes, defaultAnalyses(), DEFAULT_TIME_LIMIT);
    }

    /** No public host names: only this machine's names and addresses. */
    public Options(String host, int port, String token, long maxBodyBytes, int maxAnalyses,
                   Duration analysisTimeLimit) {
      this(host, port, token, maxBodyBytes, maxAnalyses, analysisTimeLimit, List.of());
    }

    /** One concurrent analysis per core: each one keeps a core busy. */
    public static int defaultAnalyses() {
      return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      if (token != null && token.length() < 8) {
        throw new IllegalArgumentException("the API token must have at least 8 characters");
      }
      if (maxBodyBytes < 1024) {
        throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
      }
      if (maxAnalyses < 1) {
        throw new IllegalArgumentException("at least one analysis must be allowed at a time, got " + maxAnalyses);
      }
      Objects.requireNonNull(analysisTimeLimit, "analysisTimeLimit");
      if (analysisTimeLimit.isNegative() || analysisTimeLimit.isZero()) {
        throw new IllegalArgumentException("the analysis time limit must be positive, got " + analysisTimeLimit);
      }
      publicHosts = publicHosts == null ? List.of()
          : publicHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }
  }

  private final Store store;
  private final Pipeline pipeline;
  private final Options options;
  private final Javalin app;
  private final AnalysisSlots analyses;
  private final ChangeFeed changes = new ChangeFeed();

  private ParleyServer(Store store, Pipeline pipeline, Options options) {
    this.store = store;
    this.pipeline = pipeline;
    this.options = options;
    this.analyses = new AnalysisSlots(options.maxAnalyses(), options.analysisTimeLimit());
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/parley/server/web";
        sf.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorPages()));
    });
    routes();
  }

  /**
   * Starts serving {@code store}.
   *
   * @param pipeline the analysis pipeline for the write endpoints, or null to serve the store read-only
   */
  public static ParleyServer start(Store store, Pipeline pipeline, Options options) {
    ParleyServer s = new ParleyServer(Objects.requireNonNull(store, "store"), pipeline, options);
    try {
      s.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      s.analyses.close();
      throw StartException.of(options, e);
    }
    return s;
  }

  /** The server could not listen where it was asked to: the port is taken, or the host is not this machine's. */
  public static final class StartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private StartException(String message, Throwable cause) {
      super(message, cause);
    }

    static RuntimeException of(Options o, RuntimeException e) {
      String where = o.host() + ":" + o.port();
      // Javalin calls every bind failure "port already in use"; the socket's own exception says which it was
      Throwable bind = null;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
          bind = t;
        }
      }
      if (bind == null) {
        return e;
      }
      if (String.valueOf(bind.getMessage()).contains("in use")) {
        return new StartException("cannot listen on " + where + ": the port is in use by another process; "
            + "choose another with --port", e);
      }
      return new StartException("cannot listen on " + where + ": " + o.host() + " is not an address of this "
          + "machine (" + bind.getMessage() + "); use --host 127.0.0.1, 0.0.0.0 or one of its own addresses", e);
    }
  }

  public int port() {
    return app.port();
  }

  /** The dashboard's address. */
  /** The live "What changed" feed of the dashboard: a watcher in the same process publishes to it. */
  public ChangeFeed changes() {
    return changes;
  }

  public String url() {
    String host = options.host().equals("0.0.0.0") ? "localhost" : options.host();
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    changes.closeAll();
    app.stop();
    analyses.close();
  }

  private void routes() {
    ApiErrors.install(app);
    app.before(ctx -> {
      // Defence in depth for the dashboard: no inline script runs even if some text escaped escaping.
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
    });
    app.before(ctx -> checkHost(ctx.header("Host")));
    app.before("/api/*", ctx -> {
      if (ctx.method().name().equals("POST")) {
        long length = ctx.contentLength();
        if (length > options.maxBodyBytes()) {
          throw new ApiException(413, "request body of " + length + " bytes is over the limit of "
              + options.maxBodyBytes() + " bytes");
        }
        authorize(ctx);
      }
    });
    app.get("/api/health", ctx -> {
      store.check(); // a store that is down makes this a 503, so a monitor sees it
      json(ctx, Json.object().put("status", "ok"));
    });
    app.get("/api/stats", ctx -> json(ctx, store.counts()));
    app.get("/api/openapi.json", ctx -> {
      ctx.contentType("application/json");
      ctx.result(resource("openapi.json"));
    });
    app.get("/api/articles", ctx -> {
      Map<String, String> p = params(ctx, Set.of("q", "from", "to", "limit", "offset"));
      json(ctx, store.articles(p.get("q"), p.get("from"), p.get("to"), intParam(p, "limit", 50), intParam(p, "offset", 0)));
    });
    app.get("/api/articles/{id}", ctx -> json(ctx, store.article(ctx.pathParam("id"))
        .orElseThrow(() -> new ApiException(404, "no article with id '" + ctx.pathParam("id") + "'"))));
    app.get("/api/events", ctx -> {
      Set<String> allowed = new TreeSet<>(EVENT_PARAMS);
      allowed.add("format");
      Map<String, String> p = params(ctx, allowed);
      if (p.containsKey("format")) {
        EventExport.send(ctx, store, p);
      } else {
        json(ctx, store.events(EventQuery.of(p)));
      }
    });
    app.get("/api/actors", ctx -> {
      Map<String, String> p = params(ctx, Set.of("q", "limit"));
      json(ctx, store.actors(p.get("q"), intParam(p, "limit", 100)));
    });
    app.get("/api/quotes", ctx -> {
      Map<String, String> p = params(ctx, Set.of("speaker", "q", "limit", "offset"));
      json(ctx, store.quotes(p.get("speaker"), p.get("q"), intParam(p, "limit", 50), intParam(p, "offset", 0)));
    });
    app.get("/api/negotiations", ctx -> json(ctx, store.negotiations()));
    app.get("/api/negotiations/{id}/board", ctx -> {
      Map<String, String> p = params(ctx, Set.of("as_of", "format"));
      String id = ctx.pathParam("id");
      String format = p.getOrDefault("format", "json").strip().toLowerCase(Locale.ROOT);
      Supplier<ApiException> unknown = () -> new ApiException(404, "no negotiation track '" + id + "'");
      switch (format) {
        case "json" -> json(ctx, store.board(id, p.get("as_of")).orElseThrow(unknown));
        case "markdown" -> {
          String md = store.boardMarkdown(id, p.get("as_of")).orElseThrow(unknown);
          ctx.contentType("text/markdown; charset=utf-8");
          ctx.header("Content-Disposition", "attachment; filename=\"parley-board-" + id.replaceAll("[^A-Za-z0-9+_-]", "_")
              + ".md\"");
          ctx.result(md);
        }
        default -> throw new IllegalArgumentException("format must be json or markdown, got '" + p.get("format") + "'");
      }
    });
    app.get("/api/stats/timeline", ctx -> {
      Set<String> allowed = new TreeSet<>(EVENT_PARAMS);
      allowed.add("interval");
      Map<String, String> p = params(ctx, allowed);
      json(ctx, store.timeline(EventQuery.of(p), p.get("interval")));
    });
    app.get("/api/graph", ctx -> json(ctx, store.graph(EventQuery.of(params(ctx, EVENT_PARAMS)))));
    app.get("/api/changes", ctx -> {
      params(ctx, Set.of());
      json(ctx, changes.recent());
    });
    app.sse("/api/changes/stream", changes::add);
    app.get("/api/corroboration", ctx -> {
      Map<String, String> p = params(ctx, CORROBORATION_PARAMS);
      String contradicted = p.getOrDefault("contradicted", "false").strip();
      if (!contradicted.equals("true") && !contradicted.equals("false")) {
        throw new IllegalArgumentException("contradicted must be true or false, got '" + p.get("contradicted") + "'");
      }
      StoredCorroboration.Filter filter = new StoredCorroboration.Filter(
          p.containsKey("min_outlets") ? EventQuery.wholeNumber("min_outlets", p.get("min_outlets"), 0, 1000) : 1,
          contradicted.equals("true"),
          p.containsKey("window") ? EventQuery.wholeNumber("window", p.get("window"), 0, 60)
              : Corroboration.DEFAULT_WINDOW_DAYS);
      json(ctx, StoredCorroboration.of(store, EventQuery.of(p), filter));
    });
    app.get("/api/search", ctx -> {
      Map<String, String> p = params(ctx, Set.of("q", "limit"));
      json(ctx, store.search(p.get("q"), intParam(p, "limit", 20)));
    });
    app.post("/api/analyze", ctx -> {
      // ?trace=true: each event with the named steps that made it, for the reader asking "why this code?"
      String traceParam = params(ctx, Set.of("trace")).getOrDefault("trace", "false");
      if (!traceParam.equals("true") && !traceParam.equals("false")) {
        throw new IllegalArgumentException("trace must be true or false, got '" + traceParam + "'");
      }
      boolean trace = traceParam.equals("true");
      RawDocument doc = document(ctx, options.maxBodyBytes());
      Pipeline p = pipeline();
      Article article = p.article(doc);
      json(ctx, analyses.run(() -> AnalysisJson.tree(p.analyze(article), trace)));
    });
    app.post("/api/articles", ctx -> {
      RawDocument doc = document(ctx, options.maxBodyBytes());
      Pipeline p = pipeline();
      Article article = p.article(doc);
      Ingestor.Result r = analyses.run(() -> new Ingestor(store, p::analyze).ingestReporting(article));
      if (r.outcome() == Ingestor.Outcome.FAILED) {
        throw new ApiException(422, r.problem());
      }
      ctx.status(r.outcome() == Ingestor.Outcome.ADDED ? 201 : 200);
      json(ctx, Json.object().put("id", article.id()).put("outcome", r.outcome().name().toLowerCase(Locale.ROOT)));
    });
  }

  /**
   * Refuses a request whose {@code Host} names a host this server does not answer for. A web page on another
   * site can point its own DNS name at 127.0.0.1 ("DNS rebinding") and read the API from the visitor's browser;
   * its requests carry that name, so only this machine's names, IP addresses and {@code --public-host} names
   * are let in.
   */
  void checkHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return; // HTTP/1.0 without Host: no name a page could have chosen
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      return; // an IPv6 literal: an address, not a name
    }
    int colon = h.lastIndexOf(':');
    String name = colon >= 0 ? h.substring(0, colon) : h;
    boolean address = name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (address || name.equals("localhost") || name.endsWith(".localhost")
        || name.equals(options.host().toLowerCase(Locale.ROOT)) || options.publicHosts().contains(name)) {
      return;
    }
    throw new ApiException(421, "this server does not answer for host '" + name + "'; start it with --public-host "
        + name + " to allow that name");
  }

  private Pipeline pipeline() {
    if (pipeline == null) {
      throw new ApiException(503, "this server was started without an analysis pipeline");
    }
    return pipeline;
  }

  private void authorize(Context ctx) {
    if (options.token() == null) {
      throw new ApiException(403, "write endpoints are disabled: start the server with a token (--token or PARLEY_API_TOKEN)");
    }
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing bearer token: send 'Authorization: Bearer <token>'");
    }
    byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "wrong bearer token");
    }
  }

  /**
   * The request body, read through a counter: a chunked upload sends no {@code Content-Length}, so the limit
   * is checked on the bytes themselves, and reading stops one byte past it.
   */
  static String body(Context ctx, long maxBytes) throws IOException {
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      throw new ApiException(413, "request body is over the limit of " + maxBytes + " bytes");
    }
    String charset = ctx.req().getCharacterEncoding();
    try {
      return new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      throw new ApiException(415, "unknown charset '" + charset + "'");
    }
  }

  /** The request body as a raw document: JSON {@code {"text"|"html", "title"?, "published"?, "url"?}}, text or HTML. */
  static RawDocument document(Context ctx, long maxBytes) throws IOException {
    String body = body(ctx, maxBytes);
    if (body.isBlank()) {
      throw new IllegalArgumentException("the body is empty: send JSON {\"text\": ...} or {\"html\": ...}, text/plain or text/html");
    }
    String type = Objects.requireNonNullElse(ctx.contentType(), "").toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html")) {
      return RawDocument.of("api", DocumentFormat.HTML, body);
    }
    if (type.startsWith("text/plain")) {
      return RawDocument.of("api", DocumentFormat.SCRAPED_TEXT, body);
    }
    if (!type.startsWith("application/json")) {
      throw new ApiException(415, "unsupported content type '" + type + "': use application/json, text/plain or text/html");
    }
    // the same strict reader as a JSON Lines input: what one accepts, the other does; the API names an
    // article by its text, never by an id the caller sends
    RawDocument d;
    try {
      d = ArticleRecord.read(body, "api", DocumentFormat.SCRAPED_TEXT);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw m.startsWith("invalid JSON: ")
          ? new IllegalArgumentException("the body is not valid JSON: " + m.substring("invalid JSON: ".length()))
          : e;
    }
    return new RawDocument(d.origin(), d.format(), d.content(), null, d.title(), d.published(), d.url());
  }

  /** The query parameters (first value each); an unknown one is a 400 that lists the known ones. */
  static Map<String, String> params(Context ctx, Set<String> allowed) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'; valid: " + new TreeSet<>(allowed));
      }
      if (!e.getValue().isEmpty()) {
        out.put(e.getKey(), e.getValue().get(0));
      }
    }
    return out;
  }

  private static int intParam(Map<String, String> p, String name, int dflt) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    return name.equals("limit") ? EventQuery.wholeNumber(name, v, 1, EventQuery.MAX_LIMIT)
        : EventQuery.wholeNumber(name, v, 0, Integer.MAX_VALUE);
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json");
    ctx.result(Json.bytes(node));
  }

  private static String resource(String name) {
    try (InputStream in = ParleyServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }

  /** The body of an error for tests and tools: {@code {"error", "status"}}. */
  static ObjectNode error(int status, String message) {
    return Json.object().put("error", message).put("status", status);
  }
}
