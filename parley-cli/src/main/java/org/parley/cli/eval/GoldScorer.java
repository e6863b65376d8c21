// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.parley.cli.eval.Py.asList;
import static org.parley.cli.eval.Py.get;
import static org.parley.cli.eval.Py.items;
import static org.parley.cli.eval.Py.norm;
import static org.parley.cli.eval.Py.str;
import static org.parley.cli.eval.Py.strOr;
import static org.parley.cli.eval.Py.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A faithful Java port of {@code shared/tools/score.py}: the same matching, normalisation and figures, and
 * the same per-article and {@code total:} lines, so {@code parley eval} and the Python referee agree on the
 * same analyses. Per-type precision and recall are added on top (not in the referee).
 */
public final class GoldScorer {
  /** What one article scored; the arrays are score.py's tuples. */
  public record ArticleScore(int[] article, int[] events, int[] quotes, int[] negotiation, int[] dates,
                             int[] places, List<String> misses, List<String> unmatched,
                             Map<String, int[]> perType) {
    /** {@code found, required, correct, predicted, forbidden}. */
    public int found() {
      return events[0];
    }
  }

  /** Running totals over articles, as score.py's {@code tot}. */
  public static final class Totals {
    int found;
    int required;
    int correct;
    int predicted;
    int forbidden;
    int qFound;
    int qSpeaker;
    int qTotal;
    int nOk;
    int nTotal;
    int aOk;
    int aTotal;
    int dOk;
    int dN;
    int pOk;
    int pN;
    int articles;
    /** type -> {gold found, gold required, predicted correct, predicted}. */
    final Map<String, int[]> perType = new TreeMap<>();

    public void add(ArticleScore r) {
      found += r.events[0];
      required += r.events[1];
      correct += r.events[2];
      predicted += r.events[3];
      forbidden += r.events[4];
      qFound += r.quotes[0];
      qSpeaker += r.quotes[1];
      qTotal += r.quotes[2];
      nOk += r.negotiation[0];
      nTotal += r.negotiation[1];
      aOk += r.article[0];
      aTotal += r.article[1];
      dOk += r.dates[0];
      dN += r.dates[1];
      pOk += r.places[0];
      pN += r.places[1];
      articles++;
      r.perType.forEach((k, v) -> {
        int[] t = perType.computeIfAbsent(k, x -> new int[4]);
        for (int i = 0; i < 4; i++) {
          t[i] += v[i];
        }
      });
    }

    /** score.py's last line. */
    public String summaryLine() {
      double rec = required == 0 ? 0.0 : (double) found / required;
      double prec = predicted == 0 ? 0.0 : (double) correct / predicted;
      Map<String, String> s = new LinkedHashMap<>();
      s.put("event_recall", Py.round3(rec));
      s.put("event_precision", Py.round3(prec));
      s.put("event_f1", Py.round3(f1(prec, rec)));
      s.put("forbidden", Integer.toString(forbidden));
      s.put("quote_recall", Py.ratio3(qFound, qTotal));
      s.put("quote_speaker_accuracy", Py.ratio3(qSpeaker, qTotal));
      s.put("board", Py.ratio3(nOk, nTotal));
      s.put("article", Py.ratio3(aOk, aTotal));
      s.put("event_dates", Py.ratio3(dOk, dN));
      s.put("event_places", Py.ratio3(pOk, pN));
      s.put("articles", Integer.toString(articles));
      StringBuilder b = new StringBuilder("total:");
      s.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
      return b.toString();
    }

    /** Per PLOVER type: recall over required gold events of the type, precision over predictions of it. */
    public List<String> perTypeLines() {
      List<String> out = new ArrayList<>();
      perType.forEach((type, v) -> out.add(String.format("  per-type %-10s recall %d/%d precision %d/%d",
          type, v[0], v[1], v[2], v[3])));
      return out;
    }
  }

