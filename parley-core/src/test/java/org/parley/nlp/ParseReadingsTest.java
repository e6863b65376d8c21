// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;

/** The shared parse readings and the three ways of matching a relation label, on a hand-parsed passive sentence. */
class ParseReadingsTest {
  /** "The envoy was recalled by the ministry on Monday ." */
  private static final Sentence RECALLED = sentence(
      new String[] {"The", "envoy", "was", "recalled", "by", "the", "ministry", "on", "Monday", "."},
      new String[] {"DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "."},
      new int[] {1, 3, 3, -1, 6, 6, 3, 8, 3, 3},
      new String[] {DET, NSUBJ_PASS, AUX_PASS, ROOT, CASE, DET, OBL_AGENT, CASE, OBL_TMOD, PUNCT});

  @Test
  void aRelationTakesItsSubtypesButNoOtherLabelSpelledLikeIt() {
    assertThat(UdRelation.is("obl:tmod", OBL)).isTrue();
    assertThat(UdRelation.is("obl", OBL)).isTrue();
    assertThat(UdRelation.is("oblx", OBL)).isFalse();
    assertThat(UdRelation.is("obl", OBL_TMOD)).isFalse();
    // for a relation without subtype, Dependency.is is the base relation's equality it replaced
    for (String label : List.of("obl", "obl:tmod", "oblx", "nmod:poss", "nsubjpass")) {
      Dependency d = new Dependency(0, 1, label);
      for (String rel : List.of(OBL, NMOD, NSUBJ)) {
        assertThat(d.is(rel)).as(label + " is " + rel).isEqualTo(d.baseRelation().equals(rel));
      }
    }
  }

  @Test
  void childrenByRelationIncludeSubtypesInTokenOrder() {
    assertThat(ParseReadings.children(RECALLED, 3, OBL)).containsExactly(6, 8);
    assertThat(ParseReadings.child(RECALLED, 3, OBL)).isEqualTo(6);
    assertThat(ParseReadings.child(RECALLED, 3, IOBJ)).isEqualTo(-1);
    assertThat(RECALLED.child(3, OBL).text()).isEqualTo("ministry");
    assertThat(RECALLED.child(3, IOBJ)).isNull();
  }

  @Test
  void headsRelationsAndPrepositions() {
    assertThat(ParseReadings.head(RECALLED, 6)).isEqualTo(3);
    assertThat(ParseReadings.relation(RECALLED, 8)).isEqualTo(OBL_TMOD);
    assertThat(ParseReadings.caseOf(RECALLED, 8)).isEqualTo("on");
    assertThat(ParseReadings.hasCase(RECALLED, 6, "by")).isTrue();
    assertThat(ParseReadings.phrase(RECALLED, 6)).containsExactly(4, 5, 6);
    assertThat(ParseReadings.passiveHead(RECALLED, 3)).isTrue();
  }

  /** hasCase reads a preposition or the mark of a clause; hasPreposition a preposition only. */
  @Test
  void aMarkIsACaseReadingButNoPreposition() {
    Sentence after = sentence(new String[] {"Talks", "resumed", "after", "the", "envoys", "met", "."},
        new String[] {"NNS", "VBD", "IN", "DT", "NNS", "VBD", "."}, new int[] {1, -1, 5, 4, 5, 1, 1},
        new String[] {NSUBJ, ROOT, MARK, DET, NSUBJ, ADVCL, PUNCT});
    assertThat(ParseReadings.hasCase(after, 5, "after")).isTrue();
    assertThat(ParseReadings.hasPreposition(after, 5, "after")).isFalse();
    assertThat(ParseReadings.hasPreposition(RECALLED, 6, "by")).isTrue();
    assertThat(ParseReadings.hasPreposition(RECALLED, 6, "on")).isFalse();
  }

  @Test
  void aPhraseIsASubjectOnlyOfAWordOutsideIt() {
    assertThat(ParseReadings.subjectToken(RECALLED, 0, 1)).isEqualTo(1);
    assertThat(ParseReadings.subjectToken(RECALLED, 0, 3)).isEqualTo(-1); // the verb is inside
    assertThat(ParseReadings.subjectToken(RECALLED, 5, 6)).isEqualTo(-1); // the agent is no subject
  }

  private static Sentence sentence(String[] words, String[] tags, int[] heads, String[] relations) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> arcs = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, new Span(at, at + words[i].length()), words[i], words[i].toLowerCase(Locale.ROOT), tags[i], "O"));
      arcs.add(new Dependency(heads[i], i, relations[i]));
      at += words[i].length() + 1;
    }
    return new Sentence(0, new Span(0, at - 1), tokens, arcs);
  }
}
