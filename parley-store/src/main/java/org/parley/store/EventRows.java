// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.parley.events.CameoScale;
import org.parley.places.Gazetteer;

/**
 * What an analyst needs beside a stored event row and that the row only implies: the outlet that published
 * it, a link to the original that is safe to follow, the quad class and Goldstein weight of its CAMEO code,
 * and how precise its date and place are. Added to API rows and to every export, never stored.
 */
public final class EventRows {
  private EventRows() {}

  /** Adds {@code outlet}, a safe {@code article_url}, {@code quad_class}, {@code quad}, {@code goldstein},
   *  {@code date_precision} and {@code place_precision} to a row that has the stored event columns. */
  public static ObjectNode enrich(ObjectNode row) {
    String url = safeUrl(text(row, "article_url"));
    if (row.has("article_url")) {
      row.put("article_url", url);
    }
    row.put("outlet", outlet(text(row, "article_source"), url));
    String cameo = text(row, "cameo");
    Optional<Integer> quad = CameoScale.quadClass(cameo);
    if (quad.isPresent()) {
      row.put("quad_class", quad.get());
      row.put("quad", CameoScale.quadName(quad.get()));
    } else {
      row.putNull("quad_class");
      row.putNull("quad");
    }
    Optional<Double> g = CameoScale.goldstein(cameo);
    if (g.isPresent()) {
      row.put("goldstein", g.get());
    } else {
      row.putNull("goldstein");
    }
    row.put("date_precision", datePrecision(text(row, "event_date")));
    row.put("place_precision", placePrecision(text(row, "place_name"), text(row, "place_country"),
        row.path("lat").isNumber()));
    return row;
  }

  /** The publisher as the feed or page named it, else the web site's host without {@code www.}. */
  public static String outlet(String source, String url) {
    if (source != null && !source.isBlank()) {
      return source.strip();
    }
    if (url == null) {
      return null;
    }
    String host = URI.create(url).getHost();
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * The article's address when it is a web address ({@code http} or {@code https}), else null: a local path,
   * a WARC record or a {@code javascript:} address must never become a link or a GDELT SOURCEURL.
   */
  public static String safeUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** {@code day}, {@code month} or {@code year} as far as the event's own date goes; {@code none} without one. */
  public static String datePrecision(String date) {
    if (date == null) {
      return "none";
    }
    return switch (date.length()) {
      case 10 -> "day";
      case 7 -> "month";
      case 4 -> "year";
      default -> "none";
    };
  }

  /**
   * {@code town} for a located town or city, {@code region} for a province or region, {@code country} when
   * only the country is named, {@code unlocated} for a name the gazetteer does not place, {@code none}.
   */
  public static String placePrecision(String name, String country, boolean located) {
    if (name == null) {
      return "none";
    }
    if (!located) {
      return "unlocated";
    }
    Optional<Gazetteer.Entry> e = Gazetteer.bundled().lookup(name, country);
    if (e.isPresent() && e.get().isCountry()) {
      return "country";
    }
    if (e.isPresent() && e.get().feature().startsWith("A.")) {
      return "region";
    }
    return "town";
  }

  private static String text(ObjectNode row, String field) {
    return row.path(field).isNull() || row.path(field).isMissingNode() ? null : row.path(field).asText();
  }
}
