// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Contract objects for store and server tests, written by hand in news style (not copied from any source) so
 * the tests need no NLP models. Spans are computed from the text, so they always cover what they claim.
 */
public final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String TALKS_TEXT = "NAIROBI, March 4 - Envoys of the Ethiopian government and the Tigray "
      + "rebels met in Nairobi on Monday for a second round of ceasefire talks hosted by Kenya. "
      + "The rebels demanded a ceasefire and the withdrawal of federal troops from Mekelle. "
      + "\"We came to stop the fighting, not to surrender,\" the rebel spokesman Daniel Haile told reporters. "
      + "The government rejected the demand for a withdrawal. "
      + "The government also dismissed calls for an immediate truce. "
      + "Artillery shelling hit the outskirts of Mekelle on Sunday, residents said.";

  public static final String FOLLOW_TEXT = "NAIROBI, March 6 - Ceasefire talks between the Ethiopian government "
      + "and the Tigray rebels ended in Nairobi on Wednesday without an agreement. "
      + "The government accused the rebels of shelling civilian areas during the talks. "
      + "Kenya said it would host a new round next month. "
      + "\"The door remains open,\" the Kenyan foreign minister said.";

  /** Another outlet's account of the first day of talks, at odds with the first on the government's stance. */
  public static final String RIVAL_TEXT = "ADDIS ABABA, March 4 - The Ethiopian government is ready to discuss pulling "
      + "federal troops back from Mekelle, a government adviser told Horn Daily after Monday's meeting with the Tigray "
      + "rebels. The adviser said no date had been set.";

  /** An article whose text, title and names carry markup that must be shown, never run, by the dashboard. */
  public static final String HOSTILE_TEXT = "KHARTOUM, April 2 - Fighting broke out near the border <script>window.__pwned = 1;"
      + "</script> on Tuesday. The army attacked rebel positions <img src=x onerror=\"window.__pwned = 2\"> near Kassala. "
      + "\"<b onmouseover=alert(3)>We will not retreat</b>,\" the commander said.";

  private Fixtures() {}

  public static List<ObjectNode> all() {
    return List.of(talks(), followUp(), rivalReport(), hostile());
  }

  public static ObjectNode talks() {
    String t = TALKS_TEXT;
    ObjectNode root = root("a-talks-0001", "Ethiopia and Tigray rebels resume ceasefire talks in Nairobi", "2024-03-04",
        "https://news.example.org/africa/talks", "Example Wire", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian government", "ETHGOV", "ETH", "GOV", "Ethiopian government", "The government");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "Tigray rebels", "The rebels");
    actor(actors, t, "act-3", "Kenya", "KENGOV", "KEN", "GOV", "Kenya");
    actor(actors, t, "act-4", "Daniel Haile", "ETHREB", "ETH", "REB", "Daniel Haile");
    ArrayNode events = root.withArray("events");
    event(events, t, "ev-1", "CONSULT", "040", "positive", "act-1", "act-2", null, List.of("ceasefire"), "2024-03-04",
        "Nairobi", "KEN", -1.2864, 36.8172, "Envoys of the Ethiopian government and the Tigray rebels met");
    event(events, t, "ev-2", "REQUEST", "0243", "positive", "act-2", "act-1", "demand",
        List.of("ceasefire", "withdrawal"), "2024-03-04", null, null, null, null,
        "The rebels demanded a ceasefire and the withdrawal of federal troops from Mekelle.");
    event(events, t, "ev-3", "REJECT", "1241", "positive", "act-1", "act-2", "reject", List.of("withdrawal"),
        "2024-03-04", null, null, null, null, "The government rejected the demand for a withdrawal.");
    // stored as `parley ingest` stores it: with the steps that made the event (the trace of `analyze --trace`)
    ArrayNode steps = ((ObjectNode) events.get(2)).putArray("trace");
    steps.addObject().put("rule", "built-in predicates.tsv:163 reject/V").put("change", "REJECT 120 at 'rejected'");
    steps.addObject().put("rule", "content-refines-code 'demand' REQUEST").put("change", "REJECT 1241");
    event(events, t, "ev-4", "ASSAULT", "195", "positive", null, null, null, List.of(), "2024-03-03", "Mekelle", "ETH",
        13.4967, 39.4753, "Artillery shelling hit the outskirts of Mekelle on Sunday, residents said.");
    // "residents said": the outlet reports the shelling on others' word, naming no actor
    ((ObjectNode) events.get(3)).put("modality", "reported");
    quote(root.withArray("quotes"), t, "We came to stop the fighting, not to surrender,", "act-4", "told");
    ObjectNode board = root.withArray("negotiations").addObject();
    board.putArray("parties").add("act-1").add("act-2");
    board.putArray("mediators").add("act-3");
    ObjectNode round = board.putArray("rounds").addObject();
    round.put("name", "second round");
    round.put("date", "2024-03-04");
    place(round, "Nairobi", "KEN", -1.2864, 36.8172);
    round.put("level", "envoys");
    round.put("outcome", "unknown");
    spans(round.putArray("evidence"), t, "Envoys of the Ethiopian government and the Tigray rebels met in Nairobi");
    ArrayNode issues = board.putArray("issues");
    position(issues, t, "ceasefire", "act-2", "demand", "2024-03-04", "The rebels demanded a ceasefire");
    position(issues, t, "withdrawal", "act-2", "demand", "2024-03-04",
        "The rebels demanded a ceasefire and the withdrawal of federal troops");
    position(issues, t, "withdrawal", "act-1", "reject", "2024-03-04", "The government rejected the demand for a withdrawal.");
    position(issues, t, "ceasefire", "act-1", "reject", "2024-03-04",
        "The government also dismissed calls for an immediate truce.");
    return root;
  }

  public static ObjectNode followUp() {
    String t = FOLLOW_TEXT;
    ObjectNode root = root("a-talks-0002", "Ethiopia and Tigray rebels end ceasefire talks in Nairobi without deal",
        "2024-03-06", "https://news.example.org/africa/talks-end", "Example Wire", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian government", "ETHGOV", "ETH", "GOV", "Ethiopian government", "The government");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "Tigray rebels", "the rebels");
    actor(actors, t, "act-3", "Kenya", "KENGOV", "KEN", "GOV", "Kenya");
    ArrayNode events = root.withArray("events");
    event(events, t, "ev-1", "AGREE", "057", "negated", "act-1", "act-2", null, List.of("ceasefire"), "2024-03-06",
        "Nairobi", "KEN", -1.2864, 36.8172, "ended in Nairobi on Wednesday without an agreement");
    event(events, t, "ev-2", "ACCUSE", "112", "positive", "act-1", "act-2", null, List.of(), "2024-03-06", null, null,
        null, null, "The government accused the rebels of shelling civilian areas during the talks.");
    // Kenya's plan, in its own words: intended, not happened, and Kenya's claim
    event(events, t, "ev-3", "CONSULT", "043", "positive", "act-3", null, null, List.of(), "2024-04", null,
        null, null, null, "Kenya said it would host a new round next month.");
    ((ObjectNode) events.get(2)).put("modality", "intended").put("attributed_to", "act-3");
    quote(root.withArray("quotes"), t, "The door remains open,", "act-3", "said");
    ObjectNode board = root.withArray("negotiations").addObject();
    board.putArray("parties").add("act-2").add("act-1");
    board.putArray("mediators").add("act-3");
    ObjectNode round = board.putArray("rounds").addObject();
    round.putNull("name");
    round.put("date", "2024-03-06");
    place(round, "Nairobi", "KEN", -1.2864, 36.8172);
    round.putNull("level");
    round.put("outcome", "no_agreement");
    spans(round.putArray("evidence"), t, "ended in Nairobi on Wednesday without an agreement");
    position(board.putArray("issues"), t, "ceasefire", "act-1", "open", "2024-03-06",
        "Ceasefire talks between the Ethiopian government");
    return root;
  }

  /**
   * A second outlet on 4 March: the government open to pulling troops back, where {@link #talks()} has it
   * rejecting the withdrawal that day. Board only, no events.
   */
  public static ObjectNode rivalReport() {
    String t = RIVAL_TEXT;
    ObjectNode root = root("a-rival-0004", "Addis Ababa signals flexibility on Mekelle troops", "2024-03-04",
        "https://horn-daily.example.net/mekelle-troops", "Horn Daily", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian government", "ETHGOV", "ETH", "GOV", "Ethiopian government", "a government adviser");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "Tigray rebels");
    // reported speech: the adviser's point as the outlet words it, not a quotation
    quote(root.withArray("quotes"), t, "The Ethiopian government is ready to discuss pulling federal troops back from "
        + "Mekelle", "act-1", "told", false);
    ObjectNode board = root.withArray("negotiations").addObject();
    board.putArray("parties").add("act-1").add("act-2");
    board.putArray("mediators");
    board.putArray("rounds");
    position(board.putArray("issues"), t, "withdrawal", "act-1", "open", "2024-03-04",
        "The Ethiopian government is ready to discuss pulling federal troops back from Mekelle, a government adviser "
            + "told Horn Daily after Monday's meeting with the Tigray rebels.");
    return root;
  }

  public static ObjectNode hostile() {
    String t = HOSTILE_TEXT;
    ObjectNode root = root("a-hostile-0003", "<script>window.__pwned = 4;</script>Clashes near the border", "2024-04-02",
        "javascript:window.__pwned=5", "<img src=x onerror=\"window.__pwned=6\">", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Sudanese army", "SDNMIL", "SDN", "MIL", "The army");
    actor(actors, t, "act-2", "<img src=x onerror=\"window.__pwned=7\">rebels", "SDNREB", "SDN", "REB", "rebel");
    event(root.withArray("events"), t, "ev-1", "ASSAULT", "190", "positive", "act-1", "act-2", null, List.of(),
        "2024-04-02", "Kassala <script>window.__pwned=8</script>", "SDN", 15.45, 36.4,
        "The army attacked rebel positions <img src=x onerror=\"window.__pwned = 2\"> near Kassala.");
    quote(root.withArray("quotes"), t, "<b onmouseover=alert(3)>We will not retreat</b>,", "act-1", "said");
    return root;
  }

  /**
   * Three outlets on one attack, invented for the corroboration tests (not in {@link #all()}): a rebel
   * accusation reported by one outlet, the same attack reported by a second, and the army's denial in a third.
   */
  public static List<ObjectNode> corroboration() {
    return List.of(accusation(), secondReport(), denial());
  }

  static final String ACCUSATION_TEXT = "MEKELLE, March 7 - Tigray rebels accused the Ethiopian army of shelling "
      + "Mekelle overnight. Federal troops attacked rebel positions in Mekelle on Wednesday, a rebel spokesman said.";
  static final String SECOND_TEXT = "ADDIS ABABA, March 7 - Government forces attacked rebel positions near Mekelle "
      + "on Wednesday, residents said, as hopes faded for a return to talks in Nairobi.";
  static final String DENIAL_TEXT = "ADDIS ABABA, March 8 - The Ethiopian army denied attacking rebel positions in "
      + "Mekelle. \"Our forces did not attack rebel positions,\" a military spokesman said on Friday.";

  public static ObjectNode accusation() {
    String t = ACCUSATION_TEXT;
    ObjectNode root = root("a-corr-0005", "Rebels accuse army of shelling Mekelle", "2024-03-07",
        "https://horn-daily.example.net/mekelle-shelling", "Horn Daily", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian army", "ETHMIL", "ETH", "MIL", "Ethiopian army", "Federal troops");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "Tigray rebels");
    ArrayNode events = root.withArray("events");
    event(events, t, "ev-1", "ACCUSE", "112", "positive", "act-2", "act-1", null, List.of(), "2024-03-07", null, null,
        null, null, "Tigray rebels accused the Ethiopian army of shelling Mekelle overnight.");
    event(events, t, "ev-2", "ASSAULT", "195", "positive", "act-1", "act-2", null, List.of(), "2024-03-06", "Mekelle",
        "ETH", 13.4967, 39.4753, "Federal troops attacked rebel positions in Mekelle on Wednesday, a rebel spokesman said.");
    ((ObjectNode) events.get(1)).put("modality", "reported").put("attributed_to", "act-2");
    return root;
  }

  public static ObjectNode secondReport() {
    String t = SECOND_TEXT;
    ObjectNode root = root("a-corr-0006", "Fighting near Mekelle dims hopes for talks", "2024-03-07",
        "https://www.courier.example.com/2024/03/07/mekelle", null, t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian army", "ETHMIL", "ETH", "MIL", "Government forces");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "rebel");
    ArrayNode events = root.withArray("events");
    event(events, t, "ev-1", "ASSAULT", "195", "positive", "act-1", "act-2", null, List.of(), "2024-03-06", null, null,
        null, null, "Government forces attacked rebel positions near Mekelle on Wednesday, residents said");
    ((ObjectNode) events.get(0)).put("modality", "reported");
    return root;
  }

  public static ObjectNode denial() {
    String t = DENIAL_TEXT;
    ObjectNode root = root("a-corr-0007", "Army denies Mekelle attack", "2024-03-08",
        "https://herald.example.org/army-denies", "Capital Herald", t);
    ArrayNode actors = root.withArray("actors");
    actor(actors, t, "act-1", "Ethiopian army", "ETHMIL", "ETH", "MIL", "Ethiopian army", "Our forces");
    actor(actors, t, "act-2", "Tigray rebels", "ETHREB", "ETH", "REB", "rebel");
    ArrayNode events = root.withArray("events");
    event(events, t, "ev-1", "ASSAULT", "195", "negated", "act-1", "act-2", null, List.of(), "2024-03-06", "Mekelle",
        "ETH", 13.4967, 39.4753, "\"Our forces did not attack rebel positions,\" a military spokesman said");
    ((ObjectNode) events.get(0)).put("attributed_to", "act-1");
    return root;
  }

  // ---- builders -----------------------------------------------------------------------------------------

  private static ObjectNode root(String id, String title, String published, String url, String source, String text) {
    ObjectNode root = JSON.createObjectNode();
    root.put("parley", "1");
    ObjectNode a = root.putObject("article");
    a.put("id", id);
    a.put("url", url);
    a.put("source", source);
    a.put("title", title);
    a.put("published", published);
    a.put("text", text);
    a.put("origin", "fixtures/" + id + ".txt");
    root.putArray("actors");
    root.putArray("events");
    root.putArray("quotes");
    root.putArray("negotiations");
    return root;
  }

  private static void actor(ArrayNode actors, String text, String id, String name, String code, String country,
                            String sector, String... mentions) {
    ObjectNode o = actors.addObject();
    o.put("id", id);
    o.put("name", name);
    o.put("code", code);
    o.put("country", country);
    o.put("sector", sector);
    o.putNull("organization");
    o.putNull("role");
    spans(o.putArray("mentions"), text, mentions);
  }

  private static void event(ArrayNode events, String text, String id, String type, String cameo, String polarity,
                            String source, String target, String stance, List<String> issues, String date,
                            String place, String country, Double lat, Double lon, String evidence) {
    ObjectNode o = events.addObject();
    o.put("id", id);
    o.put("type", type);
    o.putNull("mode");
    o.put("cameo", cameo);
    o.put("polarity", polarity);
    o.put("modality", "asserted");
    o.put("source", source);
    o.put("target", target);
    o.putNull("attributed_to");
    o.put("stance", stance);
    ArrayNode is = o.putArray("issues");
    issues.forEach(is::add);
    o.put("date", date);
    o.putNull("date_text");
    if (place == null) {
      o.putNull("location");
    } else {
      place(o, place, country, lat, lon);
    }
    spans(o.putArray("evidence"), text, evidence);
    o.put("confidence", 0.8);
  }

  private static void place(ObjectNode owner, String name, String country, Double lat, Double lon) {
    ObjectNode p = owner.putObject("location");
    p.put("name", name);
    p.put("country", country);
    p.put("lat", lat);
    p.put("lon", lon);
  }

  private static void quote(ArrayNode quotes, String text, String quoted, String speaker, String cue) {
    quote(quotes, text, quoted, speaker, cue, true);
  }

  private static void quote(ArrayNode quotes, String text, String quoted, String speaker, String cue, boolean direct) {
    int start = indexOf(text, quoted);
    ObjectNode q = quotes.addObject();
    q.put("text", quoted);
    q.put("start", start);
    q.put("end", start + quoted.length());
    q.put("speaker", speaker);
    q.put("direct", direct);
    spans(q.putArray("cue_spans_unused"), text);
    q.remove("cue_spans_unused");
    int c = text.indexOf(cue, start);
    ObjectNode cueSpan = q.putObject("cue");
    cueSpan.put("start", c);
    cueSpan.put("end", c + cue.length());
    cueSpan.put("text", cue);
  }

  private static void position(ArrayNode issues, String text, String issue, String actor, String stance, String date,
                               String evidence) {
    ObjectNode io = null;
    for (var n : issues) {
      if (n.path("issue").asText().equals(issue)) {
        io = (ObjectNode) n;
      }
    }
    if (io == null) {
      io = issues.addObject();
      io.put("issue", issue);
      io.putNull("detail");
      io.putArray("positions");
    }
    ObjectNode p = io.withArray("positions").addObject();
    p.put("actor", actor);
    p.put("stance", stance);
    p.put("date", date);
    spans(p.putArray("evidence"), text, evidence);
  }

  private static void spans(ArrayNode out, String text, String... covered) {
    for (String s : covered) {
      int start = indexOf(text, s);
      ObjectNode o = out.addObject();
      o.put("start", start);
      o.put("end", start + s.length());
      o.put("text", s);
    }
  }

  private static int indexOf(String text, String s) {
    int i = text.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException("fixture span not in its text: " + s);
    }
    return i;
  }
}
