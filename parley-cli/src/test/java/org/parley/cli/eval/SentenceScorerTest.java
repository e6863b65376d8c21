// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made sentence gold in the referees' formats; the expected lines are what score_sentences.py prints. */
class SentenceScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static JsonNode analysis(String id, String text, String actors, String events) throws Exception {
    return json("{'article': {'id': '" + id + "', 'text': '" + text + "'}, 'actors': [" + actors + "], 'events': ["
        + events + "]}");
  }

  @Test
  void ploverMapsOldTypeNamesAndChecksActorCodes(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        [{"id": "doc", "event": "DOCUMENT", "text": "about this file"},
         {"id": "s1", "event": "DEMAND", "text": "Norland urged Sudmark to free the hostages.",
          "source": [{"code": "NOR"}], "target": [{"code": "SUD"}]},
         {"id": "s2", "event": "FIGHT", "text": "Rebels clashed with the army.", "source": [{"code": "SUD"}],
          "target": "none given"},
         {"id": "s3", "event": "AGREE", "text": "The sides agreed a truce.", "source": [{"code": "IGO"}]}]
        """);
    List<SentenceScorer.Row> rows = SentenceScorer.ploverRows(gold);
    assertThat(rows).extracting(SentenceScorer.Row::id).containsExactly("s1", "s2", "s3");
    Map<String, JsonNode> an = SentenceScorer.byId(List.of(
        analysis("s1", "Norland urged Sudmark to free the hostages.",
            "{'id': 'a1', 'country': 'NOR'}, {'id': 'a2', 'code': 'SUDGOV', 'country': 'SUD'}",
            "{'type': 'REQUEST', 'source': 'a1', 'target': 'a2'}, {'type': 'COERCE', 'source': 'a1'}"),
        analysis("s2", "Rebels clashed with the army.", "{'id': 'a1', 'country': 'SUD'}",
            "{'type': 'ASSAULT', 'polarity': 'negated', 'source': 'a1'}")));
    StringWriter out = new StringWriter();
    String summary = SentenceScorer.plover(rows, an, new PrintWriter(out, true), false);
    assertThat(summary).isEqualTo("plover: sentences=3 type_recall=0.333 type_precision=0.500 type_f1=0.400 "
        + "macro_f1=0.333 source_ok=1.000 target_ok=1.000 missing=1");
    assertThat(out.toString()).contains("  REQUEST    gold   1 predicted   1 correct   1",
        "  COERCE     gold   0 predicted   1 correct   0", "  per-type REQUEST    precision 1.000 recall 1.000");
  }

  @Test
  void conflibertClassFromTheMostConfidentPositiveEventAndSpanOverlap(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("class.tsv");
    Files.writeString(classes, "Norland shelled Sudmark.\t4\nNo tab on this line\nNorland praised Sudmark.\t1\n");
    Path spans = dir.resolve("spans.txt");
    Files.writeString(spans, "Norland B-S\nshelled O\nSudmark B-T\n. O\n\nNorland B-S\npraised O\nSudmark B-T\n. O\n");
    List<SentenceScorer.Row> rows = SentenceScorer.conflibertRows(classes);
    assertThat(rows).extracting(SentenceScorer.Row::id).containsExactly("cb-0000", "cb-0002");
    String t0 = "Norland shelled Sudmark.";
    Map<String, JsonNode> an = SentenceScorer.byId(List.of(
        analysis("cb-0000", t0, "{'id': 'a1', 'mentions': [{'start': 0, 'end': 7}]},"
                + "{'id': 'a2', 'mentions': [{'start': 16, 'end': 23, 'text': 'Sudmark'}]}",
            "{'cameo': '190', 'confidence': 0.9, 'source': 'a1', 'target': 'a2'},"
                + "{'cameo': '051', 'confidence': 0.95, 'polarity': 'negated'},"
                + "{'cameo': '042', 'confidence': 0.5}"),
        analysis("cb-0002", "Norland praised Sudmark.", "", "{'cameo': '99', 'confidence': 0.9}")));
    StringWriter out = new StringWriter();
    String summary = SentenceScorer.conflibert(rows, spans, an, new PrintWriter(out, true), false);
    // cb-0002: CAMEO 99 has no class and counts as 0 (statement); its event has no source, so no overlap
    assertThat(out.toString()).contains("  confusion (gold->pred): 1>0:1 4>4:1");
    assertThat(summary).isEqualTo("conflibert: sentences=2 accuracy=0.500 macro_f1=0.200 source_overlap=0.500 "
        + "target_overlap=0.500 missing=0");
  }

  @Test
  void quadMapsCameoRootsToFiveClasses() {
    assertThat(SentenceScorer.quad("010")).isEqualTo(0);
    assertThat(SentenceScorer.quad("020")).isEqualTo(0);
    assertThat(SentenceScorer.quad("046")).isEqualTo(1);
    assertThat(SentenceScorer.quad("090")).isEqualTo(3);
    assertThat(SentenceScorer.quad("141")).isEqualTo(4);
    assertThat(SentenceScorer.quad("160")).isEqualTo(3);
    assertThat(SentenceScorer.quad("0831")).isEqualTo(2);
    assertThat(SentenceScorer.quad("112")).isEqualTo(3);
    assertThat(SentenceScorer.quad("20")).isEqualTo(4);
    assertThat(SentenceScorer.quad("7")).isNull();
    assertThat(SentenceScorer.quad("21")).isNull();
  }
}
