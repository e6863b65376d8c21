// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.SpeechVerbs.Cue;
import org.parley.knowledge.SpeechVerbs.Role;

class SpeechVerbsTest {
  private static final SpeechVerbs BUILT_IN = SpeechVerbs.builtIn();

  @Test
  void aCueVerbSaysHowItQuotesAndWhetherItReportsAClause() {
    assertThat(BUILT_IN.cue("say")).contains(Cue.SAY);
    assertThat(BUILT_IN.cue("call")).contains(Cue.LABEL);
    assertThat(BUILT_IN.cue("report")).contains(Cue.REPORT);
    assertThat(BUILT_IN.reportsClause("warn")).isTrue();
    assertThat(BUILT_IN.reportsClause("continue")).isFalse();
    // listed for another rule only: no cue of the quotes stage
    assertThat(BUILT_IN.cue("speak")).isEmpty();
    assertThat(BUILT_IN.cue("according")).isEmpty();
    assertThat(BUILT_IN.cue("shell")).isEmpty();
  }

  /** The verbs each rule was written and measured with, before they moved into the one file. */
  @Test
  void eachRoleKeepsTheVerbsOfItsRule() {
    assertThat(withRole(Role.NEWS)).containsExactlyInAnyOrder(
        "say", "tell", "report", "quote", "cite", "announce", "add");
    assertThat(withRole(Role.SPEAKER_PLACE)).containsExactlyInAnyOrder(
        "say", "speak", "respond", "reply", "announce", "declare", "warn", "tell", "address", "broadcast");
    assertThat(withRole(Role.REPORT_TIME)).containsExactlyInAnyOrder(
        "say", "tell", "add", "claim", "report", "announce", "state", "note", "confirm", "deny", "insist", "write",
        "allege", "declare", "warn", "accuse", "explain", "stress", "argue", "reveal", "acknowledge", "admit",
        "suggest", "believe", "think", "according", "highlight", "affirm", "clarify", "assert");
    assertThat(withRole(Role.ADDRESSEE)).containsExactly("tell");
    // the speech and cognition verbs of type SAY the events stage read from functions.tsv before
    assertThat(withRole(Role.EVENT_SAY)).containsExactlyInAnyOrder(
        "say", "tell", "state", "add", "note", "claim", "announce", "report", "declare", "stress", "affirm",
        "confirm", "highlight", "explain", "write", "mention", "reiterate", "argue", "believe", "think", "feel",
        "suggest", "clarify", "emphasize", "emphasise", "indicate", "reveal", "acknowledge", "admit", "assert",
        "maintain", "insist", "remark", "tweet", "predict", "respond", "reply", "observe", "describe", "comment");
    assertThat(BUILT_IN.withRole(Role.EVENT_SAY)).extracting(SpeechVerbs.Verb::lemma).isSorted();
  }

  @Test
  void lookupsAreOfTheLowerCaseLemma() {
    assertThat(BUILT_IN.is("Tell", Role.ADDRESSEE)).isFalse();
    assertThat(BUILT_IN.reportsClause("Say")).isFalse();
  }

  @Test
  void aBadRowIsReportedWhereItStands() throws IOException {
    assertThatThrownBy(() -> SpeechVerbs.of(rows("murmur\twhisper\t-\t-\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("verbs.tsv:2");
    assertThatThrownBy(() -> SpeechVerbs.of(rows("murmur\tsay\t-\tgossip\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown role gossip");
    assertThatThrownBy(() -> SpeechVerbs.of(rows("murmur\t-\tclause\t-\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("only a cue verb");
    assertThatThrownBy(() -> SpeechVerbs.of(rows("murmur\tsay\t-\t-\nmurmur\tlabel\t-\t-\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("verbs.tsv:3").hasMessageContaining("twice");
  }

  @Test
  void rowsOfTheSameFormatReadAsTheBuiltInOnes() throws IOException {
    SpeechVerbs verbs = SpeechVerbs.of(rows("murmur\tsay\tclause\treport-time, speaker-place\n"));

    assertThat(verbs.cue("murmur")).contains(Cue.SAY);
    assertThat(verbs.reportsClause("murmur")).isTrue();
    assertThat(verbs.is("murmur", Role.REPORT_TIME)).isTrue();
    assertThat(verbs.is("murmur", Role.SPEAKER_PLACE)).isTrue();
    assertThat(verbs.is("murmur", Role.NEWS)).isFalse();
  }

  private static Set<String> withRole(Role role) {
    Set<String> out = new TreeSet<>();
    BUILT_IN.verbs().forEach((lemma, v) -> {
      if (v.roles().contains(role)) {
        out.add(lemma);
      }
    });
    return out;
  }

  private static List<DataFile.Row> rows(String body) throws IOException {
    return DataFile.parse(new BufferedReader(new StringReader("lemma\tcue\tclause\troles\n" + body)), "verbs.tsv",
        Header.COLUMN_NAMES);
  }
}
