// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Writes stored analyses out: {@code jsonl} (the contract, one article per line), {@code csv} (one event per
 * row, for spreadsheets), {@code parquet} (the same rows, written by an in-memory DuckDB so any store can
 * export it), {@code gdelt} (GDELT 2.0 event table columns, tab-separated; see {@code docs/gdelt-export.md}) and
 * {@code geojson} (the placed events as an RFC 7946 FeatureCollection of points, for a map).
 */
public final class Exporter {
  /** The export formats, as {@code --format} names them. */
  public enum Format { JSONL, CSV, PARQUET, GDELT, GEOJSON;

    public static Format of(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown export format '" + name + "'; valid: jsonl, csv, parquet, gdelt, geojson");
    }
  }

  /** Event row columns of the CSV and Parquet exports, in order. */
  public static final List<String> EVENT_COLUMNS = List.of("article_id", "article_title", "article_published",
      "article_url", "article_source", "outlet", "event_id", "type", "mode", "cameo", "quad_class", "goldstein",
      "polarity", "modality", "attributed_to", "source_name", "source_code", "source_country", "target_name",
      "target_code", "target_country", "stance", "issues", "event_date", "date_precision", "date_text", "place_name",
      "place_country", "lat", "lon", "place_precision", "confidence", "evidence_text");

