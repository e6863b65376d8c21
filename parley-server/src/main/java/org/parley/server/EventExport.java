// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.parley.store.EventQuery;
import org.parley.store.Exporter;
import org.parley.store.Store;

/**
 * {@code GET /api/events?format=csv|jsonl|geojson|gdelt&...}: every event matching the filters (not one page), as
 * the dashboard's export buttons download them. CSV, GeoJSON and GDELT are those of {@code parley export}; JSONL is
 * one event row per line with the CSV's fields (issues as a list).
 */
final class EventExport {
  private EventExport() {}

  static void send(Context ctx, Store store, Map<String, String> params) throws Exception {
    String format = params.get("format").strip().toLowerCase(java.util.Locale.ROOT);
    Map<String, String> p = new HashMap<>(params);
    p.remove("format");
    p.remove("limit");
    p.remove("offset");
    EventQuery q = EventQuery.of(p);
    String type = switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      case "geojson" -> "application/geo+json; charset=utf-8";
      case "gdelt" -> "text/tab-separated-values; charset=utf-8";
      default -> throw new IllegalArgumentException("format must be one of csv, jsonl, geojson, gdelt, got '"
          + params.get("format") + "'");
    };
    ctx.contentType(type);
    String extension = format.equals("gdelt") ? "gdelt.tsv" : format;
    ctx.header("Content-Disposition", "attachment; filename=\"parley-events." + extension + "\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    if (format.equals("jsonl")) {
      new Exporter(store).writeEventRows(q, out);
    } else {
      new Exporter(store).write(Exporter.Format.of(format), q, out);
    }
    out.flush();
  }
}
