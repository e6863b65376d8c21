// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.Polarity;
import org.parley.negotiation.IssuePositions;
import org.parley.negotiation.NegotiationBoard;
import org.parley.negotiation.Round;
import org.parley.quotes.Quote;

/**
 * {@code analyze --format markdown}: the table summary as Markdown, so an analyst can paste one article's reading
 * into a note or a ticket. Meaning is spelled out in words ("did not AGREE", "reported", "according to X") because
 * a pasted table loses any colour or badge.
 */
final class AnalysisMarkdown {
  private AnalysisMarkdown() {}

  static void print(PrintWriter out, Analysis a) {
    Function<String, String> name = DemoCommand.actorNames(a, "–", " (", ")");
    String text = a.article().text();
    out.printf("## %s%n%n", cell(a.article().title() == null ? a.article().id() : a.article().title()));
    out.printf("Published %s · article %s%n%n", a.article().published() == null ? "(no date)" : a.article().published(),
        a.article().id());
    out.printf("### Events (%d)%n%n", a.events().size());
    if (!a.events().isEmpty()) {
      out.println("| What | Who | To whom | Negation | Modality | Attributed to | Date | Place | Evidence |");
      out.println("|---|---|---|---|---|---|---|---|---|");
      for (Event e : a.events()) {
        boolean negated = e.polarity() == Polarity.NEGATED;
        out.printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
            (negated ? "did not " : "") + e.type(), cell(name.apply(e.source())), cell(name.apply(e.target())),
            negated ? "negated" : "affirmed", e.modality().json(),
            e.attributedTo() == null ? "–" : cell(name.apply(e.attributedTo())),
            e.date() == null ? "–" : e.date(), e.location() == null ? "–" : cell(e.location().name()),
            cell(e.evidence().get(0).of(text)));
      }
      out.println();
    }
    out.printf("### Quotes (%d)%n%n", a.quotes().size());
    if (!a.quotes().isEmpty()) {
      out.println("| Speaker | Kind | Words |");
      out.println("|---|---|---|");
      for (Quote q : a.quotes()) {
        out.printf("| %s | %s | %s |%n", cell(name.apply(q.speakerId())), q.direct() ? "direct" : "reported",
            cell(q.text()));
      }
      out.println();
    }
    for (NegotiationBoard b : a.negotiations()) {
      out.printf("### Negotiation: %s%n%n", cell(b.parties().stream().map(name).collect(Collectors.joining(" / "))));
      if (!b.mediators().isEmpty()) {
        out.printf("Mediated by %s%n%n", b.mediators().stream().map(name).collect(Collectors.joining(", ")));
      }
      for (Round r : b.rounds()) {
        out.printf("- round %s%n", DemoCommand.roundWords(r));
      }
      for (IssuePositions ip : b.issues()) {
        out.printf("- %s: %s%n", org.parley.negotiation.BoardRenderer.issueWords(ip.issue()),
            DemoCommand.positionWords(ip, name, " "));
      }
      out.println();
    }
  }

  /** One table cell: a pipe would end the cell and a line break the row. */
  static String cell(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").replace("|", "\\|").strip();
  }
}