  /** GDELT 2.0 event table columns, in GDELT's order (61). */
  public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** Writes a text format ({@code jsonl}, {@code csv}, {@code gdelt}) to {@code out}; returns the rows written. */
  public long write(Format format, EventQuery q, Writer out) {
    long[] n = {0};
    try {
      switch (format) {
        case JSONL -> store.forEachAnalysis(q, line -> {
          emit(out, line + "\n");
          n[0]++;
        });
        case CSV -> {
          emit(out, String.join(",", EVENT_COLUMNS) + "\r\n");
          store.forEachEventRow(q, row -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < EVENT_COLUMNS.size(); i++) {
              b.append(i == 0 ? "" : ",").append(csv(row.get(EVENT_COLUMNS.get(i))));
            }
            emit(out, b.append("\r\n").toString());
            n[0]++;
          });
        }
        case GDELT -> store.forEachEventRow(q, row -> {
          String[] cols = gdelt(row, n[0] + 1);
          if (cols != null) {
            emit(out, String.join("\t", cols) + "\n");
            n[0]++;
          }
        });
        case GEOJSON -> n[0] = writeGeoJson(q, out);
        case PARQUET -> throw new IllegalArgumentException("parquet is binary: give --out FILE");
        default -> throw new IllegalStateException("unhandled format " + format);
      }
      out.flush();
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  /** Writes the event rows as Parquet to {@code file}; returns the rows written. */
  public long writeParquet(EventQuery q, Path file) {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = duck.createStatement()) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE events (");
        for (int i = 0; i < EVENT_COLUMNS.size(); i++) {
          String c = EVENT_COLUMNS.get(i);
          String type = switch (c) {
            case "lat", "lon", "confidence", "goldstein" -> "DOUBLE";
            case "quad_class" -> "INTEGER";
            case "article_published" -> "DATE";
            default -> "VARCHAR";
          };
          ddl.append(i == 0 ? "" : ", ").append(c).append(' ').append(type);
        }
        s.execute(ddl.append(")").toString());
      }
      long[] n = {0};
      String insert = "INSERT INTO events VALUES (" + "?,".repeat(EVENT_COLUMNS.size() - 1) + "?)";
      try (PreparedStatement p = duck.prepareStatement(insert)) {
        store.forEachEventRow(q, row -> {
          try {
            for (int i = 0; i < EVENT_COLUMNS.size(); i++) {
              JsonNode v = row.get(EVENT_COLUMNS.get(i));
              if (v == null || v.isNull()) {
                p.setObject(i + 1, null);
              } else if (EVENT_COLUMNS.get(i).equals("quad_class")) {
                p.setInt(i + 1, v.asInt());
              } else if (v.isNumber()) {
                p.setDouble(i + 1, v.asDouble());
              } else if (EVENT_COLUMNS.get(i).equals("article_published")) {
                p.setDate(i + 1, java.sql.Date.valueOf(v.asText()));
              } else {
                p.setString(i + 1, v.asText());
              }
            }
            p.addBatch();
            n[0]++;
          } catch (SQLException e) {
            throw new StoreException("cannot stage a row for Parquet: " + e.getMessage(), e);
          }
        });
        p.executeBatch();
      }
      Path abs = file.toAbsolutePath();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      try (Statement s = duck.createStatement()) {
        // issues as a LIST of strings, not one comma-joined string (an empty list when there are none)
        s.execute("COPY (SELECT * REPLACE (CASE WHEN issues IS NULL OR issues = '' THEN []::VARCHAR[] "
            + "ELSE string_split(issues, ',') END AS issues) FROM events) TO '" + abs.toString().replace("'", "''")
            + "' (FORMAT PARQUET)");
      }
      return n[0];
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet to " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
  }

  /** Writes the event rows (as the CSV has them, issues as a list) one JSON object per line; returns the rows. */
  public long writeEventRows(EventQuery q, Writer out) {
    long[] n = {0};
    store.forEachEventRow(q, row -> {
      ObjectNode o = row.objectNode();
      for (String c : EVENT_COLUMNS) {
        o.set(c, row.get(c));
      }
      com.fasterxml.jackson.databind.node.ArrayNode issues = o.putArray("issues");
      for (String i : row.path("issues").asText("").split(",")) {
        if (!i.isEmpty()) {
          issues.add(i);
        }
      }
      emit(out, o + "\n");
      n[0]++;
    });
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
    return n[0];
  }

  /** Properties of a GeoJSON feature: what a map's pop-up and legend need, in the CSV's column names. */
  static final List<String> GEOJSON_PROPERTIES = List.of("event_id", "type", "cameo", "quad_class", "goldstein",
      "polarity", "modality", "attributed_to", "source_name", "target_name", "event_date", "date_precision",
      "place_name", "place_country", "place_precision", "article_id", "article_title", "article_url", "outlet",
      "evidence_text");

  /**
   * The events that have coordinates, as one GeoJSON FeatureCollection (RFC 7946: longitude first, WGS 84), one
   * point feature per event, written as they stream from the store. Events placed only at country level without
   * coordinates, or not placed at all, are left out: a map cannot show them, and the count returned says how many
   * made it.
   */
  private long writeGeoJson(EventQuery q, Writer out) {
    long[] n = {0};
    emit(out, "{\"type\":\"FeatureCollection\",\"features\":[");
    store.forEachEventRow(q, row -> {
      if (!row.path("lat").isNumber() || !row.path("lon").isNumber()) {
        return;
      }
      ObjectNode f = row.objectNode();
      f.put("type", "Feature");
      ObjectNode geometry = f.putObject("geometry");
      geometry.put("type", "Point");
      geometry.putArray("coordinates").add(row.path("lon").asDouble()).add(row.path("lat").asDouble());
      ObjectNode props = f.putObject("properties");
      for (String c : GEOJSON_PROPERTIES) {
        JsonNode v = row.get(c);
        props.set(c, v == null ? props.nullNode() : v);
      }
      emit(out, (n[0] == 0 ? "\n" : ",\n") + f);
      n[0]++;
    });
    emit(out, "\n]}\n");
    return n[0];
  }

  /**
   * One GDELT 2.0 row, or null for an event GDELT cannot express (negated or hypothetical ones: GDELT has
   * no polarity or mood, so only positive asserted, reported or intended events are exported).
   */
  static String[] gdelt(ObjectNode row, long id) {
    if (!row.path("polarity").asText("").equals("positive") || row.path("modality").asText("").equals("hypothetical")) {
      return null;
    }
    String[] c = new String[GDELT_COLUMNS.size()];
    java.util.Arrays.fill(c, "");
    String date = row.path("event_date").asText("");
    if (date.length() != 10) {
      date = row.path("article_published").asText("");
    }
    String ymd = date.length() == 10 ? date.replace("-", "") : "";
    c[0] = Long.toString(id);
    c[1] = ymd;
    c[2] = ymd.length() == 8 ? ymd.substring(0, 6) : "";
    c[3] = ymd.length() == 8 ? ymd.substring(0, 4) : "";
    if (ymd.length() == 8) {
      java.time.LocalDate d = java.time.LocalDate.parse(date);
      c[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
    }
    c[5] = cameoActor(row, "source");
    c[6] = upper(row.path("source_name").asText(""));
    c[7] = row.path("source_country").asText("");
    c[12] = sectorOf(row.path("source_code").asText(""));
    c[15] = cameoActor(row, "target");
    c[16] = upper(row.path("target_name").asText(""));
    c[17] = row.path("target_country").asText("");
    c[22] = sectorOf(row.path("target_code").asText(""));
    c[25] = "0";
    String cameo = row.path("cameo").asText("");
    c[26] = cameo;
    c[27] = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    c[28] = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    c[29] = row.path("quad_class").isNumber() ? row.path("quad_class").asText() : "";
    c[30] = row.path("goldstein").isNumber() ? String.format(Locale.ROOT, "%.1f", row.path("goldstein").asDouble()) : "";
    c[31] = "1";
    c[32] = "1";
    c[33] = "1";
    if (!row.path("place_name").asText("").isEmpty()) {
      boolean point = row.path("lat").isNumber();
      c[51] = point ? "4" : "1";
      c[52] = row.path("place_name").asText("").replace('\t', ' ');
      c[53] = row.path("place_country").asText("");
      c[56] = point ? row.path("lat").asText() : "";
      c[57] = point ? row.path("lon").asText() : "";
    }
    String added = row.path("ingested_at").asText("");
    c[59] = added.length() >= 19 ? added.substring(0, 19).replaceAll("[-T:]", "") : "";
    // A real web address or nothing: never a local file or archive path (EventRows.safeUrl).
    c[60] = row.path("article_url").isTextual() ? row.path("article_url").asText() : "";
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].replace('\t', ' ').replace('\n', ' ');
    }
    return c;
  }

  private static String cameoActor(ObjectNode row, String end) {
    String code = row.path(end + "_code").asText("");
    return code.replaceAll("[^A-Z]", "");
  }

  private static String sectorOf(String code) {
    return code.length() >= 6 ? code.substring(3, 6) : "";
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT).replace('\t', ' ');
  }

  static String csv(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    String s = v.asText();
    // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !v.isNumber()) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static void emit(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
