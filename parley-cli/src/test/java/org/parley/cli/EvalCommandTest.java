// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval} without the models: a missing shared folder, and scoring analyses already written. */
class EvalCommandTest {
  private final CommandRun cli = new CommandRun();


  @Test
  void missingSharedFolderIsSkippedWithAClearMessage(@TempDir Path dir) {
    assertThat(cli.run("eval", "--shared", dir.resolve("absent").toString())).isEqualTo(ExitCodes.OK);
    assertThat(cli.err()).contains("no shared data at").contains("absent");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void unknownSetIsAUsageErrorNamingTheValidOnes() {
    assertThat(cli.run("eval", "--set", "everything")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("seed", "plover", "conflibert", "all");
  }

  @Test
  void scoresWrittenAnalysesAgainstEveryGoldReading(@TempDir Path dir) throws Exception {
    Path shared = dir.resolve("shared");
    Files.createDirectories(shared.resolve("gold"));
    Files.writeString(shared.resolve("gold/talks.json"), """
        {"input": "seed/talks.txt", "article": {"published": "2024-05-07"},
         "events": [{"id": "talks", "types": ["CONSULT"], "evidence": ["met in Port Vale"], "date": "2024-05-06"}],
         "quotes": [{"text": "no deal yet", "speaker": "Adler"}]}
        """);
    Path analyses = dir.resolve("analyses");
    Files.createDirectories(analyses.resolve("gold"));
    String text = "Envoys met in Port Vale on Monday. \u201cNo deal yet,\u201d said Mara Adler.";
    Files.writeString(analyses.resolve("gold/talks.jsonl"), "\n{\"article\": {\"id\": \"a\", \"published\": "
        + "\"2024-05-07\", \"text\": \"" + text + "\"}, \"actors\": [{\"id\": \"act-1\", \"name\": \"Mara Adler\"}],"
        + " \"events\": [{\"type\": \"CONSULT\", \"date\": \"2024-05-06\", \"evidence\": [{\"start\": 0, \"end\": 34,"
        + " \"text\": \"Envoys met in Port Vale on Monday.\"}]}], \"quotes\": [{\"text\": \"No deal yet,\","
        + " \"speaker\": \"act-1\"}]}\n");
    assertThat(cli.run("eval", "--set", "seed", "--shared", shared.toString(), "--analyses", analyses.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains(
        "talks.json: events recall 1/1 precision 1/1 F1 1.00 forbidden 0; quotes 1/1 speakers 1; board 0/0; article 1/1",
        "  per-type CONSULT    recall 1/1 precision 1/1",
        "total: event_recall=1.0 event_precision=1.0 event_f1=1.0 forbidden=0 quote_recall=1.0 "
            + "quote_speaker_accuracy=1.0 board=None article=1.0 event_dates=1.0 event_places=None articles=1");
  }

  @Test
  void scoresTheWholeArticlesSetFromItsOwnFolder(@TempDir Path dir) throws Exception {
    Path set = dir.resolve("shared/datasets/articles-dev");
    Files.createDirectories(set.resolve("gold"));
    Files.writeString(set.resolve("index.json"), "{\"truce\": {\"published\": \"2024-05-07\"}}");
    Files.writeString(set.resolve("truce.txt"), "Truce holds\n\nThe truce held on Monday.\n");
    Files.writeString(set.resolve("gold/truce.json"), """
        {"input": "datasets/articles-dev/truce.txt", "article": {"published": "2024-05-07"},
         "events": [{"id": "talks", "types": ["CONSULT"], "evidence": ["met in Port Vale"]}]}
        """);
    Path analyses = dir.resolve("analyses");
    Files.createDirectories(analyses.resolve("articles"));
    Files.writeString(analyses.resolve("articles/truce.jsonl"), "{\"article\": {\"id\": \"a\", \"published\": "
        + "\"2024-05-07\", \"text\": \"The truce held on Monday.\"}, \"events\": []}\n");
    assertThat(cli.run("eval", "--set", "articles", "--shared", dir.resolve("shared").toString(),
        "--analyses", analyses.toString())).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).contains(
        "truce.json: events recall 0/1 precision 0/0 F1 0.00 forbidden 0; quotes 0/0 speakers 0; board 0/0; article 1/1",
        "total: event_recall=0.0 event_precision=0.0 event_f1=0.0");
    assertThat(cli.out()).doesNotContain("plover");
  }

  @Test
  void scoresQuotesAsTheQuoteRefereeDoes(@TempDir Path dir) throws Exception {
    // Same files through shared/tools/score_quotes.py print the very lines asserted here.
    Path set = dir.resolve("shared/datasets/quotes-dev");
    Files.createDirectories(set.resolve("text"));
    Files.createDirectories(set.resolve("attributions"));
    String text = "\u201cNo deal yet,\u201d said Mara Adler. Envoys said the truce \u201cwill hold until spring,\u201d"
        + " officials added. The talks were \"a waste\", said Ivo Brandt. The talks failed.";
    Files.writeString(set.resolve("text/talks.txt"), text);
    Files.writeString(set.resolve("text/border.txt"), "Quiet day."); // no annotation: read, not scored
    Files.writeString(set.resolve("attributions/talks_ann1.ann"), String.join("\n",
        "T1\tSource 20 30\tMara Adler",
        "T2\tContent 0 14\t\u201cNo deal yet,\u201d",
        "E1\tAttribution:T2 Source:T1 Content:T2",
        "T3\tSource 80 89\tofficials",
        "T4\tContent 44 79\tthe truce \u201cwill hold until spring,\u201d",
        "E2\tAttribution:T4 Source:T3 Content:T4",
        "T5\tSource 128 138\tIvo Brandt",
        "T6\tContent 112 121\t\"a waste\"",
        "E3\tAttribution:T6 Source:T5 Content:T6",
        "T7\tContent 140 156\tThe talks failed", // no quotation mark: not a gold quote
        "E4\tAttribution:T7 Content:T7", ""));
    Path analyses = dir.resolve("analyses");
    Files.createDirectories(analyses);
    Files.writeString(analyses.resolve("quotes.jsonl"), String.join("\n",
        "{\"article\": {\"id\": \"b\"}, \"quotes\": [{\"text\": \"Quiet day\", \"direct\": true}]}",
        "",
        "{\"article\": {\"id\": \"a\"}, \"actors\": [{\"id\": \"act-1\", \"name\": \"Mara Adler\", \"mentions\": []},"
            + " {\"id\": \"act-2\", \"name\": \"Ivo Brandt\", \"mentions\": [{\"text\": \"Brandt\"}]}],"
            + " \"quotes\": [{\"text\": \"No deal yet,\", \"speaker\": \"act-1\", \"direct\": true},"
            + " {\"text\": \"the truce will hold until spring\", \"speaker\": \"act-2\", \"direct\": true},"
            + " {\"text\": \"Spring is far\", \"speaker\": \"act-2\"},"
            + " {\"text\": \"the talks were a waste\", \"speaker\": \"act-2\", \"direct\": false}]}", ""));
    assertThat(cli.run("eval", "--set", "quotes", "--verbose", "--shared", dir.resolve("shared").toString(),
        "--analyses", analyses.toString())).isEqualTo(ExitCodes.OK);
    assertThat(cli.out()).isEqualTo(String.join("\n",
        "  wrong speaker in talks: 'the truce \u201cwill hold until spring,\u201d' said by 'officials', got 'Ivo Brandt'",
        "  missed quote in talks: \"a waste\"",
        "quotes: gold=3 recall=0.667 precision=0.667 f1=0.667 speaker_accuracy=0.500", ""));
  }
}
