// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of miss and false event is blamed on the stage that caused it. */
class MissExplainerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static final String TEXT = "Norland accused Sudmark of shelling the port. Envoys met in Port Vale. "
      + "Norland demanded a ceasefire. Norland could strike the depots. Sudmark rejected the plan.";

  private static final String GOLD = "{'events': ["
      + "{'id': 'accusation', 'types': ['ACCUSE'], 'source': {'country': 'NOR'}, 'target': {'country': 'SUD'},"
      + " 'evidence': ['accused sudmark of shelling']},"
      + "{'id': 'talks', 'types': ['CONSULT'], 'source': {'country': 'NOR'}, 'evidence': ['envoys met']},"
      + "{'id': 'demand', 'types': ['REQUEST'], 'source': {'country': 'NOR'}, 'evidence': ['demanded a ceasefire']},"
      + "{'id': 'rejection', 'types': ['REJECT'], 'source': {'country': 'SUD'}, 'evidence': ['rejected the plan']}],"
      + " 'forbidden': [{'id': 'no-strike', 'types': ['ASSAULT'], 'evidence': ['could strike']}]}";

  private static String event(String type, String polarity, String source, int start, int end) {
    return "{'type': '" + type + "', 'polarity': '" + polarity + "', 'source': " + source
        + ", 'evidence': [{'start': " + start + ", 'end': " + end + "}]}";
  }

  @Test
  void blamesTheCoderForTypesPolarityAndMisreadingsAndTheActorsForWrongParties() throws Exception {
    int accused = TEXT.indexOf("Norland accused");
    int met = TEXT.indexOf("Envoys met");
    int demanded = TEXT.indexOf("Norland demanded");
    int strike = TEXT.indexOf("Norland could");
    int rejected = TEXT.indexOf("Sudmark rejected");
    String events = String.join(",",
        event("ASSAULT", "positive", "'act-1'", accused, met - 1),
        event("CONSULT", "positive", "'act-2'", met, demanded - 1),
        event("REQUEST", "negative", "'act-1'", demanded, strike - 1),
        event("ASSAULT", "positive", "'act-1'", strike, rejected - 1));
    JsonNode analysis = json("{'article': {'text': '" + TEXT + "'}, 'actors': ["
        + "{'id': 'act-1', 'name': 'Norland', 'country': 'NOR'}, {'id': 'act-2', 'name': 'Sudmark', 'country': 'SUD'}],"
        + " 'events': [" + events + "]}");
    List<String> lines = MissExplainer.explain(json(GOLD), analysis);
    assertThat(lines).contains(
        "miss accusation: coder: read as ASSAULT (want ACCUSE)",
        "miss talks: actors: got CONSULT Sudmark [SUD] -> -, want {country=NOR} -> any",
        "miss demand: coder: polarity negative (want positive)",
        "miss rejection: coder: no event read at 'rejected the plan' (want REJECT)",
        "false ASSAULT Norland [NOR] -> -: coder: forbidden misreading no-strike (modality asserted)",
        "false ASSAULT Norland [NOR] -> -: coder: type, gold here is accusation ACCUSE");
  }
}
