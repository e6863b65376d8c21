// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.article.TraceStep;

/** Each parse repair on the misreading it exists for, and on a parse it must leave alone. */
class ParseRepairsTest {
  private static Sentence repaired(AnnotatedArticle a) {
    return ParseRepairs.builtIn().annotate(a).sentences().get(0);
  }

  @Test
  void aQuotedCryReadAsTheSubjectGivesTheSubjectBackToTheCrowd() {
    // the parser's garden path: "crowd" as the root, the cry as the subject of "stormed", "stormed" as what was chanted
    String text = "A crowd chanting \"Death to traitors\" stormed the police station.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "A/DT/1/det crowd/NN/-1/root chanting|chant/VBG/1/acl \"/``/4/punct Death/NN/8/nsubj to/IN/6/case "
            + "traitors|traitor/NNS/4/nmod \"/''/4/punct stormed|storm/VBD/2/ccomp the/DT/11/det police/NN/11/compound "
            + "station/NN/8/obj ././1/punct").article();
    Sentence s = repaired(a);
    assertThat(s.root()).isEqualTo(8);
    assertThat(s.headArc(1)).isEqualTo(new Dependency(8, 1, "nsubj"));
    assertThat(s.headArc(4)).isEqualTo(new Dependency(2, 4, "obj"));
    assertThat(s.headArc(2)).isEqualTo(new Dependency(1, 2, "acl"));
    assertThat(s.headArc(12)).isEqualTo(new Dependency(8, 12, "punct"));
    assertThat(s.repairs()).extracting(TraceStep::rule).containsExactly("quoted-cry-is-no-subject");
    assertThat(s.subtree(8)).hasSize(s.tokens().size());
  }

  @Test
  void aCorrectParseOfTheSameShapeIsLeftAlone() {
    String text = "Protesters shouting \"Go home\" surrounded the embassy.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Protesters|protester/NNS/6/nsubj shouting|shout/VBG/0/acl \"/``/3/punct Go|go/VB/1/ccomp home/RB/3/advmod "
            + "\"/''/3/punct surrounded|surround/VBD/-1/root the/DT/8/det embassy/NN/6/obj ././6/punct").article();
    AnnotatedArticle out = ParseRepairs.builtIn().annotate(a);
    assertThat(out).isSameAs(a);
  }

  @Test
  void aQuotedSubjectOfItsOwnReportedClauseIsNoCry() {
    // "the president said 'the war' is over": the quoted words are rightly the subject; no participle describes a noun
    String text = "Officials said \"the war\" was over.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Officials|official/NNS/1/nsubj said|say/VBD/-1/root \"/``/4/punct the/DT/4/det war/NN/7/nsubj \"/''/4/punct "
            + "was|be/VBD/7/cop over/RB/1/ccomp ././1/punct").article();
    assertThat(ParseRepairs.builtIn().annotate(a)).isSameAs(a);
  }

  @Test
  void aQuotedWordOfAReportedClauseLeavesTheClauseItsSubject() {
    // the parser's reading: "it" the object of "said", "opposes" a loose dependent of "said" with no subject
    String text = "The ministry said it \"firmly\" opposes the plan.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root it/PRP/2/obj \"/``/2/punct firmly/RB/2/advmod "
            + "\"/''/2/punct opposes|oppose/VBZ/2/dep the/DT/9/det plan/NN/7/obj ././2/punct").article();
    Sentence s = repaired(a);
    assertThat(s.headArc(7)).isEqualTo(new Dependency(2, 7, "ccomp"));
    assertThat(s.headArc(3)).isEqualTo(new Dependency(7, 3, "nsubj"));
    assertThat(s.headArc(5)).isEqualTo(new Dependency(7, 5, "advmod"));
    assertThat(s.repairs()).extracting(TraceStep::rule).containsExactly("quoted-word-splits-no-clause");
  }

  @Test
  void aQuotedObjectFollowedByItsOwnClauseIsLeftAlone() {
    // "they called it 'a betrayal' and left": the verb after the quotation has a subject of its own reading
    String text = "The envoys told him \"no\" and left.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det envoys|envoy/NNS/2/nsubj told|tell/VBD/-1/root him|he/PRP/2/obj \"/``/5/punct no/UH/2/obj "
            + "\"/''/5/punct and/CC/8/cc left|leave/VBD/2/conj ././2/punct").article();
    assertThat(ParseRepairs.builtIn().annotate(a)).isSameAs(a);
  }
}
