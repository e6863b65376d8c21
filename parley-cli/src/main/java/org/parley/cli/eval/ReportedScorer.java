// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.str;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team-written reported-speech check ({@code reported-speech.tsv}, wire-style sentences, and
 * {@code reported-speech-styles.tsv}, wire, broadcast-transcript and British conventions and speakers from the
 * discourse, both beside this class): short news texts with
 * the speech they report and who reports it, scored with the rules of {@code score_quotes.py} applied to indirect
 * quotes ({@code direct: false}): a prediction is right when its words overlap the reported content with Jaccard
 * at least 0.5, and its speaker when one of the speaker's mentions holds half the gold speaker's words. Texts that
 * report no speech count only against precision.
 */
public final class ReportedScorer {
  private ReportedScorer() {}

  /** The bundled sets, each a TSV resource beside this class. */
  public static final List<String> SETS = List.of("reported-speech", "reported-speech-styles");

  /**
   * One check: a text, the content it reports (null when none) and its speaker (null when none), from {@code set}.
   */
  public record Case(String set, String id, String text, String content, String speaker) {}

  /** Every bundled check, set by set. */
  public static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String set : SETS) {
      out.addAll(cases(set));
    }
    return out;
  }

  /** The checks of one bundled set; a literal {@code \n} in a text is a paragraph break. */
  public static List<Case> cases(String set) throws IOException {
    List<Case> out = new ArrayList<>();
    String name = set + ".tsv";
    try (InputStream in = ReportedScorer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is missing from the classpath");
      }
      int line = 0;
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        if (f.length != 4) {
          throw new IOException(name + ":" + line + ": expected 4 tab-separated columns");
        }
        out.add(new Case(set, f[0], f[1].replace("\\n", "\n\n"), dash(f[2]), dash(f[3])));
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
      return summaryLine("reported");
    }

    /** Precision of the indirect quotes predicted. */
    public double precision() {
      return predicted > 0 ? (double) matchedPred / predicted : 0.0;
    }

    /** Share of the found reports whose speaker is right. */
    public double speakerAccuracy() {
      return found > 0 ? (double) speakerOk / found : 0.0;
    }

    /** Share of the reports found. */
    public double recall() {
      return gold > 0 ? (double) found / gold : 0.0;
    }

    /** One line in the referees' style, named {@code label}. */
    public String summaryLine(String label) {
      double rec = gold > 0 ? (double) found / gold : 0.0;
      double prec = predicted > 0 ? (double) matchedPred / predicted : 0.0;
      return label + ": gold=" + gold + " recall=" + Py.fixed(rec, 3) + " precision=" + Py.fixed(prec, 3)
          + " speaker_accuracy=" + Py.fixed(found > 0 ? (double) speakerOk / found : 0.0, 3);
    }
  }

  /** Scores one case's analysis; with {@code verbose} names each miss, wrong speaker and spurious report. */
  public static void score(Case c, JsonNode analysis, Totals t, PrintWriter out, boolean verbose) {
    Map<String, JsonNode> actors = QuoteScorer.actorsById(analysis);
    List<JsonNode> preds = QuoteScorer.quotes(analysis, false);
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
