// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Article;
import org.parley.article.Span;
import org.parley.article.TraceStep;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Layer;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** Attribution over hand-built parses, so each rule is checked apart from the parser's mistakes. */
class NewsQuoteFinderTest {
  /**
   * Builds an annotated article: one line per sentence, tokens as {@code text/POS/lemma/NER/head/relation}
   * separated by spaces; token offsets are found in {@code text} in order.
   */
  private static AnnotatedArticle parse(String text, String... sentences) {
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (String spec : sentences) {
      List<Token> tokens = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      for (String t : spec.trim().split(" +")) {
        String[] f = t.split("/");
        String word = f[0].replace('_', ' ');
        int start = text.indexOf(word, at);
        if (start < 0) {
          throw new IllegalArgumentException("token '" + word + "' not found after " + at);
        }
        at = start + word.length();
        tokens.add(new Token(tokens.size(), new Span(start, at), word, f[2], f[1], f[3]));
        deps.add(new Dependency(Integer.parseInt(f[4]), tokens.size() - 1, f[5]));
      }
      Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      out.add(new Sentence(out.size(), span, tokens, deps));
    }
    Article article = new Article("a-test", null, null, null, null, text, "test");
    return new AnnotatedArticle(article, Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS,
        Layer.ENTITIES, Layer.DEPENDENCIES), out);
  }

  private static ActorLayer person(AnnotatedArticle a, String id, String name, int sentence, int first, int last) {
    Span span = a.sentences().get(sentence).span(first, last);
    return new ActorLayer(List.of(new Actor(id, name, null, null, null, null, null, List.of(span))),
        List.of(new ActorMention(span, sentence, first, last, id, MentionKind.NAME)));
  }

  private static List<String> mentions(Quotes found, String actorId, String text) {
    Actor a = found.actors().actor(actorId).orElseThrow();
    return a.mentions().stream().map(m -> m.of(text)).toList();
  }

  @Test
  void joinsAQuoteInterruptedByItsAttributionAndResolvesThePronoun() {
    String text = "Anna Petrenko spoke first.\n\u201cWe are ready,\u201d she said, \u201cto talk.\u201d\n";
    AnnotatedArticle a = parse(text,
        "Anna/NNP/Anna/PERSON/1/compound Petrenko/NNP/Petrenko/PERSON/2/nsubj spoke/VBD/speak/O/-1/root "
            + "first/RB/first/O/2/advmod ./././O/2/punct",
        "\u201c/``/\u201c/O/3/punct We/PRP/we/O/3/nsubj are/VBP/be/O/3/cop ready/JJ/ready/O/-1/root ,/,/,/O/3/punct "
            + "\u201d/''/\u201d/O/3/punct she/PRP/she/O/7/nsubj said/VBD/say/O/3/parataxis ,/,/,/O/7/punct "
            + "\u201c/``/\u201c/O/11/punct to/TO/to/O/11/mark talk/VB/talk/O/3/xcomp ./././O/3/punct "
            + "\u201d/''/\u201d/O/3/punct");
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
    AnnotatedArticle a = parse(text,
        "Omar/NNP/Omar/PERSON/1/compound Haddad/NNP/Haddad/PERSON/2/nsubj arrived/VBD/arrive/O/-1/root "
            + "late/RB/late/O/2/advmod ./././O/2/punct",
        "\u201c/``/\u201c/O/3/punct Nothing/NN/nothing/O/3/nsubj:pass is/VBZ/be/O/3/aux:pass "
            + "settled/VBN/settle/O/-1/root ,/,/,/O/3/punct \u201d/''/\u201d/O/3/punct he/PRP/he/O/7/nsubj "
            + "said/VBD/say/O/3/parataxis ./././O/3/punct");
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
    AnnotatedArticle a = parse(text,
        "The/DT/the/O/1/det ministry/NN/ministry/O/2/nsubj said/VBD/say/O/-1/root the/DT/the/O/4/det "
            + "plan/NN/plan/O/7/nsubj was/VBD/be/O/7/cop \"/``/\"/O/7/punct dead/JJ/dead/O/2/ccomp "
            + "on/IN/on/O/9/case arrival/NN/arrival/O/7/obl ./././O/7/punct \"/''/\"/O/7/punct");
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
    AnnotatedArticle a = parse(text,
        "The/DT/the/O/3/det \"/``/\"/O/3/punct buffer/NN/buffer/O/3/compound zone/NN/zone/O/5/nsubj "
            + "\"/''/\"/O/3/punct runs/VBZ/run/O/-1/root along/IN/along/O/8/case the/DT/the/O/8/det "
            + "river/NN/river/O/5/obl ./././O/5/punct");
    assertThat(new NewsQuoteFinder().find(a, ActorLayer.EMPTY).quotes()).isEmpty();
  }

  @Test
  void aQuotedParagraphWithoutACueContinuesThePreviousSpeaker() {
    String text = "\"We will not discuss it,\" said Ivan Sorokin.\n\"It is closed.\"\n";
    AnnotatedArticle a = parse(text,
        "\"/``/\"/O/4/punct We/PRP/we/O/4/nsubj will/MD/will/O/4/aux not/RB/not/O/4/advmod "
            + "discuss/VB/discuss/O/-1/root it/PRP/it/O/4/obj ,/,/,/O/4/punct \"/''/\"/O/4/punct "
            + "said/VBD/say/O/4/parataxis Ivan/NNP/Ivan/PERSON/10/compound Sorokin/NNP/Sorokin/PERSON/8/nsubj "
            + "./././O/4/punct",
        "\"/``/\"/O/4/punct It/PRP/it/O/4/nsubj is/VBZ/be/O/4/cop closed/JJ/closed/O/-1/root "
            + "./././O/4/punct \"/''/\"/O/4/punct");
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Ivan Sorokin", 0, 9, 10));
    assertThat(found.quotes()).extracting(Quote::text).containsExactly("We will not discuss it,", "It is closed.");
    assertThat(found.quotes()).extracting(Quote::speakerId).containsExactly("act-1", "act-1");
    assertThat(found.quotes().get(1).cue()).isNull();
  }

  @Test
  void aDashBeforeANameAttributesTheQuote() {
    String text = "\u201cWe want peace.\u201d \u2015 Olga Marchenko\n";
    AnnotatedArticle a = parse(text,
        "\u201c/``/\u201c/O/2/punct We/PRP/we/O/2/nsubj want/VBP/want/O/-1/root peace/NN/peace/O/2/obj "
            + "./././O/2/punct \u201d/''/\u201d/O/2/punct \u2015/:/\u2015/O/2/punct "
            + "Olga/NNP/Olga/PERSON/8/compound Marchenko/NNP/Marchenko/PERSON/2/dep");
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We want peace.");
      assertThat(found.actors().actor(q.speakerId()).orElseThrow().name()).isEqualTo("Olga Marchenko");
    });
  }

  @Test
  void aNewSpeakerIdFollowsTheExistingOnes() {
    String text = "\"Talks are over,\" an official said.\n";
    AnnotatedArticle a = parse(text,
        "\"/``/\"/O/2/punct Talks/NNS/talk/O/2/nsubj are/VBP/be/O/-1/root over/RB/over/O/2/advmod "
            + ",/,/,/O/2/punct \"/''/\"/O/2/punct an/DT/a/O/7/det official/NN/official/O/8/nsubj "
            + "said/VBD/say/O/2/parataxis ./././O/2/punct");
    ActorLayer layer = new ActorLayer(List.of(new Actor("act-7", "Geneva", null, null, null, null, null,
        List.of())), List.of());
    Quotes found = new NewsQuoteFinder().find(a, layer);
    assertThat(found.quotes()).singleElement().extracting(Quote::speakerId).isEqualTo("act-8");
    assertThat(found.actors().actors()).extracting(Actor::name).containsExactly("Geneva", "official");
  }

  @Test
  void aReportTheParserHungLooseFromTheCueIsStillReportedButItsSpeakerWaitsForTheEvents() {
    String text = "The commander told reporters the truce was holding.\n";
    AnnotatedArticle a = parse(text,
        "The/DT/the/O/1/det commander/NN/commander/O/2/nsubj told/VBD/tell/O/-1/root "
            + "reporters/NNS/reporter/O/2/iobj the/DT/the/O/5/det truce/NN/truce/O/2/obj was/VBD/be/O/7/aux "
            + "holding/VBG/hold/O/2/dep ./././O/2/punct");
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
    AnnotatedArticle a = parse(text,
        "Talks/NNS/talk/O/2/nsubj will/MD/will/O/2/aux resume/VB/resume/O/8/dep on/IN/on/O/4/case "
            + "Monday/NNP/Monday/O/2/obl ,/,/,/O/8/punct a/DT/a/O/7/det spokesman/NN/spokesman/O/8/nsubj "
            + "said/VBD/say/O/-1/root ./././O/8/punct");
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
    AnnotatedArticle a = parse(text,
        "The/DT/the/O/1/det ship/NN/ship/O/2/nsubj left/VBD/leave/O/-1/root at/IN/at/O/4/case "
            + "dawn/NN/dawn/O/2/obl ,/,/,/O/2/punct according/VBG/accord/O/10/case to/IN/to/O/6/fixed "
            + "the/DT/the/O/10/det port/NN/port/O/10/compound authority/NN/authority/O/2/obl ./././O/2/punct");
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
    AnnotatedArticle a = parse(text,
        "Talks/NNS/talk/O/2/nsubj will/MD/will/O/2/aux resume/VB/resume/O/8/dep on/IN/on/O/4/case "
            + "Monday/NNP/Monday/O/2/obl ,/,/,/O/8/punct a/DT/a/O/7/det spokesman/NN/spokesman/O/8/nsubj "
            + "said/VBD/say/O/-1/root ./././O/8/punct");
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
    AnnotatedArticle a = parse(text,
        "Farmers/NNS/farmer/O/1/nsubj joined/VBD/join/O/-1/root a/DT/a/O/4/det \"/``/\"/O/4/punct "
            + "sit-in/NN/sit-in/O/1/obj \"/''/\"/O/4/punct ,/,/,/O/1/punct according/VBG/accord/O/10/case "
            + "to/IN/to/O/7/fixed the/DT/the/O/10/det union/NN/union/O/1/obl ./././O/1/punct");
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
    AnnotatedArticle a = parse(text,
        "Omar/NNP/Omar/PERSON/1/compound Haddad/NNP/Haddad/PERSON/2/nsubj arrived/VBD/arrive/O/-1/root "
            + "late/RB/late/O/2/advmod ./././O/2/punct",
        "The/DT/the/O/2/det rebel/NN/rebel/O/2/compound economy/NN/economy/O/7/nsubj ,/,/,/O/5/punct "
            + "he/PRP/he/O/5/nsubj added/VBD/add/O/7/parataxis ,/,/,/O/5/punct is/VBZ/be/O/-1/root "
            + "like/IN/like/O/11/case \"/``/\"/O/11/punct a/DT/a/O/11/det house/NN/house/O/7/obl "
            + "of/IN/of/O/13/case cards/NNS/card/O/11/nmod ./././O/7/punct \"/''/\"/O/7/punct");
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
    AnnotatedArticle a = parse(text,
        "Lena/NNP/Lena/PERSON/1/compound Brandt/NNP/Brandt/PERSON/2/nsubj rejects/VBZ/reject/O/-1/root "
            + "what/WP/what/O/2/obj she/PRP/she/O/5/nsubj calls/VBZ/call/O/3/acl:relcl a/DT/a/O/8/det "
            + "\"/``/\"/O/8/punct war/NN/war/O/5/xcomp of/IN/of/O/10/case nerves/NNS/nerve/O/8/nmod "
            + "./././O/2/punct \"/''/\"/O/2/punct");
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
    AnnotatedArticle a = parse(text,
        "\u201c/``/\u201c/O/3/punct Nothing/NN/nothing/O/3/nsubj:pass is/VBZ/be/O/3/aux:pass "
            + "settled/VBN/settle/O/-1/root ,/,/,/O/3/punct \u201d/''/\u201d/O/3/punct "
            + "Haddad/NNP/Haddad/PERSON/3/dep ,/,/,/O/10/punct a/DT/a/O/10/det senior/JJ/senior/O/10/amod "
            + "negotiator/NN/negotiator/O/6/appos ,/,/,/O/6/punct said/VBD/say/O/3/parataxis "
            + "Thursday/NNP/Thursday/DATE/12/obl:tmod ./././O/3/punct");
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
    AnnotatedArticle a = parse(text,
        "\u201c/``/\u201c/O/5/punct This/DT/this/O/5/nsubj is/VBZ/be/O/5/cop a/DT/a/O/5/det grave/JJ/grave/O/5/amod "
            + "day/NN/day/O/-1/root !/./!/O/5/punct \u201d/''/\u201d/O/5/punct",
        "the/DT/the/O/1/det governor/NN/governor/O/3/nmod:poss 's/POS/'s/O/1/case niece/NN/niece/O/10/nsubj "
            + ",/,/,/O/8/punct state/NN/state/O/6/compound legislator/NN/legislator/O/8/compound "
            + "Amina/NNP/Amina/PERSON/8/compound Dabo/NNP/Dabo/PERSON/3/appos ,/,/,/O/8/punct "
            + "shouted/VBD/shout/O/-1/root to/IN/to/O/13/case the/DT/the/O/13/det crowd/NN/crowd/O/10/obl "
            + "./././O/10/punct");
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
    AnnotatedArticle a = parse(text,
        "Protesters/NNS/protester/O/5/dep marching/VBG/march/O/0/acl through/IN/through/O/4/case "
            + "the/DT/the/O/4/det streets/NNS/street/O/1/obl chanted/VBD/chant/O/-1/root "
            + "\u201c/``/\u201c/O/9/punct No/DT/no/O/9/det more/JJ/more/O/9/amod war/NN/war/O/5/obj "
            + "!/./!/O/9/punct \u201d/''/\u201d/O/9/punct");
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
    AnnotatedArticle a = parse(text,
        "Haddad/NNP/Haddad/PERSON/1/nsubj released/VBD/release/O/-1/root a/DT/a/O/3/det memo/NN/memo/O/1/obj "
            + "from/IN/from/O/6/case his/PRP$/he/O/6/nmod:poss office/NN/office/O/3/nmod "
            + "Monday/NNP/Monday/DATE/1/obl:tmod that/WDT/that/O/9/nsubj says/VBZ/say/O/1/dep the/DT/the/O/11/det "
            + "talks/NNS/talk/O/14/nsubj are/VBP/be/O/14/cop \u201c/``/\u201c/O/14/punct over/RB/over/O/9/ccomp "
            + "for/IN/for/O/16/case good/NN/good/O/14/obl ./././O/1/punct \u201d/''/\u201d/O/1/punct");
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Haddad", 0, 0, 0));
    assertThat(found.quotes()).singleElement().satisfies(q -> assertThat(q.trace())
        .extracting(TraceStep::change).noneSatisfy(d -> assertThat(d).contains("Monday")).anySatisfy(d -> assertThat(d).contains("memo")));
  }

  @Test
  void aSecondThatClauseOfTheSameCueBelongsToTheReportedContent() {
    String text = "Roberts said the videos were \"inconclusive\" and that the footage did not show a gun.\n";
    AnnotatedArticle a = parse(text,
        "Roberts/NNP/Roberts/PERSON/1/nsubj said/VBD/say/O/-1/root the/DT/the/O/3/det videos/NNS/video/O/6/nsubj "
            + "were/VBD/be/O/6/cop \"/``/\"/O/6/punct inconclusive/JJ/inconclusive/O/1/ccomp \"/''/\"/O/6/punct "
            + "and/CC/and/O/14/cc that/IN/that/O/14/mark the/DT/the/O/11/det footage/NN/footage/O/14/nsubj "
            + "did/VBD/do/O/14/aux not/RB/not/O/14/advmod show/VB/show/O/6/conj a/DT/a/O/16/det gun/NN/gun/O/14/obj "
            + "./././O/1/punct");
    Quotes found = new NewsQuoteFinder().find(a, person(a, "act-1", "Roberts", 0, 0, 0));
    assertThat(found.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the videos were \"inconclusive\" and that the footage did not show a gun");
      assertThat(q.speakerId()).isEqualTo("act-1");
    });
  }
}