  private GoldScorer() {}

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** score.py's per-article line for the gold file {@code name}. */
  public static String articleLine(String name, ArticleScore r) {
    int found = r.events[0];
    int required = r.events[1];
    int correct = r.events[2];
    int predicted = r.events[3];
    double rec = required != 0 ? (double) found / required : 1.0;
    double prec = predicted != 0 ? (double) correct / predicted : 0.0;
    return String.format("%s: events recall %d/%d precision %d/%d F1 %s forbidden %d; quotes %d/%d speakers %d; "
            + "board %d/%d; article %d/%d", name, found, required, correct, predicted, Py.fixed(f1(prec, rec), 2),
        r.events[4], r.quotes[0], r.quotes[2], r.quotes[1], r.negotiation[0], r.negotiation[1], r.article[0],
        r.article[1]);
  }

  /** Scores one analysis (a contract object) against one gold reading. */
  public static ArticleScore score(JsonNode gold, JsonNode analysis) {
    JsonNode art = get(analysis, "article");
    String text = strOr(art, "text", "");
    String ntext = norm(text);
    Map<String, JsonNode> actors = new HashMap<>();
    for (JsonNode a : items(get(analysis, "actors"))) {
      actors.put(str(a, "id"), a);
    }
    List<JsonNode> preds = items(get(analysis, "events"));
    List<String> misses = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();

    // article cleaning
    JsonNode ga = get(gold, "article");
    int artOk = 0;
    int artTotal = 0;
    if (ga != null && ga.has("title")) {
      artTotal++;
      if (norm(str(art, "title")).equals(norm(str(ga, "title")))) {
        artOk++;
      } else {
        misses.add("title: got " + repr(str(art, "title")));
      }
    }
    if (ga != null && ga.has("published")) {
      artTotal++;
      if (java.util.Objects.equals(Py.value(get(art, "published")), Py.value(get(ga, "published")))) {
        artOk++;
      } else {
        misses.add("published: got " + repr(str(art, "published")));
      }
    }
    for (JsonNode s : items(get(ga, "text_must_not_contain"))) {
      artTotal++;
      if (ntext.contains(norm(s.asText()))) {
        misses.add("text still holds " + repr(s.asText()));
      } else {
        artOk++;
      }
    }
    for (JsonNode s : items(get(ga, "text_must_contain"))) {
      artTotal++;
      if (ntext.contains(norm(s.asText()))) {
        artOk++;
      } else {
        misses.add("text lacks " + repr(s.asText()));
      }
    }

    // events
    List<JsonNode> everything = items(get(gold, "events"));
    List<JsonNode> required = new ArrayList<>();
    for (JsonNode g : everything) {
      JsonNode req = g.get("required");
      if (req == null || truthy(req)) {
        required.add(g);
      }
    }
    Map<String, int[]> perType = new TreeMap<>();
    int found = 0;
    int[] dates = new int[2];
    int[] places = new int[2];
    for (JsonNode g : required) {
      List<JsonNode> hits = new ArrayList<>();
      for (JsonNode p : preds) {
        if (eventMatches(g, p, actors, text)) {
          hits.add(p);
        }
      }
      String goldType = asList(get(g, "types")).isEmpty() ? "?" : asList(get(g, "types")).get(0).asText();
      int[] pt = perType.computeIfAbsent(goldType, k -> new int[4]);
      pt[1]++;
      if (!hits.isEmpty()) {
        found++;
        pt[0]++;
        if (truthy(get(g, "date"))) {
          dates[1]++;
          String want = str(g, "date");
          boolean ok = false;
          Set<String> got = new java.util.TreeSet<>();
          for (JsonNode p : hits) {
            ok |= strOr(p, "date", "").equals(want);
            got.add(pyStr(str(p, "date")));
          }
          if (ok) {
            dates[0]++;
          } else {
            misses.add("date of " + str(g, "id") + ": got " + reprList(new ArrayList<>(got)));
          }
        }
        if (truthy(get(g, "location"))) {
          places[1]++;
          JsonNode want = get(g, "location");
          boolean ok = false;
          List<String> got = new ArrayList<>();
          for (JsonNode p : hits) {
            JsonNode loc = get(p, "location");
            ok |= norm(str(loc, "name")).equals(norm(str(want, "name")))
                && java.util.Objects.equals(Py.value(get(loc, "country")), Py.value(get(want, "country")));
            got.add(str(loc, "name"));
          }
          if (ok) {
            places[0]++;
          } else {
            misses.add("place of " + str(g, "id") + ": got " + reprList(got));
          }
        }
      } else {
        misses.add("event " + str(g, "id"));
      }
    }
    int correct = 0;
    for (JsonNode p : preds) {
      String type = strOr(p, "type", "?");
      int[] pt = perType.computeIfAbsent(type, k -> new int[4]);
      pt[3]++;
      boolean matched = false;
      for (JsonNode g : everything) {
        if (eventMatches(g, p, actors, text)) {
          matched = true;
          break;
        }
      }
      if (matched) {
        correct++;
        pt[2]++;
      } else {
        List<String> ev = evidenceTexts(p, text);
        String first = ev.isEmpty() ? "" : ev.get(0);
        unmatched.add(pyStr(str(p, "type")) + " " + pyStr(str(actors.get(str(p, "source")), "name")) + "->"
            + pyStr(str(actors.get(str(p, "target")), "name")) + ": " + first.substring(0, Math.min(90, first.length())));
      }
    }
    int forbidden = 0;
    for (JsonNode f : items(get(gold, "forbidden"))) {
      JsonNode scope = f.get("modality");
      for (JsonNode p : preds) {
        if (eventMatches(f, p, actors, text) && inScope(scope, str(p, "modality"))) {
          forbidden++;
          misses.add("forbidden event present: " + str(f, "id"));
          break;
        }
      }
    }

    // quotes
    int qFound = 0;
    int qSpeaker = 0;
    List<JsonNode> pq = items(get(analysis, "quotes"));
    List<JsonNode> gq = items(get(gold, "quotes"));
    for (JsonNode g : gq) {
      String gt = Py.strip(norm(str(g, "text")), '"');
      List<JsonNode> hits = new ArrayList<>();
      for (JsonNode q : pq) {
        String nq = norm(str(q, "text"));
        if (nq.length() >= 3 && (nq.contains(gt) || gt.contains(Py.strip(nq, '"')))) {
          hits.add(q);
        }
      }
      if (!hits.isEmpty()) {
        qFound++;
        boolean ok = false;
        for (JsonNode q : hits) {
          ok |= norm(str(actors.get(str(q, "speaker")), "name")).contains(norm(str(g, "speaker")));
        }
        if (ok) {
          qSpeaker++;
        } else {
          misses.add("quote speaker for " + repr(head(str(g, "text"))));
        }
      } else {
        misses.add("quote " + repr(head(str(g, "text"))));
      }
    }

    // negotiation board
    int[] negotiation = board(get(gold, "negotiation"), analysis, actors, misses);
    return new ArticleScore(new int[] {artOk, artTotal}, new int[] {found, required.size(), correct, preds.size(),
        forbidden}, new int[] {qFound, qSpeaker, gq.size()}, negotiation, dates, places, misses, unmatched, perType);
  }

