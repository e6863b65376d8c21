// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.items;
import static org.parley.cli.eval.Py.str;
import static org.parley.cli.eval.Py.strOr;
import static org.parley.cli.eval.Py.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A faithful Java port of {@code shared/tools/score_sentences.py}: the sentence sets' inputs, and the plover
 * and conflibert figures with the same lines, plus per-type precision and recall lines for plover.
 */
public final class SentenceScorer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> OLD_TO_NEW = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  private static final Pattern TWO_DIGITS = Pattern.compile("^\\d{2}");

  private SentenceScorer() {}

  /** One input sentence: {@code {"id", "text"}} plus its gold. */
  public record Row(String id, String text, JsonNode gold, int label) {
    /** The Parley input line for it, as {@code score_sentences.py inputs} writes it. */
    public String inputLine() {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", id);
      o.put("text", text);
      return o.toString();
    }
  }

  /** The scored plover records: events other than DOCUMENT, with text. */
  public static List<Row> ploverRows(Path gold) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode r : JSON.readTree(gold.toFile())) {
      String event = str(r, "event");
      if (event == null || event.equals("DOCUMENT") || !truthy(get(r, "text"))) {
        continue;
      }
      rows.add(new Row(Py.value(get(r, "id")), str(r, "text"), r, -1));
    }
    return rows;
  }

  /** The conflibert class file's rows, numbered by line as {@code cb-0000}. */
  public static List<Row> conflibertRows(Path classFile) throws IOException {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    try (BufferedReader in = Files.newBufferedReader(classFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        if (tab >= 0) {
          rows.add(new Row(String.format("cb-%04d", i), line.substring(0, tab), null,
              Integer.parseInt(line.substring(tab + 1).strip())));
        }
        i++;
      }
    }
    return rows;
  }

  /** Analyses by {@code article.id}; a later analysis of the same id replaces an earlier one. */
  public static Map<String, JsonNode> byId(List<JsonNode> analyses) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode a : analyses) {
      out.put(String.valueOf(Py.value(get(get(a, "article"), "id"))), a);
    }
    return out;
  }

  /** How many sentences were counted and how many of them were right; the share is 0 when none were counted. */
  private static final class Share {
    int count;
    int hits;

    void add(boolean hit) {
      count++;
      hits += hit ? 1 : 0;
    }

    double ratio() {
      return count != 0 ? (double) hits / count : 0.0;
    }

    /** The share as score_sentences.py prints it: three decimals. */
    String fixed() {
      return Py.fixed(ratio(), 3);
    }
  }

  /** Prints the plover figures; the last line is score_sentences.py's summary. */
  public static String plover(List<Row> rows, Map<String, JsonNode> an, PrintWriter out, boolean verbose) {
    Map<String, int[]> perType = new TreeMap<>(); // tp, gold, predicted
    Share typed = new Share();
    Share sourceOk = new Share();
    Share targetOk = new Share();
    int missing = 0;
    for (Row r : rows) {
      String goldType = OLD_TO_NEW.getOrDefault(str(r.gold(), "event"), str(r.gold(), "event"));
      JsonNode a = an.get(r.id());
      if (a == null) {
        missing++;
      }
      Map<String, JsonNode> actors = actors(a);
      List<JsonNode> evs = positive(a);
      perType.computeIfAbsent(goldType, k -> new int[3])[1]++;
      Set<String> types = new HashSet<>();
      evs.forEach(e -> types.add(Py.value(get(e, "type"))));
      for (String t : types) {
        perType.computeIfAbsent(String.valueOf(t), k -> new int[3])[2]++;
      }
      List<JsonNode> hits = new ArrayList<>();
      for (JsonNode e : evs) {
        if (goldType.equals(Py.value(get(e, "type")))) {
          hits.add(e);
        }
      }
      typed.add(!hits.isEmpty());
      if (!hits.isEmpty()) {
        perType.get(goldType)[0]++;
        Set<String> gs = codes(get(r.gold(), "source"));
        Set<String> gt = codes(get(r.gold(), "target"));
        boolean s = false;
        boolean t = false;
        for (JsonNode e : hits) {
          s |= intersects(actorCodes(actors, str(e, "source")), gs);
          t |= intersects(actorCodes(actors, str(e, "target")), gt);
        }
        sourceOk.add(s);
        if (!gt.isEmpty()) {
          targetOk.add(t);
        }
      } else if (verbose) {
        List<String> got = new ArrayList<>();
        new java.util.TreeSet<>(types).forEach(t -> got.add("'" + t + "'"));
        out.println(String.format("  miss %s %s: %s | got [%s]", r.id(), goldType, first(r.text(), 90),
            String.join(", ", got)));
      }
    }
    int tp = 0;
    int pred = 0;
    double macroSum = 0;
    int macroN = 0;
    for (int[] v : perType.values()) {
      tp += v[0];
      pred += v[2];
      if (v[1] != 0) {
        macroSum += 2.0 * v[0] / (v[1] + v[2]);
        macroN++;
      }
    }
    double prec = pred != 0 ? (double) tp / pred : 0.0;
    double rec = typed.ratio();
    double f1 = prec + rec != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
    perType.forEach((k, v) -> out.println(String.format("  %-10s gold %3d predicted %3d correct %3d", k, v[1], v[2],
        v[0])));
    perType.forEach((k, v) -> out.println(String.format("  per-type %-10s precision %s recall %s", k,
        v[2] == 0 ? "-" : Py.fixed((double) v[0] / v[2], 3), v[1] == 0 ? "-" : Py.fixed((double) v[0] / v[1], 3))));
    String summary = String.format("plover: sentences=%d type_recall=%s type_precision=%s type_f1=%s macro_f1=%s "
            + "source_ok=%s target_ok=%s missing=%d", typed.count, Py.fixed(rec, 3), Py.fixed(prec, 3),
        Py.fixed(f1, 3), Py.fixed(macroN == 0 ? 0.0 : macroSum / macroN, 3), sourceOk.fixed(), targetOk.fixed(),
        missing);
    out.println(summary);
    return summary;
  }

  /** Prints the conflibert figures; the last line is score_sentences.py's summary. */
  public static String conflibert(List<Row> rows, Path spansFile, Map<String, JsonNode> an, PrintWriter out,
                                  boolean verbose) throws IOException {
    Map<String, String[][]> spans = spansFile == null ? Map.of() : spans(spansFile);
    Map<String, Integer> conf = new TreeMap<>();
    Share right = new Share();
    Share sourceOverlap = new Share();
    Share targetOverlap = new Share();
    int missing = 0;
    for (Row r : rows) {
      JsonNode a = an.get(r.id());
      if (a == null) {
        missing++;
      }
      JsonNode e = bestEvent(a);
      Integer q = e != null ? quad(str(e, "cameo")) : Integer.valueOf(0);
      int pred = q == null ? 0 : q;
      conf.merge(r.label() + ">" + pred, 1, Integer::sum);
      right.add(pred == r.label());
      if (pred != r.label() && verbose) {
        out.println(String.format("  miss %s gold %d got %d: %s", r.id(), r.label(), pred, first(r.text(), 100)));
      }
      String[][] sp = spans.get(sentenceKey(r.text()));
      if (sp != null && e != null) {
        Set<String> gs = spanWords(sp, "S");
        Set<String> gt = spanWords(sp, "T");
        if (!gs.isEmpty()) {
          sourceOverlap.add(intersects(actorWords(a, str(e, "source")), gs));
        }
        if (!gt.isEmpty()) {
          targetOverlap.add(intersects(actorWords(a, str(e, "target")), gt));
        }
      }
    }
    double f1s = 0;
    for (int c = 0; c < 5; c++) {
      int tp = conf.getOrDefault(c + ">" + c, 0);
      int gold = 0;
      int pr = 0;
      for (Map.Entry<String, Integer> x : conf.entrySet()) {
        String[] gp = x.getKey().split(">");
        gold += Integer.parseInt(gp[0]) == c ? x.getValue() : 0;
        pr += Integer.parseInt(gp[1]) == c ? x.getValue() : 0;
      }
      f1s += gold + pr != 0 ? 2.0 * tp / (gold + pr) : 0.0;
    }
    // sorted by (gold, pred) as numbers, like Python's sorted tuples
    List<int[]> cells = new ArrayList<>();
    conf.forEach((k, v) -> {
      String[] gp = k.split(">");
      cells.add(new int[] {Integer.parseInt(gp[0]), Integer.parseInt(gp[1]), v});
    });
    cells.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    List<String> parts = new ArrayList<>();
    cells.forEach(c -> parts.add(c[0] + ">" + c[1] + ":" + c[2]));
    out.println("  confusion (gold->pred): " + String.join(" ", parts));
    String summary = String.format("conflibert: sentences=%d accuracy=%s macro_f1=%s source_overlap=%s "
            + "target_overlap=%s missing=%d", right.count, right.fixed(), Py.fixed(f1s / 5, 3), sourceOverlap.fixed(),
        targetOverlap.fixed(), missing);
    out.println(summary);
    return summary;
  }

  /**
   * CAMEO root to the Phoenix / OEDA penta class the set's labels follow, as {@code score_sentences.py}:
   * 01-02 neutral, 03-05 verbal cooperation, 06-08 material cooperation, 09-13 and 16 verbal conflict, 14-15
   * and 17-20 material conflict (appeals are neutral, protests and force postures material conflict).
   */
  static Integer quad(String cameo) {
    if (cameo == null || cameo.isEmpty() || !TWO_DIGITS.matcher(cameo).find()) {
      return null;
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root < 1 || root > 20) {
      return null;
    }
    if (root <= 2) {
      return 0;
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 || root == 16 ? 3 : 4;
  }

  /** The class file holds raw sentences, the span file tokenised ones: word characters only. */
  static String sentenceKey(String text) {
    return String.join("", Py.words(text.toLowerCase(java.util.Locale.ROOT)));
  }

  private static Map<String, String[][]> spans(Path file) throws IOException {
    Map<String, String[][]> out = new HashMap<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = Py.split(line);
      if (parts.length == 0) {
        if (!toks.isEmpty()) {
          put(out, toks, tags);
        }
        toks = new ArrayList<>();
        tags = new ArrayList<>();
        continue;
      }
      toks.add(parts[0]);
      tags.add(parts[parts.length - 1]);
    }
    if (!toks.isEmpty()) {
      put(out, toks, tags);
    }
    return out;
  }

  private static void put(Map<String, String[][]> out, List<String> toks, List<String> tags) {
    out.put(sentenceKey(String.join(" ", toks)), new String[][] {toks.toArray(new String[0]), tags.toArray(new String[0])});
  }

  private static Set<String> spanWords(String[][] sp, String kind) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < sp[0].length && i < sp[1].length; i++) {
      if (sp[1][i].endsWith("-" + kind) || sp[1][i].endsWith("-R")) {
        words.add(sp[0][i].toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }

  private static JsonNode bestEvent(JsonNode a) {
    JsonNode best = null;
    double bestConfidence = 0;
    for (JsonNode e : positive(a)) {
      JsonNode c = get(e, "confidence");
      double conf = c == null ? 0.0 : c.asDouble();
      if (best == null || conf > bestConfidence) {
        best = e;
        bestConfidence = conf;
      }
    }
    return best;
  }

  private static List<JsonNode> positive(JsonNode a) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : items(get(a, "events"))) {
      if (strOr(e, "polarity", "positive").equals("positive")) {
        out.add(e);
      }
    }
    return out;
  }

  private static Map<String, JsonNode> actors(JsonNode a) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode x : items(get(a, "actors"))) {
      out.put(str(x, "id"), x);
    }
    return out;
  }

  private static Set<String> actorWords(JsonNode a, String actorId) {
    JsonNode actor = actors(a).get(actorId);
    Set<String> words = new HashSet<>();
    if (!truthy(actor)) {
      return words;
    }
    String text = strOr(get(a, "article"), "text", "");
    for (JsonNode m : items(get(actor, "mentions"))) {
      String t = strOr(m, "text", null);
      if (t == null) {
        JsonNode s = get(m, "start");
        JsonNode e = get(m, "end");
        t = Py.slice(text, s == null ? 0 : s.asInt(), e == null ? 0 : e.asInt());
      }
      for (String w : Py.words(t)) {
        words.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }

  /** Gold actor codes; stray strings in the lists name no actor. */
  private static Set<String> codes(JsonNode list) {
    Set<String> out = new HashSet<>();
    if (list != null && list.isArray()) {
      for (JsonNode x : list) {
        if (x.isObject()) {
          out.add(str(x, "code"));
        }
      }
    }
    return out;
  }

  private static Set<String> actorCodes(Map<String, JsonNode> actors, String id) {
    JsonNode x = actors.get(id);
    Set<String> c = new HashSet<>();
    c.add(str(x, "country"));
    c.add(str(x, "code"));
    if ("IGO".equals(str(x, "sector")) || truthy(get(x, "organization"))) {
      c.add("IGO");
    }
    return c;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static String first(String s, int n) {
    return s.substring(0, Math.min(n, s.length()));
  }

}
