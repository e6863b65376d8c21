// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.corroboration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.store.EventQuery;
import org.parley.store.Store;

/** Corroboration over the stored events, as the API answers it ({@code GET /api/corroboration}). */
public final class StoredCorroboration {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredCorroboration() {}

  /**
   * A filter on groups.
   *
   * @param minOutlets   only groups reported by at least this many outlets
   * @param contradicted only groups that some report contradicts
   * @param windowDays   how many days apart two reports of one event may date it
   */
  public record Filter(int minOutlets, boolean contradicted, int windowDays) {
    public Filter {
      if (minOutlets < 0) {
        throw new IllegalArgumentException("min_outlets must be 0 or more, got " + minOutlets);
      }
    }
  }

  /**
   * The groups of the events matching {@code q} (both polarities, every modality: a denial must be seen to be
   * linked), most outlets first, then by first report: {@code {total, items}}, paged by {@code q}'s limit and
   * offset.
   */
  public static ObjectNode of(Store store, EventQuery q, Filter filter) {
    List<Report> reports = new ArrayList<>();
    store.forEachEventRow(q.page(EventQuery.MAX_LIMIT, 0), row -> reports.add(report(row)));
    List<Group> groups = new ArrayList<>();
    for (Group g : new Corroboration(filter.windowDays()).group(reports)) {
      if (g.outlets().size() >= filter.minOutlets() && (!filter.contradicted() || g.contradicted())) {
        groups.add(g);
      }
    }
    groups.sort(Comparator.comparingInt((Group g) -> -g.outlets().size()));
    ObjectNode out = JSON.createObjectNode();
    out.put("total", groups.size());
    ArrayNode items = out.putArray("items");
    for (int i = q.offset(); i < groups.size() && i < q.offset() + q.limit(); i++) {
      items.add(json(groups.get(i)));
    }
    return out;
  }

  /** One event row of {@link Store#forEachEventRow} as a report. */
  static Report report(JsonNode row) {
    LocalDate published = date(text(row, "article_published"));
    LocalDate when = date(text(row, "event_date"));
    return new Report(text(row, "article_id"), text(row, "event_id"), text(row, "outlet"), text(row, "article_title"),
        text(row, "article_url"), published, text(row, "type"), actor(row, "source"), text(row, "source_name"),
        actor(row, "target"), text(row, "target_name"),
        when != null ? when : published, text(row, "place_name"), "negated".equals(text(row, "polarity")),
        text(row, "attributed_to"), text(row, "evidence_text"));
  }

  /** An actor by code when the knowledge base knows one (outlets name one state alike), else by name. */
  private static String actor(JsonNode row, String side) {
    String code = text(row, side + "_code");
    return code != null ? code : text(row, side + "_name");
  }

  /** A whole day, or null for a month, a year or nothing: a vaguer date cannot place a report in a window. */
  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode row, String field) {
    JsonNode n = row.path(field);
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  /** A group as the API gives it: "reported by N outlets, first by X on D", and the reports behind it. */
  public static ObjectNode json(Group g) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", g.id());
    o.put("type", g.type());
    o.put("source", g.source());
    o.put("source_name", g.first().sourceName() != null ? g.first().sourceName() : g.source());
    o.put("target", g.target());
    o.put("target_name", g.first().targetName() != null ? g.first().targetName() : g.target());
    o.put("place", g.place());
    o.put("from", g.from() == null ? null : g.from().toString());
    o.put("to", g.to() == null ? null : g.to().toString());
    o.put("outlet_count", g.outlets().size());
    ArrayNode outlets = o.putArray("outlets");
    g.outlets().forEach(outlets::add);
    o.set("first", report(g.first()));
    o.put("summary", summary(g));
    ArrayNode rs = o.putArray("reports");
    g.reports().forEach(r -> rs.add(report(r)));
    ArrayNode cs = o.putArray("contradictions");
    g.contradictions().forEach(r -> cs.add(report(r)));
    return o;
  }

  /** The group in words, as the dashboard shows it. */
  static String summary(Group g) {
    Report f = g.first();
    String when = f.published() == null ? "" : " on " + f.published();
    String s = g.reports().isEmpty()
        ? "denied by " + f.reporter() + when + ", reported by no outlet"
        : "reported by " + g.outlets().size() + " outlet" + (g.outlets().size() == 1 ? "" : "s") + ", first by "
            + f.reporter() + when;
    if (g.contradicted()) {
      s += "; contradicted by " + g.contradictions().size() + " report" + (g.contradictions().size() == 1 ? "" : "s");
    }
    return s;
  }

  private static ObjectNode report(Report r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article_id", r.articleId());
    o.put("event_id", r.eventId());
    o.put("outlet", r.outlet());
    o.put("title", r.title());
    o.put("url", r.url());
    o.put("published", r.published() == null ? null : r.published().toString());
    o.put("date", r.date() == null ? null : r.date().toString());
    o.put("place", r.place());
    o.put("negated", r.negated());
    o.put("claimed_by", r.claimedBy());
    o.put("evidence", r.evidence());
    return o;
  }
}