  private static int[] board(JsonNode gn, JsonNode analysis, Map<String, JsonNode> actors, List<String> misses) {
    int ok = 0;
    int total = 0;
    if (!truthy(gn)) {
      return new int[] {0, 0};
    }
    JsonNode best = null;
    Set<String> parties = new HashSet<>();
    for (JsonNode p : items(get(gn, "parties"))) {
      parties.add(Py.value(p));
    }
    for (JsonNode n : items(get(analysis, "negotiations"))) {
      if (countries(items(get(n, "parties")), actors).containsAll(parties)) {
        best = n;
        break;
      }
    }
    List<JsonNode> mediators = items(get(gn, "mediators"));
    List<JsonNode> rounds = items(get(gn, "rounds"));
    List<JsonNode> positions = items(get(gn, "positions"));
    total += 1 + mediators.size() + rounds.size() + positions.size();
    if (best == null) {
      misses.add("no negotiation with parties " + pyList(items(get(gn, "parties"))));
      return new int[] {ok, total};
    }
    ok++;
    Set<String> med = countries(items(get(best, "mediators")), actors);
    for (JsonNode m : mediators) {
      if (med.contains(Py.value(m))) {
        ok++;
      } else {
        misses.add("mediator " + Py.value(m));
      }
    }
    for (JsonNode gr : rounds) {
      boolean found = false;
      for (JsonNode rd : items(get(best, "rounds"))) {
        String outcome = str(rd, "outcome");
        boolean outcomeOk = false;
        for (JsonNode o : asList(get(gr, "outcome"))) {
          outcomeOk |= o.asText().equals(outcome);
        }
        if (get(gr, "outcome") != null && get(gr, "outcome").isTextual()) {
          outcomeOk = outcome != null && get(gr, "outcome").asText().contains(outcome);
        }
        if (!outcomeOk) {
          continue;
        }
        String d = strOr(rd, "date", "");
        if (gr.has("date") && !d.equals(Py.value(gr.get("date")))) {
          continue;
        }
        if (gr.has("date_between")) {
          String d10 = d.length() > 10 ? d.substring(0, 10) : d;
          JsonNode between = gr.get("date_between");
          if (!(between.get(0).asText().compareTo(d10) <= 0 && d10.compareTo(between.get(1).asText()) <= 0)) {
            continue;
          }
        }
        if (gr.has("location")
            && !norm(str(get(rd, "location"), "name")).contains(norm(Py.value(gr.get("location"))))) {
          continue;
        }
        found = true;
      }
      if (found) {
        ok++;
      } else {
        misses.add("round " + (truthy(get(gr, "date")) ? str(gr, "date") : pyStr(str(gr, "evidence"))));
      }
    }
    for (JsonNode gp : positions) {
      boolean found = false;
      for (JsonNode iss : items(get(best, "issues"))) {
        for (JsonNode pos : items(get(iss, "positions"))) {
          if (java.util.Objects.equals(str(iss, "issue"), str(gp, "issue"))
              && java.util.Objects.equals(str(actors.get(str(pos, "actor")), "country"), str(gp, "country"))
              && containsValue(get(gp, "stances"), str(pos, "stance"))) {
            found = true;
          }
        }
      }
      if (found) {
        ok++;
      } else {
        List<String> st = new ArrayList<>();
        items(get(gp, "stances")).forEach(x -> st.add(x.asText()));
        misses.add("position " + str(gp, "issue") + " " + str(gp, "country") + " " + String.join("/", st));
      }
    }
    return new int[] {ok, total};
  }

