// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows a negotiation track for people: an issues × sides grid with each side's latest stance, its date and
 * source, then the rounds, the stance changes and the reports that contradict each other. As a plain-text
 * table, as Markdown, or as one JSON object per track.
 */
public final class BoardRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int EVIDENCE_CHARS = 110;

  private BoardRenderer() {}

  /** The plain-text board. */
  public static String table(NegotiationTrack t, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    out.append(title(t)).append('\n');
    out.append(subtitle(t, asOf)).append("\n\n");
    List<List<String>> rows = grid(t);
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      out.append(line(rows.get(r), widths)).append('\n');
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
          rule.add("-".repeat(w));
        }
        out.append(line(rule, widths)).append('\n');
      }
    }
    if (rows.size() == 1) {
      out.append("(no stances reported)\n");
    }
    out.append("\nRounds\n");
    if (t.rounds().isEmpty()) {
      out.append("  (none reported)\n");
    }
    for (TrackRound r : t.rounds()) {
      out.append("  ").append(roundLine(r)).append('\n');
    }
    List<StanceChange> changes = t.changes();
    out.append("\nStance changes\n");
    if (changes.isEmpty()) {
      out.append("  (none)\n");
    }
    for (StanceChange c : changes) {
      out.append("  ").append(changeLine(t, c)).append('\n');
    }
    List<StanceConflict> conflicts = t.conflicts();
    if (!conflicts.isEmpty()) {
      out.append("\nContradictory reports\n");
      for (StanceConflict c : conflicts) {
        out.append("  ").append(c.date()).append("  ").append(t.name(c.side())).append(" on ").append(issueWords(c.issue()))
            .append(":\n");
        for (StanceReport r : c.reports()) {
          out.append("      ").append(r.stance().json()).append(" according to ").append(credit(r.from())).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The board as Markdown. */
  public static String markdown(NegotiationTrack t, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title(t)).append("\n\n").append(subtitle(t, asOf)).append("\n\n");
    List<List<String>> rows = grid(t);
    for (int r = 0; r < rows.size(); r++) {
      out.append("| ").append(rows.get(r).stream().map(BoardRenderer::md).collect(Collectors.joining(" | ")))
          .append(" |\n");
      if (r == 0) {
        out.append("|").append("---|".repeat(rows.get(0).size())).append('\n');
      }
    }
    out.append("\n### Rounds\n\n");
    if (t.rounds().isEmpty()) {
      out.append("None reported.\n");
    }
    for (TrackRound r : t.rounds()) {
      out.append("- ").append(md(roundLine(r))).append('\n');
    }
    out.append("\n### Stance changes\n\n");
    List<StanceChange> changes = t.changes();
    if (changes.isEmpty()) {
      out.append("None.\n");
    }
    for (StanceChange c : changes) {
      out.append("- ").append(md(changeLine(t, c))).append('\n');
    }
    List<StanceConflict> conflicts = t.conflicts();
    if (!conflicts.isEmpty()) {
      out.append("\n### Contradictory reports\n\n");
      for (StanceConflict c : conflicts) {
        out.append("- ").append(c.date()).append(", ").append(md(t.name(c.side()))).append(" on ").append(issueWords(c.issue()))
            .append(": ").append(c.reports().stream().map(r -> r.stance().json() + " according to " + md(credit(r.from())))
                .collect(Collectors.joining("; "))).append('\n');
      }
    }
    return out.toString();
  }

  /** The board as one line of JSON: {@link #tree} written out. */
  public static String json(NegotiationTrack t, LocalDate asOf) {
    // A tree's toString is compact JSON written with Jackson's default settings, those of MAPPER.
    return tree(t, asOf).toString();
  }

  /** An issue key as people write it: {@code prisoner_exchange} becomes "prisoner exchange" (the JSON keeps the key). */
  public static String issueWords(String key) {
    return key == null ? null : key.replace('_', ' ');
  }

  /**
   * The board as a JSON tree: id, parties and mediators (with the dates they were reported mediating), the
   * issues × sides grid of latest stances, every side's stance timeline, rounds, changes, conflicts and the
   * contributing articles. Every report names its article, outlet, publication day and evidence sentence, with
   * the sentence's offsets in the article text when known.
   */
  public static ObjectNode tree(NegotiationTrack t, LocalDate asOf) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", t.id());
    o.put("as_of", asOf == null ? null : asOf.toString());
    ArrayNode parties = o.putArray("parties");
    t.parties().forEach(p -> parties.addObject().put("side", p).put("name", t.name(p)));
    ArrayNode mediators = o.putArray("mediators");
    for (MediatorRecord m : t.mediators()) {
      ObjectNode mo = mediators.addObject().put("side", m.side()).put("name", t.name(m.side()))
          .put("first", m.first()).put("last", m.last());
      ArrayNode arts = mo.putArray("articles");
      m.articles().forEach(arts::add);
    }
    ArrayNode board = o.putArray("board");
    ArrayNode timeline = o.putArray("timeline");
    for (String issue : t.issues()) {
      ObjectNode io = board.addObject().put("issue", issue);
      ArrayNode cells = io.putArray("positions");
      for (String side : t.sides()) {
        List<StanceReport> latest = t.latest(side, issue);
        if (latest.isEmpty()) {
          continue;
        }
        ObjectNode cell = cells.addObject().put("side", side).put("date", latest.get(0).date())
            .put("contested", t.contested(side, issue));
        ArrayNode reports = cell.putArray("reports");
        latest.forEach(r -> report(reports.addObject().put("stance", r.stance().json()), r.from()));
        ObjectNode line = timeline.addObject().put("issue", issue).put("side", side);
        ArrayNode all = line.putArray("reports");
        t.timeline(side, issue).forEach(r -> report(all.addObject().put("stance", r.stance().json())
            .put("date", r.date()), r.from()));
      }
    }
    ArrayNode rounds = o.putArray("rounds");
    for (TrackRound r : t.rounds()) {
      ObjectNode ro = rounds.addObject().put("date", r.date()).put("name", r.name()).put("location", r.location())
          .put("level", r.level()).put("outcome", r.outcome().json()).put("contested", r.contested())
          .put("status", (r.scheduled() ? RoundStatus.SCHEDULED : RoundStatus.HELD).json());
      ArrayNode reports = ro.putArray("reports");
      r.reports().forEach(rr -> report(reports.addObject().put("outcome", rr.outcome().json()), rr.from()));
    }
    ArrayNode changes = o.putArray("changes");
    for (StanceChange c : t.changes()) {
      ObjectNode co = changes.addObject().put("side", c.side()).put("issue", c.issue()).put("date", c.date());
      ArrayNode before = co.putArray("from");
      c.before().forEach(x -> before.add(x.json()));
      ArrayNode after = co.putArray("to");
      c.after().forEach(x -> after.add(x.json()));
      report(co.putObject("shown_by"), c.shownBy());
    }
    ArrayNode conflicts = o.putArray("conflicts");
    for (StanceConflict c : t.conflicts()) {
      ObjectNode co = conflicts.addObject().put("side", c.side()).put("issue", c.issue()).put("date", c.date());
      ArrayNode reports = co.putArray("reports");
      c.reports().forEach(r -> report(reports.addObject().put("stance", r.stance().json()), r.from()));
    }
    ArrayNode articles = o.putArray("articles");
    t.articles().forEach(articles::add);
    return o;
  }

  private static void report(ObjectNode o, TrackSource from) {
    o.put("article", from.articleId()).put("outlet", from.source())
        .put("published", from.published() == null ? null : from.published().toString())
        .put("evidence", from.evidence());
    if (from.span() != null) {
      o.put("start", from.span().start()).put("end", from.span().end());
    }
  }

  private static String title(NegotiationTrack t) {
    return t.parties().stream().map(p -> t.name(p).equals(p) ? p : t.name(p) + " (" + p + ")")
        .collect(Collectors.joining(" – "));
  }

  private static String subtitle(NegotiationTrack t, LocalDate asOf) {
    String mediators = t.mediators().isEmpty() ? "none reported" : t.mediators().stream()
        .map(m -> t.name(m.side()) + " " + span(m.first(), m.last())).collect(Collectors.joining(", then "));
    return (asOf == null ? "as of the latest report" : "as of " + asOf) + " · " + t.articles().size()
        + (t.articles().size() == 1 ? " article" : " articles") + " · mediators: " + mediators;
  }

  private static String span(String first, String last) {
    if (first == null) {
      return "(undated)";
    }
    return first.equals(last) ? "(" + first + ")" : "(" + first + " to " + last + ")";
  }

  /** Header row, then one row per issue; a cell is the latest stance, its date and its outlet. */
  private static List<List<String>> grid(NegotiationTrack t) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("issue");
    for (String side : t.sides()) {
      header.add(t.parties().contains(side) ? t.name(side) : t.name(side) + " (mediator)");
    }
    rows.add(header);
    for (String issue : t.issues()) {
      List<String> row = new ArrayList<>();
      row.add(issueWords(issue));
      for (String side : t.sides()) {
        row.add(cell(t, side, issue));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String cell(NegotiationTrack t, String side, String issue) {
    List<StanceReport> latest = t.latest(side, issue);
    if (latest.isEmpty()) {
      return "–";
    }
    if (t.contested(side, issue)) {
      return "CONTESTED " + latest.get(0).date() + ": " + latest.stream()
          .map(r -> r.stance().json() + " [" + r.from().outlet() + "]").collect(Collectors.joining(" vs "));
    }
    String stances = latest.stream().map(r -> r.stance().json()).distinct().collect(Collectors.joining("/"));
    String outlets = latest.stream().map(r -> r.from().outlet()).distinct().collect(Collectors.joining(", "));
    return stances + " " + latest.get(0).date() + " [" + outlets + "]";
  }

  private static String roundLine(TrackRound r) {
    StringBuilder s = new StringBuilder();
    s.append(r.date() == null ? "undated" : r.date());
    if (r.name() != null) {
      s.append("  ").append(r.name());
    }
    if (r.location() != null) {
      s.append("  ").append(r.location());
    }
    if (r.level() != null) {
      s.append("  ").append(r.level());
    }
    s.append("  ").append(r.scheduled() ? "scheduled" : r.outcome().json().replace('_', ' '));
    if (r.contested()) {
      s.append("  CONTESTED: ").append(r.reports().stream()
          .filter(x -> x.outcome() != Outcome.UNKNOWN)
          .map(x -> x.outcome().json().replace('_', ' ') + " [" + x.from().outlet() + "]")
          .collect(Collectors.joining(" vs ")));
    } else {
      s.append("  [").append(r.reports().stream().map(x -> x.from().outlet()).distinct()
          .collect(Collectors.joining(", "))).append("]");
    }
    return s.toString();
  }

  private static String changeLine(NegotiationTrack t, StanceChange c) {
    return c.date() + "  " + t.name(c.side()) + " on " + issueWords(c.issue()) + ": " + c.arrow() + "  (" + credit(c.shownBy()) + ")";
  }

  private static String credit(TrackSource from) {
    StringBuilder s = new StringBuilder(from.outlet());
    if (!from.articleId().equals(from.outlet())) {
      s.append(", ").append(from.articleId());
    }
    if (from.evidence() != null) {
      String e = from.evidence();
      if (e.length() > EVIDENCE_CHARS) {
        e = e.substring(0, EVIDENCE_CHARS - 1).strip() + "…";
      }
      s.append(": \"").append(e).append('"');
    }
    return s.toString();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append("  ");
      }
      s.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    return s.toString().stripTrailing();
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }
}
