// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.MentionKind;
import org.parley.actors.MentionedActors;
import org.parley.article.TraceStep;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** Attribution over hand-built parses, so each rule is checked apart from the parser's mistakes. */
class NewsQuoteFinderTest {
  private static ActorLayer person(AnnotatedArticle a, String id, String name, int sentence, int first, int last) {
    return new MentionedActors().mention(a.sentences().get(sentence), first, last, MentionKind.NAME, id, name, null,
        null, null).layer();
  }

  private static List<String> mentions(Quotes found, String actorId, String text) {
    Actor a = found.actors().actor(actorId).orElseThrow();
    return a.mentions().stream().map(m -> m.of(text)).toList();
  }

  @Test
  void joinsAQuoteInterruptedByItsAttributionAndResolvesThePronoun() {
    String text = "Anna Petrenko spoke first.\n\u201cWe are ready,\u201d she said, \u201cto talk.\u201d\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Anna/NNP/PERSON/1/compound Petrenko/NNP/PERSON/2/nsubj spoke|speak/VBD/-1/root first/RB/2/advmod "
            + "././2/punct",
        "\u201c/``/3/punct We/PRP/3/nsubj are|be/VBP/3/cop ready/JJ/-1/root ,/,/3/punct \u201d/''/3/punct "
            + "she/PRP/7/nsubj said|say/VBD/3/parataxis ,/,/7/punct \u201c/``/11/punct to/TO/11/mark talk/VB/3/xcomp "
            + "././3/punct \u201d/''/3/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Anna Petrenko", 0, 0, 1));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We are ready, to talk.");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.cue().of(text)).isEqualTo("said");
      assertThat(q.direct()).isTrue();
    });
    assertThat(mentions(found, "act-1", text)).containsExactly("Anna Petrenko", "she");
    assertThat(found.actors().mentions()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(MentionKind.PRONOUN);
      assertThat(m.actorId()).isEqualTo("act-1");
    });
  }

  @Test
  void tracesWhichRulesFoundTheAttributionAndNamedTheSpeaker() {
    String text = "Omar Haddad arrived late.\n\u201cNothing is settled,\u201d he said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Omar/NNP/PERSON/1/compound Haddad/NNP/PERSON/2/nsubj arrived|arrive/VBD/-1/root late/RB/2/advmod "
            + "././2/punct",
        "\u201c/``/3/punct Nothing/NN/3/nsubj:pass is|be/VBZ/3/aux:pass settled|settle/VBN/-1/root ,/,/3/punct "
            + "\u201d/''/3/punct he/PRP/7/nsubj said|say/VBD/3/parataxis ././3/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Omar Haddad", 0, 0, 1));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::toString)
          .containsExactly("speech-cue-by-parse: said", "pronoun-continues-earlier-speaker: he");
      // the trace explains the quote; it is no part of what the quote is
      assertThat(q).isEqualTo(new Quote(q.span(), q.text(), q.speakerId(), q.cue(), q.direct()));
    });
  }

  @Test
  void partialQuoteInReportedSpeechReportsTheClauseOfANewOrganisationActor() {
    String text = "The ministry said the plan was \"dead on arrival.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det ministry/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det plan/NN/7/nsubj was|be/VBD/7/cop "
            + "\"/``/7/punct dead/JJ/2/ccomp on/IN/9/case arrival/NN/7/obl ././7/punct \"/''/7/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the plan was \"dead on arrival.\"");
      assertThat(q.speakerId()).isEqualTo("act-1");
    });
    Actor ministry = found.actors().actor("act-1").orElseThrow();
    assertThat(ministry.name()).isEqualTo("ministry");
    assertThat(ministry.sector()).isEqualTo("GOV");
    assertThat(mentions(found, "act-1", text)).containsExactly("The ministry");
  }

  @Test
  void aQuotedLabelWithoutACueIsNotSpeech() {
    String text = "The \"buffer zone\" runs along the river.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/3/det \"/``/3/punct buffer/NN/3/compound zone/NN/5/nsubj \"/''/3/punct runs|run/VBZ/-1/root "
            + "along/IN/8/case the/DT/8/det river/NN/5/obl ././5/punct").article();
    assertThat(new NewsQuoteFinder().find(a, ActorLayer.EMPTY).quotes()).isEmpty();
  }

  @Test
  void aQuotedParagraphWithoutACueContinuesThePreviousSpeaker() {
    String text = "\"We will not discuss it,\" said Ivan Sorokin.\n\"It is closed.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/4/punct We/PRP/4/nsubj will/MD/4/aux not/RB/4/advmod discuss/VB/-1/root it/PRP/4/obj ,/,/4/punct "
            + "\"/''/4/punct said|say/VBD/4/parataxis Ivan/NNP/PERSON/10/compound Sorokin/NNP/PERSON/8/nsubj "
            + "././4/punct",
        "\"/``/4/punct It/PRP/4/nsubj is|be/VBZ/4/cop closed/JJ/-1/root ././4/punct \"/''/4/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Ivan Sorokin", 0, 9, 10));
    assertThat(found.quotes()).extracting(Quote::text).containsExactly("We will not discuss it,", "It is closed.");
    assertThat(found.quotes()).extracting(Quote::speakerId).containsExactly("act-1", "act-1");
    assertThat(found.quotes().get(1).cue()).isNull();
  }

  @Test
  void aDashBeforeANameAttributesTheQuote() {
    String text = "\u201cWe want peace.\u201d \u2015 Olga Marchenko\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\u201c/``/2/punct We/PRP/2/nsubj want/VBP/-1/root peace/NN/2/obj ././2/punct \u201d/''/2/punct "
            + "\u2015/:/2/punct Olga/NNP/PERSON/8/compound Marchenko/NNP/PERSON/2/dep").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We want peace.");
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("Olga Marchenko");
    });
  }

  @Test
  void aNewSpeakerIdFollowsTheExistingOnes() {
    String text = "\"Talks are over,\" an official said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/2/punct Talks|talk/NNS/2/nsubj are|be/VBP/-1/root over/RB/2/advmod ,/,/2/punct \"/''/2/punct "
            + "an|a/DT/7/det official/NN/8/nsubj said|say/VBD/2/parataxis ././2/punct").article();
    ActorLayer layer = new ActorLayer(List.of(new Actor("act-7", "Geneva", null, null, null, null, null,
        List.of())), List.of());
    Quotes found = new NewsQuoteFinder().find(a, layer);
    assertThat(found.quotes()).singleElement().extracting(Quote::speakerId).isEqualTo("act-8");
    assertThat(found.actors().actors()).extracting(Actor::name).containsExactly("Geneva", "official");
  }

  @Test
  void aReportTheParserHungLooseFromTheCueIsStillReportedButItsSpeakerWaitsForTheEvents() {
    String text = "The commander told reporters the truce was holding.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det commander/NN/2/nsubj told|tell/VBD/-1/root reporters|reporter/NNS/2/iobj the/DT/5/det "
            + "truce/NN/2/obj was|be/VBD/7/aux holding|hold/VBG/2/dep ././2/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the truce was holding");
      assertThat(q.direct()).isFalse();
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("commander");
      // found by a reading the parse does not show: the event coder does not see this speaker
      assertThat(found.eventActors().actor(q.speakerId())).isEmpty();
    });
  }

  @Test
  void theWiresAttributionAfterTheReportNamesItsSpeaker() {
    String text = "Talks will resume on Monday, a spokesman said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Talks|talk/NNS/2/nsubj will/MD/2/aux resume/VB/8/dep on/IN/4/case Monday/NNP/2/obl ,/,/8/punct a/DT/7/det "
            + "spokesman/NN/8/nsubj said|say/VBD/-1/root ././8/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Talks will resume on Monday");
      assertThat(q.direct()).isFalse();
      assertThat(q.cue().of(text)).isEqualTo("said");
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("spokesman");
    });
  }

  @Test
  void aClauseCitedAccordingToASourceIsThatSourcesReport() {
    String text = "The ship left at dawn, according to the port authority.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det ship/NN/2/nsubj left|leave/VBD/-1/root at/IN/4/case dawn/NN/2/obl ,/,/2/punct "
            + "according|accord/VBG/10/case to/IN/6/fixed the/DT/10/det port/NN/10/compound authority/NN/2/obl "
            + "././2/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The ship left at dawn");
      assertThat(q.direct()).isFalse();
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("port authority");
    });
  }

  @Test
  void speakersOfReportedSpeechAreCarriedIntoTheLaterLayerUnderAFreshId() {
    String text = "Talks will resume on Monday, a spokesman said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Talks|talk/NNS/2/nsubj will/MD/2/aux resume/VB/8/dep on/IN/4/case Monday/NNP/2/obl ,/,/8/punct a/DT/7/det "
            + "spokesman/NN/8/nsubj said|say/VBD/-1/root ././8/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    String id = found.quotes().get(0).speakerId();
    // a later stage took the same id for an actor of its own
    Actor other = new Actor(id, "Ruritania", null, "RUR", null, null, null, List.of());
    Quotes carried = found.carriedInto(new ActorLayer(List.of(other), List.of()));
    String newId = carried.quotes().get(0).speakerId();
    assertThat(newId).isNotEqualTo(id);
    assertThat(carried.actors().actor(id).orElseThrow().name()).isEqualTo("Ruritania");
    assertThat(carried.actors().actor(newId).orElseThrow().name()).isEqualTo("spokesman");
    assertThat(carried.actors().mentions()).anySatisfy(m -> assertThat(m.actorId()).isEqualTo(newId));
  }

  @Test
  void aSourceVouchingThroughAccordingToReportsTheWholeSentence() {
    String text = "Farmers joined a \"sit-in\", according to the union.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Farmers|farmer/NNS/1/nsubj joined|join/VBD/-1/root a/DT/4/det \"/``/4/punct sit-in/NN/1/obj \"/''/4/punct "
            + ",/,/1/punct according|accord/VBG/10/case to/IN/7/fixed the/DT/10/det union/NN/1/obl ././1/punct")
        .article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Farmers joined a \"sit-in\"");
      assertThat(q.trace()).extracting(TraceStep::rule).contains(AccordingToSentence.RULE);
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("union");
    });
  }

  @Test
  void anAttributionInsideTheSentenceReportsTheClauseItInterrupts() {
    String text = "Omar Haddad arrived late.\nThe rebel economy, he added, is like \"a house of cards.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Omar/NNP/PERSON/1/compound Haddad/NNP/PERSON/2/nsubj arrived|arrive/VBD/-1/root late/RB/2/advmod "
            + "././2/punct",
        "The/DT/2/det rebel/NN/2/compound economy/NN/7/nsubj ,/,/5/punct he/PRP/5/nsubj added|add/VBD/7/parataxis "
            + ",/,/5/punct is|be/VBZ/-1/root like/IN/11/case \"/``/11/punct a/DT/11/det house/NN/7/obl of/IN/13/case "
            + "cards|card/NNS/11/nmod ././7/punct \"/''/7/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Omar Haddad", 0, 0, 1));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The rebel economy, he added, is like \"a house of cards.\"");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains(ParentheticalAttribution.RULE);
    });
  }

  @Test
  void aQuotationNamedByWhatSomeoneCallsItKeepsTheFreeRelative() {
    String text = "Lena Brandt rejects what she calls a \"war of nerves.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Lena/NNP/PERSON/1/compound Brandt/NNP/PERSON/2/nsubj rejects|reject/VBZ/-1/root what/WP/2/obj "
            + "she/PRP/5/nsubj calls|call/VBZ/3/acl:relcl a/DT/8/det \"/``/8/punct war/NN/5/xcomp of/IN/10/case "
            + "nerves|nerve/NNS/8/nmod ././2/punct \"/''/2/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Lena Brandt", 0, 0, 1));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("what she calls a \"war of nerves");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains(WhatTheyCall.RULE);
    });
  }

  @Test
  void aNameBetweenTheQuotationAndACueWithoutSubjectIsTheSpeaker() {
    // the parser hung the name off the quotation's verb and left "said" without a subject
    String text = "\u201cNothing is settled,\u201d Haddad, a senior negotiator, said Thursday.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\u201c/``/3/punct Nothing/NN/3/nsubj:pass is|be/VBZ/3/aux:pass settled|settle/VBN/-1/root ,/,/3/punct "
            + "\u201d/''/3/punct Haddad/NNP/PERSON/3/dep ,/,/10/punct a/DT/10/det senior/JJ/10/amod "
            + "negotiator/NN/6/appos ,/,/6/punct said|say/VBD/3/parataxis Thursday/NNP/DATE/12/obl:tmod ././3/punct")
        .article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Haddad", 0, 6, 6));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Nothing is settled,");
      assertThat(q.speakerId()).isEqualTo("act-1");
    });
  }

  @Test
  void aLongSpeakerPhraseInTheSentenceAfterAnExclamationStillReachesItsCue() {
    // the splitter ends the sentence at "!"; eight words of name and description stand before the cue
    String text = "\u201cThis is a grave day!\u201d the governor's niece, state legislator Amina Dabo, shouted to "
        + "the crowd.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\u201c/``/5/punct This/DT/5/nsubj is|be/VBZ/5/cop a/DT/5/det grave/JJ/5/amod day/NN/-1/root !/./5/punct "
            + "\u201d/''/5/punct",
        "the/DT/1/det governor/NN/3/nmod:poss 's/POS/1/case niece/NN/10/nsubj ,/,/8/punct state/NN/6/compound "
            + "legislator/NN/8/compound Amina/NNP/PERSON/8/compound Dabo/NNP/PERSON/3/appos ,/,/8/punct "
            + "shouted|shout/VBD/-1/root to/IN/13/case the/DT/13/det crowd/NN/10/obl ././10/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Amina Dabo", 1, 7, 8));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("This is a grave day!");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).startsWith("speech-cue-after-quote");
    });
  }

  @Test
  void aNounInAPrepositionalPhraseBeforeTheCueIsNotItsSubject() {
    // the parser lost the subject of "chanted"; the noun before the cue is the end of "through the streets"
    String text = "Protesters marching through the streets chanted \u201cNo more war!\u201d\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Protesters|protester/NNS/5/dep marching|march/VBG/0/acl through/IN/4/case the/DT/4/det "
            + "streets|street/NNS/1/obl chanted|chant/VBD/-1/root \u201c/``/9/punct No/DT/9/det more/JJ/9/amod "
            + "war/NN/5/obj !/./9/punct \u201d/''/9/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("No more war!");
      assertThat(mentions(found, q.speakerId(), text)).containsExactly("Protesters marching through the streets");
    });
  }

  @Test
  void aTimePhraseBeforeARelativeClauseIsNotWhatSpeaks() {
    // "that says" hangs loosely; the clause describes the memo, not the day it was released
    String text = "Haddad released a memo from his office Monday that says the talks are \u201cover for good.\u201d\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Haddad/NNP/PERSON/1/nsubj released|release/VBD/-1/root a/DT/3/det memo/NN/1/obj from/IN/6/case "
            + "his|he/PRP$/6/nmod:poss office/NN/3/nmod Monday/NNP/DATE/1/obl:tmod that/WDT/9/nsubj "
            + "says|say/VBZ/1/dep the/DT/11/det talks|talk/NNS/14/nsubj are|be/VBP/14/cop \u201c/``/14/punct "
            + "over/RB/9/ccomp for/IN/16/case good/NN/14/obl ././1/punct \u201d/''/1/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Haddad", 0, 0, 0));
    assertThat(found.quotes()).singleElement().satisfies(q -> assertThat(q.trace())
        .extracting(TraceStep::change).noneSatisfy(d -> assertThat(d).contains("Monday")).anySatisfy(d -> assertThat(d).contains("memo")));
  }

  @Test
  void aSecondThatClauseOfTheSameCueBelongsToTheReportedContent() {
    String text = "Roberts said the videos were \"inconclusive\" and that the footage did not show a gun.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Roberts/NNP/PERSON/1/nsubj said|say/VBD/-1/root the/DT/3/det videos|video/NNS/6/nsubj were|be/VBD/6/cop "
            + "\"/``/6/punct inconclusive/JJ/1/ccomp \"/''/6/punct and/CC/14/cc that/IN/14/mark the/DT/11/det "
            + "footage/NN/14/nsubj did|do/VBD/14/aux not/RB/14/advmod show/VB/6/conj a/DT/16/det gun/NN/14/obj "
            + "././1/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Roberts", 0, 0, 0));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the videos were \"inconclusive\" and that the footage did not show a gun");
      assertThat(q.speakerId()).isEqualTo("act-1");
    });
  }

  @Test
  void aQuotedSentenceAfterTheCuesAdjunctsIsTheSpeakersOwnWords() {
    // the parser hung the quotation on the date; "at the rally on Friday" says where and when, not what
    String text = "Rahimi said at the rally on Friday, \"That is not true,\" before leaving.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Rahimi/NNP/PERSON/1/nsubj said|say/VBD/-1/root at/IN/4/case the/DT/4/det rally/NN/1/obl on/IN/6/case "
            + "Friday/NNP/DATE/1/obl:tmod ,/,/6/punct \"/``/12/punct That/DT/12/nsubj is|be/VBZ/12/cop "
            + "not/RB/12/advmod true/JJ/6/appos ,/,/12/punct \"/''/12/punct before/IN/16/mark "
            + "leaving|leave/VBG/1/advcl ././1/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Rahimi", 0, 0, 0));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("That is not true,");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains("quoted-sentence-after-adjuncts");
    });
  }

  @Test
  void aPhrasalVerbOfSayingIsACueWithItsParticle() {
    String text = "The audit also points out that the fines are \"far too light\" for large banks.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det audit/NN/3/nsubj also/RB/3/advmod points|point/VBZ/-1/root out/RP/3/compound:prt "
            + "that/IN/12/mark the/DT/7/det fines|fine/NNS/12/nsubj are|be/VBP/12/cop \"/``/12/punct "
            + "far/RB/11/advmod too/RB/12/advmod light/JJ/3/ccomp \"/''/12/punct for/IN/16/case large/JJ/16/amod "
            + "banks|bank/NNS/12/obl ././3/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.cue().of(text)).isEqualTo("points");
      assertThat(q.text()).isEqualTo("that the fines are \"far too light\" for large banks");
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("audit");
    });
  }

  private static final String CHANT = "Thousands of protesters chanting \"Go home\" marched to the embassy.\n";

  private static AnnotatedArticle chant() {
    return ParsedArticle.over(CHANT).paragraph(
        "Thousands|thousand/NNS/8/nsubj of/IN/2/case protesters|protester/NNS/0/nmod chanting|chant/VBG/0/acl "
            + "\"/``/5/punct Go|go/VB/3/ccomp home/RB/5/advmod \"/''/5/punct marched|march/VBD/-1/root to/IN/11/case "
            + "the/DT/11/det embassy/NN/8/obl ././8/punct").article();
  }

  @Test
  void theGroupANumberCountsIsTheSpeaker() {
    AnnotatedArticle a = chant();
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "protesters", 0, 2, 2));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Go home");
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains("the-group-a-number-counts");
    });
  }

  @Test
  void theSpeakersPhraseEndsBeforeItsCue() {
    Quotes found = new NewsQuoteFinder().find(chant(), ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q ->
        assertThat(mentions(found, q.speakerId(), CHANT)).containsExactly("Thousands of protesters"));
  }

  @Test
  void aSpeakingPronounWithNoActorContinuesTheSayerOfTheSentenceBefore() {
    // the actor stage reads no actor in "the foreign minister" (no state named); the pronoun still has its speaker
    AnnotatedArticle a = new ParsedArticle().paragraph(
        "The/DT/2/det foreign/JJ/2/amod minister/NN/3/nsubj said|say/VBD/-1/root the/DT/5/det talks|talk/NNS/7/nsubj "
            + "had|have/VBD/7/aux failed|fail/VBN/3/ccomp ././3/punct",
        "\"/``/4/punct We/PRP/4/nsubj will/MD/4/aux not/RB/4/advmod return/VB/-1/root ,/,/4/punct \"/''/4/punct "
            + "he/PRP/8/nsubj told|tell/VBD/4/parataxis reporters|reporter/NNS/8/obj ././4/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.trace()).extracting(TraceStep::rule).contains("pronoun-continues-the-sayer-before");
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).endsWith("minister");
    });
  }

  @Test
  void aQuotationCoordinatedWithAnotherReachesTheCueTheyShare() {
    String text = "The commander said his men were \"ready to talk\" but would \"hold every village.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det commander/NN/2/nsubj said|say/VBD/-1/root his|he/PRP$/4/nmod:poss men|man/NNS/7/nsubj "
            + "were|be/VBD/7/cop \"/``/7/punct ready/JJ/2/ccomp to/TO/9/mark talk/VB/7/xcomp \"/''/9/punct "
            + "but/CC/14/cc would/MD/14/aux \"/``/14/punct hold/VB/7/conj every/DT/16/det village/NN/14/obj "
            + "././2/punct \"/''/2/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).hasSize(2);
    assertThat(found.quotes().get(1).text()).contains("hold every village");
    assertThat(found.quotes().get(1).speakerId()).isNotNull().isEqualTo(found.quotes().get(0).speakerId());
  }

  @Test
  void aStatementFromABodyTheActorStageReadSpeaksForThatBody() {
    String text = "\"We will hold the line,\" said a statement from the army.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/3/punct We/PRP/3/nsubj will/MD/3/aux hold/VB/-1/root the/DT/5/det line/NN/3/obj ,/,/3/punct "
            + "\"/''/3/punct said|say/VBD/3/parataxis a/DT/10/det statement/NN/8/nsubj from/IN/13/case the/DT/13/det "
            + "army/NN/10/nmod ././3/punct").article();
    ActorLayer army = new MentionedActors().mention(a.sentences().get(0), 12, 13, MentionKind.NAME, "act-1", "army",
        null, null, null).layer();
    Quotes found = new NewsQuoteFinder().find(a, army);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains("document-speaks-for-issuer");
    });
  }

  @Test
  void aVoiceoverSpeaksForTheBroadcasterThatShowedItsFilm() {
    String text = "State television showed the crowds in the square.\n\"They betrayed the nation,\" a voiceover said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "State/NN/1/compound television/NN/2/nsubj showed|show/VBD/-1/root the/DT/4/det crowds|crowd/NNS/2/obj "
            + "in/IN/7/case the/DT/7/det square/NN/4/nmod ././2/punct").paragraph(
        "\"/``/2/punct They/PRP/2/nsubj betrayed|betray/VBD/-1/root the/DT/4/det nation/NN/2/obj ,/,/2/punct "
            + "\"/''/2/punct a/DT/8/det voiceover/NN/9/nsubj said|say/VBD/2/parataxis ././2/punct").article();
    ActorLayer tv = new MentionedActors().mention(a.sentences().get(0), 0, 1, MentionKind.DESCRIPTION, "act-1",
        "state television", null, null, "MED").layer();
    Quotes found = new NewsQuoteFinder().find(a, tv);
    // a voiceover is no speaker of its own: the broadcaster that showed the film speaks through it
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(q.trace()).extracting(TraceStep::rule).contains("document-speaks-for-issuer");
    });
  }

  @Test
  void aReportWithoutIssuerSpeaksButIsNoDoerOfTheCodersEvents() {
    String text = "\"The army shelled the market,\" the report said.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/3/punct The/DT/2/det army/NN/3/nsubj shelled|shell/VBD/-1/root the/DT/5/det market/NN/3/obj "
            + ",/,/3/punct \"/''/3/punct the/DT/9/det report/NN/10/nsubj said|say/VBD/3/parataxis ././3/punct")
        .article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    String report = found.quotes().get(0).speakerId();
    assertThat(mentions(found, report, text)).containsExactly("the report");
    // the actor stays for the quote's sake; the coder's layer has no phrase of it to read as a doer
    assertThat(found.eventActors().actor(report)).isPresent();
    assertThat(found.eventActors().mentions()).noneSatisfy(m -> assertThat(m.actorId()).isEqualTo(report));
  }
}