  private static boolean containsValue(JsonNode list, String v) {
    for (JsonNode x : items(list)) {
      if (java.util.Objects.equals(Py.value(x), v)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> countries(List<JsonNode> ids, Map<String, JsonNode> actors) {
    Set<String> out = new HashSet<>();
    for (JsonNode id : ids) {
      out.add(str(actors.get(Py.value(id)), "country"));
    }
    return out;
  }

  /** A forbidden entry's modality scope; by default asserted, reported or none. */
  private static boolean inScope(JsonNode scope, String modality) {
    if (scope == null) {
      return modality == null || modality.equals("asserted") || modality.equals("reported");
    }
    if (scope.isTextual()) {
      return modality != null && scope.asText().contains(modality);
    }
    for (JsonNode m : items(scope)) {
      if (java.util.Objects.equals(Py.value(m), modality)) {
        return true;
      }
    }
    return false;
  }

  static boolean eventMatches(JsonNode g, JsonNode p, Map<String, JsonNode> actors, String text) {
    String type = Py.value(get(p, "type"));
    boolean typeOk = false;
    for (JsonNode t : asList(get(g, "types"))) {
      typeOk |= java.util.Objects.equals(Py.value(t), type);
    }
    if (!typeOk) {
      return false;
    }
    String want = g.has("polarity") ? Py.value(g.get("polarity")) : "positive";
    if (!strOr(p, "polarity", "positive").equals(want)) {
      return false;
    }
    List<String> spans = evidenceTexts(p, text);
    boolean evidence = false;
    for (JsonNode phrase : asList(get(g, "evidence"))) {
      String np = norm(phrase.asText());
      for (String s : spans) {
        evidence |= s.contains(np);
      }
    }
    if (!evidence) {
      return false;
    }
    JsonNode src = actors.get(str(p, "source"));
    JsonNode tgt = actors.get(str(p, "target"));
    if (actorMatches(get(g, "source"), src) && actorMatches(get(g, "target"), tgt)) {
      return true;
    }
    if (truthy(get(g, "symmetric"))) {
      return actorMatches(get(g, "source"), tgt) && actorMatches(get(g, "target"), src);
    }
    return false;
  }

  static boolean actorMatches(JsonNode spec, JsonNode actor) {
    if (spec == null) {
      return true;
    }
    boolean keys = false;
    for (var it = spec.fieldNames(); it.hasNext(); ) {
      keys |= !it.next().equals("optional");
    }
    if (actor == null) {
      return !keys || truthy(spec.get("optional"));
    }
    if (spec.has("country") && !valueIn(strOr(actor, "country", ""), spec.get("country"))) {
      return false;
    }
    if (spec.has("sector") && !valueIn(strOr(actor, "sector", ""), spec.get("sector"))) {
      return false;
    }
    for (String key : List.of("organization", "name")) {
      if (spec.has(key)) {
        boolean any = false;
        for (JsonNode w : asList(get(spec, key))) {
          any |= nameMatches(w.asText(), actor);
        }
        if (!any) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean valueIn(String v, JsonNode spec) {
    for (JsonNode x : asList(spec.isNull() ? null : spec)) {
      if (v.equals(Py.value(x))) {
        return true;
      }
    }
    return false;
  }

  /** An acronym matches case-sensitively at a word start; any other name as whole words. */
  static boolean nameMatches(String want, JsonNode actor) {
    String raw = strOr(actor, "organization", "") + " | " + strOr(actor, "name", "");
    if (Py.isUpper(want) && want.length() <= 6) {
      return Pattern.compile("\\b" + Pattern.quote(want), Pattern.UNICODE_CHARACTER_CLASS).matcher(raw).find();
    }
    return Pattern.compile("\\b" + Pattern.quote(norm(want)) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
        .matcher(norm(raw)).find();
  }

  static List<String> evidenceTexts(JsonNode ev, String text) {
    List<String> out = new ArrayList<>();
    for (JsonNode span : items(get(ev, "evidence"))) {
      String t = str(span, "text");
      if (t == null || t.isEmpty()) {
        JsonNode s = get(span, "start");
        JsonNode e = get(span, "end");
        t = s != null && e != null && text != null ? Py.slice(text, s.asInt(), e.asInt()) : "";
      }
      out.add(norm(t));
    }
    return out;
  }

  private static String head(String s) {
    return s == null ? "None" : s.substring(0, Math.min(40, s.length()));
  }

  private static String pyStr(String s) {
    return s == null ? "None" : s;
  }

  private static String repr(String s) {
    return s == null ? "None" : "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String pyList(List<JsonNode> l) {
    List<String> out = new ArrayList<>();
    l.forEach(x -> out.add(Py.value(x)));
    return reprList(out);
  }

  private static String reprList(List<String> l) {
    List<String> out = new ArrayList<>();
    l.forEach(x -> out.add(repr(x)));
    return "[" + String.join(", ", out) + "]";
  }
}
