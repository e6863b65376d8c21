// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.DbSpec;
import org.parley.store.JdbcStore;

/** Starting where the server cannot listen says why; a store that is gone makes the health check fail. */
class ServerStartTest {
  @TempDir
  Path tmp;

  @Test
  void aPortInUseOrAForeignHostIsNamedNotAnInternalError() {
    try (JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("start.duckdb")));
         ParleyServer first = ParleyServer.start(store, null, new ParleyServer.Options("127.0.0.1", 0, null, 4096))) {
      assertThatThrownBy(() -> ParleyServer.start(store, null,
          new ParleyServer.Options("127.0.0.1", first.port(), null, 4096)))
          .isInstanceOf(ParleyServer.StartException.class).hasMessageContaining("in use")
          .hasMessageContaining("127.0.0.1:" + first.port());
      // 192.0.2.1 is reserved for documentation: never an address of this machine
      assertThatThrownBy(() -> ParleyServer.start(store, null, new ParleyServer.Options("192.0.2.1", 0, null, 4096)))
          .isInstanceOf(ParleyServer.StartException.class).hasMessageContaining("not an address of this machine");
    }
  }

  @Test
  void healthIs503WhenTheStoreCannotBeUsed() throws Exception {
    JdbcStore store = JdbcStore.open(DbSpec.duckdb(tmp.resolve("health.duckdb")));
    try (ParleyServer server = ParleyServer.start(store, null, new ParleyServer.Options("127.0.0.1", 0, null, 4096))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest health = HttpRequest.newBuilder(URI.create(server.url() + "api/health")).build();
      assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      store.close();
      HttpResponse<String> down = http.send(health, HttpResponse.BodyHandlers.ofString());
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("not available").doesNotContain("health.duckdb");
    }
  }
}
