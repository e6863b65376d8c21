// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.items;
import static org.parley.cli.eval.Py.str;
import static org.parley.cli.eval.Py.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team-written reported-speech check ({@code reported-speech.tsv} beside this class): short news texts with
 * the speech they report and who reports it, scored with the rules of {@code score_quotes.py} applied to indirect
 * quotes ({@code direct: false}): a prediction is right when its words overlap the reported content with Jaccard
 * at least 0.5, and its speaker when one of the speaker's mentions holds half the gold speaker's words. Texts that
 * report no speech count only against precision.
 */
public final class ReportedScorer {
  private ReportedScorer() {}

  /** One check: a text, the content it reports (null when none) and its speaker (null when none). */
  public record Case(String id, String text, String content, String speaker) {}

  /** The bundled check set. */
  public static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = ReportedScorer.class.getResourceAsStream("reported-speech.tsv")) {
      if (in == null) {
        throw new IOException("reported-speech.tsv is missing from the classpath");
      }
      int line = 0;
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        if (f.length != 4) {
          throw new IOException("reported-speech.tsv:" + line + ": expected 4 tab-separated columns");
        }
        out.add(new Case(f[0], f[1], dash(f[2]), dash(f[3])));
      }
    }
    return out;
  }

  private static String dash(String s) {
    return s.strip().equals("-") ? null : s.strip();
  }

  /** Running totals. */
  public static final class Totals {
    int gold;
    int found;
    int speakerOk;
    int predicted;
    int matchedPred;

    /** One line in the referees' style. */
    public String summaryLine() {
      double rec = gold > 0 ? (double) found / gold : 0.0;
      double prec = predicted > 0 ? (double) matchedPred / predicted : 0.0;
      return "reported: gold=" + gold + " recall=" + Py.fixed(rec, 3) + " precision=" + Py.fixed(prec, 3)
          + " speaker_accuracy=" + Py.fixed(found > 0 ? (double) speakerOk / found : 0.0, 3);
    }
  }

  /** Scores one case's analysis; with {@code verbose} names each miss, wrong speaker and spurious report. */
  public static void score(Case c, JsonNode analysis, Totals t, PrintWriter out, boolean verbose) {
    Map<String, JsonNode> actors = new HashMap<>();
    for (JsonNode x : items(get(analysis, "actors"))) {
      actors.put(Py.value(get(x, "id")), x);
    }
    List<JsonNode> preds = new ArrayList<>();
    for (JsonNode q : items(get(analysis, "quotes"))) {
      JsonNode direct = q.get("direct");
      if (direct != null && !truthy(direct)) {
        preds.add(q);
      }
    }
    t.predicted += preds.size();
    Set<Integer> used = new HashSet<>();
    if (c.content() != null) {
      t.gold++;
      Set<String> gw = QuoteScorer.words(c.content());
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < preds.size(); i++) {
        double j = QuoteScorer.jaccard(gw, QuoteScorer.words(str(preds.get(i), "text")));
        if (j > bestScore) {
          best = i;
          bestScore = j;
        }
      }
      if (best < 0 || bestScore < 0.5) {
        if (verbose) {
          out.println("  missed report " + c.id() + ": " + c.content());
        }
      } else {
        t.found++;
        used.add(best);
        JsonNode sp = actors.get(Py.value(get(preds.get(best), "speaker")));
        if (QuoteScorer.speakerMatches(QuoteScorer.words(c.speaker()), sp)) {
          t.speakerOk++;
        } else if (verbose) {
          out.println("  wrong speaker " + c.id() + ": said by '" + c.speaker() + "', got '"
              + (sp == null ? null : str(sp, "name")) + "'");
        }
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (!used.contains(i) && verbose) {
        out.println("  spurious report " + c.id() + ": " + str(preds.get(i), "text"));
      }
    }
    t.matchedPred += used.size();
  }
}
