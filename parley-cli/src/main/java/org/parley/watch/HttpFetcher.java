// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Fetches feeds and pages politely: a User-Agent naming Parley, conditional requests (ETag, Last-Modified),
 * at most one request per host per {@code hostInterval}, and retries with exponential backoff for what may pass
 * (connection failures, 429 and 5xx). Thread-safe.
 */
public final class HttpFetcher {
  /** What a server said about a resource last time, sent back so that it can answer 304 Not Modified. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /**
   * One answer.
   *
   * @param status      the HTTP status (304 when not modified)
   * @param body        the body, empty when not modified
   * @param contentType the Content-Type header, or null
   * @param validators  what to send next time
   * @param attempts    how many requests it took
   */
  public record Response(int status, byte[] body, String contentType, Validators validators, int attempts) {
    public boolean notModified() {
      return status == 304;
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A fetch that failed after every retry. */
  public static final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    FetchException(String message, int attempts, Throwable cause) {
      super(message, cause);
      this.attempts = attempts;
    }

    public int attempts() {
      return attempts;
    }
  }

  /**
   * @param userAgent    the User-Agent header
   * @param hostInterval the least time between two requests to one host
   * @param retries      further attempts after a failure that may pass
   * @param backoff      the wait before the first retry, doubled for each next one
   * @param maxBytes     the largest body accepted (the ingest input limit)
   */
  public record Settings(String userAgent, Duration hostInterval, int retries, Duration backoff, long maxBytes,
                         Duration timeout) {
    public Settings {
      Objects.requireNonNull(userAgent, "userAgent");
      if (retries < 0) {
        throw new IllegalArgumentException("retries must be at least 0, got " + retries);
      }
    }
  }

  private final HttpClient client;
  private final Settings settings;
  private final Map<String, Long> nextSlot = new HashMap<>();

  public HttpFetcher(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(settings.timeout()).build();
  }

  /**
   * GETs {@code uri}, conditionally when {@code known} has validators. Answers any final status (the caller
   * decides what a 404 means); throws only when no answer came or a retryable status stayed after every retry.
   */
  public Response get(URI uri, Validators known) throws FetchException, InterruptedException {
    Throwable last = null;
    String lastProblem = null;
    long wait = settings.backoff().toMillis();
    int attempts = 0;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      if (attempt > 0) {
        Thread.sleep(wait);
        wait *= 2;
      }
      attempts++;
      awaitTurn(uri.getHost());
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(settings.timeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
      if (known != null && known.etag() != null) {
        rb.header("If-None-Match", known.etag());
      }
      if (known != null && known.lastModified() != null) {
        rb.header("If-Modified-Since", known.lastModified());
      }
      try {
        HttpResponse<InputStream> r = client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = r.statusCode();
        byte[] body;
        try (InputStream in = r.body()) {
          body = status == 304 ? new byte[0] : readAtMost(in, settings.maxBytes(), uri);
        }
        if (status == 429 || status >= 500) {
          lastProblem = "HTTP " + status;
          last = null;
          // A server that says when to come back is believed, within reason.
          long after = r.headers().firstValue("Retry-After").map(HttpFetcher::seconds).orElse(-1L);
          if (after > 0) {
            wait = Math.max(wait, Math.min(after, 120) * 1000);
          }
          continue;
        }
        Validators next = new Validators(r.headers().firstValue("ETag").orElse(null),
            r.headers().firstValue("Last-Modified").orElse(null));
        if (status == 304 && next.etag() == null && next.lastModified() == null) {
          next = known;
        }
        return new Response(status, body, r.headers().firstValue("Content-Type").orElse(null), next, attempts);
      } catch (IOException e) {
        last = e;
        lastProblem = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
      }
    }
    throw new FetchException(lastProblem + " after " + attempts + " attempt" + (attempts == 1 ? "" : "s"), attempts, last);
  }

  private static long seconds(String v) {
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Waits for this host's next free slot: requests to one host are spaced, other hosts are not held up. */
  private void awaitTurn(String host) throws InterruptedException {
    long interval = settings.hostInterval().toNanos();
    if (interval <= 0) {
      return;
    }
    long wait;
    synchronized (nextSlot) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlot.getOrDefault(host, now));
      nextSlot.put(host, slot + interval);
      wait = slot - now;
    }
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static byte[] readAtMost(InputStream in, long cap, URI uri) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > cap) {
        throw new IOException("body of " + uri + " is over " + cap + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
