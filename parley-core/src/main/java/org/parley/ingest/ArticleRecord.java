// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one reader of an article given as JSON, {@code {"text"|"html", "id"?, "title"?, "published"?, "url"?}}:
 * a line of a JSON Lines input and the body of {@code POST /api/analyze} are read by the same strict rules, so
 * what one accepts the other does too. A record is one JSON object and nothing after it; it holds exactly one
 * of {@code text} and {@code html}, as a string; {@code title} and {@code url} are strings, {@code id} a string
 * or a whole number, {@code published} an ISO date ({@code YYYY-MM-DD}, perhaps followed by a time). Any other
 * shape is refused with a message naming the field, never read as something else or silently ignored.
 */
public final class ArticleRecord {
  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ArticleRecord() {}

  /**
   * Reads one record.
   *
   * @param origin     names the record in problems and becomes the document's origin
   * @param textFormat how a {@code text} field is cleaned: {@link DocumentFormat#PLAIN_TEXT} or scraped text
   * @throws IllegalArgumentException naming what is wrong
   */
  public static RawDocument read(String json, String origin, DocumentFormat textFormat) {
    JsonNode node;
    try {
      node = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if ((text == null) == (html == null)) {
      throw new IllegalArgumentException("give exactly one of \"text\" and \"html\"");
    }
    return new RawDocument(origin, text != null ? textFormat : DocumentFormat.HTML, text != null ? text : html,
        id(node), string(node, "title"), published(node), string(node, "url"));
  }

  /** A string field, null when absent or null; any other type is an error. */
  private static String string(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string, got " + v.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(v.toString()));
    }
    return v.asText();
  }

  private static String id(JsonNode node) {
    JsonNode v = node.get("id");
    if (v != null && v.isIntegralNumber()) {
      return v.asText(); // numbered records ("id": 17) are common in data sets
    }
    return string(node, "id");
  }

  private static LocalDate published(JsonNode node) {
    String date = string(node, "published");
    if (date == null || date.isBlank()) {
      return null;
    }
    String d = date.strip();
    try {
      if (d.length() > 10 && (d.charAt(10) == 'T' || d.charAt(10) == ' ')) {
        d = d.substring(0, 10); // a timestamp: its day
      }
      return LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"published\" must be an ISO date (YYYY-MM-DD), got '" + abbreviate(date)
          + "'");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
