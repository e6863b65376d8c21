// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.actors.ActorLayer;
import org.parley.actors.MentionKind;
import org.parley.actors.MentionedActors;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** Team-written news sentences, hand-parsed as parsers get them wrong, for how the cue's subject is found. */
class SpeakerPhraseTest {
  private static String speakerName(Quotes found, Quote q) {
    return found.actors().actor(q.speakerId()).orElseThrow().name();
  }

  @Test
  void ofTwoSubjectsTheOneNearestBeforeTheCueSpeaks() {
    String text = "It was, the envoy said, \"a turning point for the whole region.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "It/PRP/5/nsubj was|be/VBD/5/cop ,/,/5/punct the/DT/4/det envoy/NN/5/nsubj said|say/VBD/-1/root "
            + ",/,/5/punct \"/``/10/punct a/DT/10/det turning|turn/NN/10/compound point/NN/5/dep for/IN/14/case "
            + "the/DT/14/det whole/JJ/14/amod region/NN/10/nmod ././5/punct \"/''/5/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement()
        .satisfies(q -> assertThat(speakerName(found, q)).isEqualTo("envoy"));
  }

  @Test
  void aPassiveCuesAgentSpeaks() {
    String text = "\"We will rebuild every house on this street\" was written by Ana Reyes on a banner.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/3/punct We/PRP/3/nsubj will/MD/3/aux rebuild/VB/11/csubj:pass every/DT/5/det house/NN/3/obj "
            + "on/IN/8/case this/DT/8/det street/NN/5/nmod \"/''/3/punct was|be/VBD/11/aux:pass "
            + "written|write/VBN/-1/root by/IN/14/case Ana/NNP/PERSON/14/compound Reyes/NNP/PERSON/11/obl:agent "
            + "on/IN/17/case a/DT/17/det banner/NN/11/obl ././11/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement()
        .satisfies(q -> assertThat(speakerName(found, q)).isEqualTo("Ana Reyes"));
  }

  @Test
  void aParticipleHungOnTheQuotationGoesOnFromTheCueBeforeIt() {
    String text = "\"Nothing is settled,\" Roe said, going on to add that the talks had \"failed for good this time.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/3/punct Nothing/NN/3/nsubj:pass is|be/VBZ/3/aux:pass settled|settle/VBN/-1/root ,/,/3/punct "
            + "\"/''/3/punct Roe/NNP/PERSON/7/nsubj said|say/VBD/3/dep ,/,/7/punct going|go/VBG/3/dep "
            + "on/IN/9/compound:prt to/TO/12/mark add/VB/9/xcomp that/IN/18/mark the/DT/15/det "
            + "talks|talk/NNS/18/nsubj had|have/VBD/18/aux \"/``/18/punct failed|fail/VBN/12/ccomp for/IN/20/case "
            + "good/JJ/18/obl this/DT/22/det time/NN/18/obl:tmod ././3/punct \"/''/3/punct").article();
    ActorLayer actors = new MentionedActors().mention(a.sentences().get(0), 6, 6, MentionKind.NAME, "act-1",
        "Jane Roe", null, null, null).layer();
    Quotes found = new NewsQuoteFinder().find(a, actors);
    assertThat(found.quotes()).filteredOn(q -> q.text().contains("failed")).singleElement()
        .satisfies(q -> assertThat(q.speakerId()).isEqualTo("act-1"));
  }
}
