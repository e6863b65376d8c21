// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.corroboration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reports of one event from one or more articles.
 *
 * @param id             stable for the same first report: the first report's article and event
 * @param type           the event type
 * @param source         the source actor, or null
 * @param target         the target actor, or null
 * @param place          where, when a report says so, else null
 * @param from           the earliest date the reports give
 * @param to             the latest
 * @param reports        the reports that say it happened, first report first
 * @param contradictions the reports that say it did not (a denial, "did not attack"), first first
 * @param outlets        the distinct outlets among {@code reports}, in order of their first report
 */
public record Group(String id, String type, String source, String target, String place, LocalDate from, LocalDate to,
                    List<Report> reports, List<Report> contradictions, List<String> outlets) {
  public Group {
    Objects.requireNonNull(id, "id");
    reports = List.copyOf(reports);
    contradictions = List.copyOf(contradictions);
    outlets = List.copyOf(outlets);
  }

  /** The first report: the earliest published (a report with no date comes last). */
  public Report first() {
    return reports.isEmpty() ? contradictions.get(0) : reports.get(0);
  }

  public boolean contradicted() {
    return !contradictions.isEmpty() && !reports.isEmpty();
  }
}
