// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs alerts as JSON, signed: {@code X-Parley-Signature: sha256=HEX} is the HMAC-SHA256 of the exact body
 * bytes under the shared secret, so a receiver can tell Parley's alerts from anyone else's POSTs; and
 * {@code X-Parley-Alert-Id} carries the alert's id, by which a receiver drops the copy a lost answer can cause.
 * A failed delivery (no connection, a status other than 2xx) is retried with doubling waits.
 */
public final class WebhookSender {
  public static final String SIGNATURE_HEADER = "X-Parley-Signature";
  public static final String ID_HEADER = "X-Parley-Alert-Id";

  private final URI webhook;
  private final byte[] secret;
  private final String userAgent;
  private final int retries;
  private final Duration backoff;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public WebhookSender(URI webhook, byte[] secret, String userAgent, int retries, Duration backoff) {
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.secret = secret.clone();
    if (this.secret.length == 0) {
      throw new IllegalArgumentException("the webhook secret is empty");
    }
    this.userAgent = userAgent;
    this.retries = retries;
    this.backoff = backoff;
  }

  /** The signature header's value for {@code body}. */
  public static String signature(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** Delivers {@code body} for alert {@code id}; the problem after the last attempt, or null when delivered. */
  public String send(String id, byte[] body) throws InterruptedException {
    String sig = signature(secret, body);
    String problem = null;
    long wait = backoff.toMillis();
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        Thread.sleep(wait);
        wait *= 2;
      }
      HttpRequest req = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json").header("User-Agent", userAgent)
          .header(ID_HEADER, id).header(SIGNATURE_HEADER, sig)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      try {
        int status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300) {
          return null;
        }
        problem = "HTTP " + status;
      } catch (IOException e) {
        problem = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
      }
    }
    return problem + " after " + (retries + 1) + " attempts";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
