// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Tiny hand-made gold readings and analyses; the expected lines are what score.py prints for them. */
class GoldScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static final String TEXT = "Envoys of Norland and Sudmark met in Port Vale on Monday. "
      + "Norland failed to reach an agreement with Sudmark. Norland demanded a ceasefire.";

  private static JsonNode analysis(String events) throws Exception {
    return json("{'article': {'id': 'a1', 'title': 'Talks in Port Vale', 'published': '2024-05-07', 'text': '"
        + TEXT + "'}, 'actors': ["
        + "{'id': 'act-1', 'name': 'Norland', 'code': 'NORGOV', 'country': 'NOR', 'sector': 'GOV'},"
        + "{'id': 'act-2', 'name': 'Sudmark', 'code': 'SUDGOV', 'country': 'SUD', 'sector': 'GOV'},"
        + "{'id': 'act-3', 'name': 'UN Security Council', 'organization': 'UN', 'sector': 'IGO'}],"
        + "'events': [" + events + "], 'quotes': [{'text': '\u201cwe will not yield\u201d', 'speaker': 'act-1'}],"
        + "'negotiations': []}");
  }

  private static final String GOLD = "{'input': 'x.txt', 'article': {'title': 'Talks in  PORT Vale', "
      + "'published': '2024-05-07', 'text_must_contain': ['met in port vale'], 'text_must_not_contain': ['cookie']},"
      + "'events': ["
      + "{'id': 'talks', 'types': ['CONSULT'], 'source': {'country': 'SUD'}, 'target': {'country': 'NOR'},"
      + " 'symmetric': true, 'evidence': ['met in Port Vale'], 'date': '2024-05-06',"
      + " 'location': {'name': 'Port Vale', 'country': 'XPV'}},"
      + "{'id': 'no-deal', 'types': ['AGREE'], 'polarity': 'negated', 'source': {'country': 'NOR'},"
      + " 'evidence': ['failed to reach an agreement']},"
      + "{'id': 'demand', 'types': ['REQUEST'], 'source': {'country': 'NOR', 'sector': 'GOV'},"
      + " 'target': {'country': 'SUD', 'optional': true}, 'evidence': ['demanded a ceasefire']},"
      + "{'id': 'un', 'types': ['SUPPORT'], 'source': {'organization': 'UN'}, 'evidence': ['Monday'], 'required': false}],"
      + "'forbidden': [{'id': 'fake-deal', 'types': ['AGREE'], 'evidence': ['failed to reach an agreement']}],"
      + "'quotes': [{'text': 'We will not yield', 'speaker': 'Norland'}, {'text': 'never', 'speaker': 'Sudmark'}]}";

  private static String event(String type, String polarity, String src, String tgt, int start, int end,
                              String extra) {
    return "{'type': '" + type + "', 'polarity': '" + polarity + "', 'modality': 'asserted', 'source': '" + src
        + "', 'target': " + (tgt == null ? "null" : "'" + tgt + "'") + ", 'evidence': [{'start': " + start
        + ", 'end': " + end + ", 'text': ''}]" + extra + "}";
  }

  @Test
  void matchesSymmetricTalksNegatedAgreementAndOptionalTarget() throws Exception {
    int s1 = TEXT.indexOf("Envoys");
    int s2 = TEXT.indexOf("Norland failed");
    int s3 = TEXT.indexOf("Norland demanded");
    String events = String.join(",",
        event("CONSULT", "positive", "act-1", "act-2", s1, s2 - 1,
            ", 'date': '2024-05-06', 'location': {'name': 'port vale', 'country': 'XPV'}"),
        event("AGREE", "negated", "act-1", "act-2", s2, s3 - 1, ""),
        event("REQUEST", "positive", "act-1", null, s3, TEXT.length(), ""),
        event("ASSAULT", "positive", "act-2", "act-1", s1, s2 - 1, ""));
    GoldScorer.ArticleScore r = GoldScorer.score(json(GOLD), analysis(events));
    assertThat(GoldScorer.articleLine("x.json", r)).isEqualTo(
        "x.json: events recall 3/3 precision 3/4 F1 0.86 forbidden 0; quotes 1/2 speakers 1; board 0/0; article 4/4");
    GoldScorer.Totals t = new GoldScorer.Totals();
    t.add(r);
    assertThat(t.summaryLine()).isEqualTo("total: event_recall=1.0 event_precision=0.75 event_f1=0.857 forbidden=0 "
        + "quote_recall=0.5 quote_speaker_accuracy=0.5 board=None article=1.0 event_dates=1.0 event_places=1.0 "
        + "articles=1");
    assertThat(t.perTypeLines()).contains("  per-type ASSAULT    recall 0/0 precision 0/1",
        "  per-type CONSULT    recall 1/1 precision 1/1");
  }

  @Test
  void positiveAgreementOverANegatedOneIsForbiddenUnlessIntended() throws Exception {
    int s2 = TEXT.indexOf("Norland failed");
    String asserted = event("AGREE", "positive", "act-1", "act-2", s2, s2 + 50, "");
    GoldScorer.ArticleScore r = GoldScorer.score(json(GOLD), analysis(asserted));
    assertThat(r.events()).containsExactly(0, 3, 0, 1, 1);
    assertThat(r.misses()).contains("forbidden event present: fake-deal", "event talks");
    String intended = asserted.replace("'asserted'", "'intended'");
    assertThat(GoldScorer.score(json(GOLD), analysis(intended)).events()).containsExactly(0, 3, 0, 1, 0);
  }

  @Test
  void nonRequiredReadingCountsForPrecisionOnly() throws Exception {
    int s1 = TEXT.indexOf("Envoys");
    String un = event("SUPPORT", "positive", "act-3", null, s1, 57, "");
    GoldScorer.ArticleScore r = GoldScorer.score(json(GOLD), analysis(un));
    assertThat(r.events()).containsExactly(0, 3, 1, 1, 0);
  }

  @Test
  void acronymMatchesCaseSensitivelyAtAWordStartAndNamesAsWholeWords() throws Exception {
    JsonNode council = json("{'name': 'UN Security Council', 'organization': ''}");
    assertThat(GoldScorer.nameMatches("UN", council)).isTrue();
    assertThat(GoldScorer.nameMatches("UN", json("{'name': 'Tunisian army'}"))).isFalse();
    assertThat(GoldScorer.nameMatches("Security Council", council)).isTrue();
    assertThat(GoldScorer.nameMatches("Secur", council)).isFalse();
  }

  @Test
  void wrongDateAndPlaceOnAMatchedEventAreMissed() throws Exception {
    int s1 = TEXT.indexOf("Envoys");
    String talks = event("CONSULT", "positive", "act-2", "act-1", s1, 57,
        ", 'date': '2024-05-13', 'location': {'name': 'Port Vale', 'country': 'XXX'}");
    GoldScorer.ArticleScore r = GoldScorer.score(json(GOLD), analysis(talks));
    assertThat(r.dates()).containsExactly(0, 1);
    assertThat(r.places()).containsExactly(0, 1);
    assertThat(r.misses()).contains("date of talks: got ['2024-05-13']", "place of talks: got ['Port Vale']");
  }

  @Test
  void emptyAnalysisScoresNothingButDoesNotFail() throws Exception {
    GoldScorer.ArticleScore r = GoldScorer.score(json(GOLD), JSON.createObjectNode());
    assertThat(GoldScorer.articleLine("x.json", r)).isEqualTo(
        "x.json: events recall 0/3 precision 0/0 F1 0.00 forbidden 0; quotes 0/2 speakers 0; board 0/0; article 1/4");
  }
}
