// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.cli.eval.ReportedScorer;
import org.parley.contract.AnalysisJson;

/**
 * The team-written reported-speech sets ({@code parley eval --set reported}) over real NLP: indirect quotes
 * ({@code direct: false}) must be precise and name their speakers, on wire copy, broadcast transcripts, British
 * copy and speakers named earlier in the text. Needs no shared folder: the sets are bundled.
 */
class ReportedSpeechSetIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachSetReportsPreciselyAndNamesItsSpeakers() throws Exception {
    StringWriter misses = new StringWriter();
    PrintWriter out = new PrintWriter(misses);
    for (String set : ReportedScorer.SETS) {
      ReportedScorer.Totals t = new ReportedScorer.Totals();
      for (ReportedScorer.Case c : ReportedScorer.cases(set)) {
        String text = c.text() + "\n";
        var analysis = SharedParley.get().analyze(new Article(c.id(), null, null, null, null, text, "it"));
        ReportedScorer.score(c, JSON.readTree(AnalysisJson.line(analysis)), t, out, true);
      }
      out.flush();
      assertThat(t.precision()).as("%s precision; %s", t.summaryLine(set), misses).isGreaterThanOrEqualTo(0.85);
      assertThat(t.speakerAccuracy()).as("%s speakers; %s", t.summaryLine(set), misses).isGreaterThanOrEqualTo(0.90);
      assertThat(t.recall()).as("%s recall; %s", t.summaryLine(set), misses).isGreaterThanOrEqualTo(0.80);
    }
  }
}
