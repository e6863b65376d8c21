// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The dashboard's live "What changed": the latest changes a watcher found (the alerts' bodies), kept for a page
 * that opens later ({@code GET /api/changes}), and pushed to every open page as a server-sent event
 * ({@code GET /api/changes/stream}, event {@code change}), so that it updates without reload. Thread-safe.
 */
public final class ChangeFeed {
  /** How many changes a page that opens later is shown. */
  static final int KEEP = 50;

  private final Deque<JsonNode> recent = new ArrayDeque<>();
  private final List<SseClient> clients = new ArrayList<>();

  /** Tells every open page of {@code change} and keeps it for those that open later. */
  public synchronized void publish(JsonNode change) {
    recent.addFirst(change);
    while (recent.size() > KEEP) {
      recent.removeLast();
    }
    String data = new String(Json.bytes(change), java.nio.charset.StandardCharsets.UTF_8);
    clients.removeIf(SseClient::terminated);
    for (SseClient c : clients) {
      c.sendEvent("change", data);
    }
  }

  /** The latest changes, newest first: {@code {items}}. */
  synchronized ObjectNode recent() {
    ObjectNode o = Json.object();
    ArrayNode items = o.putArray("items");
    recent.forEach(items::add);
    return o;
  }

  /** Keeps {@code client} open until the page goes away or the server stops. */
  synchronized void add(SseClient client) {
    client.keepAlive();
    client.onClose(() -> remove(client));
    clients.add(client);
  }

  private synchronized void remove(SseClient client) {
    clients.remove(client);
  }

  /** Ends every open stream, so that stopping the server waits for none of them. */
  synchronized void closeAll() {
    for (SseClient c : new ArrayList<>(clients)) {
      c.close();
    }
    clients.clear();
  }
}
