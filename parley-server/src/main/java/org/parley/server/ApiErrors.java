// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.store.StoreException;

/**
 * The API's one error mapping: every failure becomes {@code {"error": message, "status": code}}.
 * Caller mistakes (bad parameters) are 400, missing or wrong tokens 401, unknown ids 404, oversize bodies
 * 413, an unreachable store or a full analysis pool 503 (the latter with {@code Retry-After}); anything else is a 500 whose details stay in the server log.
 */
final class ApiErrors {
  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  private ApiErrors() {}

  static void install(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> {
      if (e.retryAfterSeconds() > 0) {
        ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
      }
      send(ctx, e.status(), e.getMessage());
    });
    app.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(),
        e.getStatus() == 413 ? "request body too large" : e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.log(Level.WARNING, "store failure on " + ctx.path(), e);
      // the details name the store's file or server: they stay in the log, not in a public response
      send(ctx, 503, "the store is not available; see the server log");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.log(Level.SEVERE, "internal error on " + ctx.path(), e);
      send(ctx, 500, "internal error; see the server log");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        send(ctx, 404, "no such resource: " + ctx.path());
      }
    });
  }

  static void send(Context ctx, int status, String message) {
    ctx.status(status);
    ctx.contentType("application/json");
    ctx.result(Json.string(Json.object().put("error", message).put("status", status)));
  }
}
