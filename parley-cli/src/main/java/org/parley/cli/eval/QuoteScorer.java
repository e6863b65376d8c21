// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.items;
import static org.parley.cli.eval.Py.str;
import static org.parley.cli.eval.Py.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A faithful Java port of {@code shared/tools/score_quotes.py}: direct and mixed quotes found (Jaccard of words
 * at least 0.5) and their speakers (a mention sharing half the gold source's words) against PolNeAR-style brat
 * annotations, with the referee's summary line and, verbose, its miss lines.
 */
public final class QuoteScorer {
  private static final List<String> QUOTE_MARKS = List.of("\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "''", "``");

  private QuoteScorer() {}

  /** One gold quote: its content and its source span's text (null when none). */
  record GoldQuote(String content, String source) {}

  /** The articles scored: the {@code .txt} names of {@code textDir} without extension, sorted as Python sorts. */
  public static List<String> names(Path textDir) throws IOException {
    try (Stream<Path> s = Files.list(textDir)) {
      return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring(0, f.length() - 4)).sorted(QuoteScorer::compareCodePoints).toList();
    }
  }

  /** Python's string order: by code points. */
  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** {@code gold_quotes}: the annotated contents holding a quotation mark, with their sources. */
  static List<GoldQuote> goldQuotes(Path ann) throws IOException {
    Map<String, String> spans = new HashMap<>();
    List<Map<String, String>> rels = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", -1);
      if (parts.length == 0 || parts[0].isEmpty()) {
        continue;
      }
      if (parts[0].startsWith("T") && parts.length >= 3) {
        spans.put(parts[0], parts[2]);
      } else if (parts[0].startsWith("E") && parts.length >= 2) {
        Map<String, String> r = new HashMap<>();
        for (String x : parts[1].split(" ", -1)) {
          int colon = x.indexOf(':');
          if (colon >= 0) {
            r.put(x.substring(0, colon), x.substring(colon + 1));
          }
        }
        rels.add(r);
      }
    }
    List<GoldQuote> out = new ArrayList<>();
    for (Map<String, String> r : rels) {
      String contentId = r.get("Content");
      String content = contentId != null && spans.containsKey(contentId) ? spans.get(contentId) : "";
      if (QUOTE_MARKS.stream().noneMatch(content::contains)) {
        continue;
      }
      String sourceId = r.get("Source");
      out.add(new GoldQuote(content, sourceId == null ? null : spans.get(sourceId)));
    }
    return out;
  }

  /** Running totals over the articles. */
  public static final class Totals {
    int gold;
    int found;
    int speakerOk;
    int sourced;
    int predicted;
    int matchedPred;

    /** The referee's last line. */
    public String summaryLine() {
      double rec = gold > 0 ? (double) found / gold : 0.0;
      double prec = predicted > 0 ? (double) matchedPred / predicted : 0.0;
      double f1 = rec + prec > 0 ? 2 * rec * prec / (rec + prec) : 0.0;
      return "quotes: gold=" + gold + " recall=" + Py.fixed(rec, 3) + " precision=" + Py.fixed(prec, 3) + " f1="
          + Py.fixed(f1, 3) + " speaker_accuracy=" + Py.fixed(sourced > 0 ? (double) speakerOk / sourced : 0.0, 3);
    }
  }

  /**
   * Scores one article's analysis against its annotation file (the first {@code NAME_*.ann} in sorted order);
   * does nothing when there is none. Miss lines go to {@code out} when {@code verbose}.
   */
  public static void score(String name, Path annDir, JsonNode analysis, Totals t, PrintWriter out, boolean verbose)
      throws IOException {
    List<String> anns;
    try (Stream<Path> s = Files.list(annDir)) {
      anns = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith(name + "_") && f.endsWith(".ann"))
          .sorted(QuoteScorer::compareCodePoints).toList();
    }
    if (anns.isEmpty()) {
      return;
    }
    Map<String, JsonNode> actors = actorsById(analysis);
    List<JsonNode> preds = quotes(analysis, true); // only direct and mixed quotes count; reported speech is left out
    t.predicted += preds.size();
    Set<Integer> used = new HashSet<>();
    for (GoldQuote g : goldQuotes(annDir.resolve(anns.get(0)))) {
      t.gold++;
      Set<String> gw = words(g.content());
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < preds.size(); i++) {
        double j = jaccard(gw, words(str(preds.get(i), "text")));
        if (j > bestScore) { // Python's max keeps the first of equal scores
          best = i;
          bestScore = j;
        }
      }
      if (best < 0 || bestScore < 0.5) {
        if (verbose) {
          out.println("  missed quote in " + name + ": " + head(g.content(), 80));
        }
        continue;
      }
      t.found++;
      used.add(best);
      if (g.source() != null && !g.source().isEmpty()) {
        t.sourced++;
        JsonNode sp = actors.get(Py.value(get(preds.get(best), "speaker")));
        if (speakerMatches(words(g.source()), sp)) {
          t.speakerOk++;
        } else if (verbose) {
          out.println("  wrong speaker in " + name + ": " + repr(head(g.content(), 50)) + " said by "
              + repr(g.source()) + ", got " + repr(sp == null ? null : str(sp, "name")));
        }
      }
    }
    t.matchedPred += used.size();
  }

  /** The analysis's actors by id, to read each quote's speaker. */
  static Map<String, JsonNode> actorsById(JsonNode analysis) {
    Map<String, JsonNode> actors = new HashMap<>();
    for (JsonNode x : items(get(analysis, "actors"))) {
      actors.put(Py.value(get(x, "id")), x);
    }
    return actors;
  }

  /**
   * The analysis's direct quotations ({@code direct}) or its reported speech; a quote without the field is direct,
   * as the referee's {@code q.get("direct", True)} reads it.
   */
  static List<JsonNode> quotes(JsonNode analysis, boolean direct) {
    List<JsonNode> quotes = new ArrayList<>();
    for (JsonNode q : items(get(analysis, "quotes"))) {
      JsonNode field = q.get("direct");
      if ((field == null || truthy(field)) == direct) {
        quotes.add(q);
      }
    }
    return quotes;
  }

  /** One of the speaker's mentions, or its name, holds at least half the words of the gold source. */
  static boolean speakerMatches(Set<String> sw, JsonNode sp) {
    List<Set<String>> mentionWords = new ArrayList<>();
    for (JsonNode m : items(get(sp, "mentions"))) {
      mentionWords.add(words(str(m, "text")));
    }
    mentionWords.add(words(sp == null ? null : str(sp, "name")));
    for (Set<String> mw : mentionWords) {
      if (!sw.isEmpty()) {
        Set<String> both = new HashSet<>(sw);
        both.retainAll(mw);
        if ((double) both.size() / sw.size() >= 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code words}: the set of lower-cased {@code \w+} runs; none for null. */
  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s != null) {
      for (String w : Py.words(s)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0.0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }

  /** {@code s[:n]} by code points. */
  private static String head(String s, int n) {
    int cps = s.codePointCount(0, s.length());
    return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** Python's {@code repr} of a string (or None), for the verbose lines. */
  static String repr(String s) {
    if (s == null) {
      return "None";
    }
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(q);
    s.codePoints().forEach(c -> {
      if (c == '\\' || c == q) {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
        b.append(String.format("\\x%02x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append(q).toString();
  }
}
