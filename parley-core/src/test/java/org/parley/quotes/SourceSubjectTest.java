// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.ActorLayer;
import org.parley.actors.MentionKind;
import org.parley.actors.MentionedActors;
import org.parley.article.TraceStep;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;
import org.parley.nlp.Sentence;

/** Team-written news sentences, hand-parsed with the mistakes parsers make, for the rules of who can be a source. */
class SourceSubjectTest {
  private static List<String> trace(Quote q) {
    return q.trace().stream().map(TraceStep::rule).toList();
  }

  private static String speakerName(Quotes found, Quote q) {
    return found.actors().actor(q.speakerId()).orElseThrow().name();
  }

  @Test
  void peopleGroupsNamesTextsAndAgentNounsCanSpeakButThingsCannot() {
    String text = "PENCE and a narrator , protesters , the poll and her foot on the streets .\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "PENCE/NN/-1/root and/CC/3/cc a/DT/3/det narrator/NN/0/conj ,/,/5/punct protesters|protester/NNS/0/conj "
            + ",/,/8/punct the/DT/8/det poll/NN/0/conj and/CC/11/cc her/PRP$/11/nmod:poss foot/NN/0/conj "
            + "on/IN/14/case the/DT/14/det streets|street/NNS/11/nmod ././0/punct").article();
    ActorBook book = new ActorBook(new QuoteContext(a, List.of(), QuoteLexicon.builtIn()), ActorLayer.EMPTY);
    Sentence s = a.sentences().get(0);
    assertThat(List.of(0, 3, 5, 8, 10)).allMatch(i -> book.sources.canSpeak(s, i));
    assertThat(List.of(11, 14)).noneMatch(i -> book.sources.canSpeak(s, i));
  }

  @Test
  void aThingWithASayerAsOwnerIsTheOwnersWords() {
    String text = "Jane Roe spoke on Monday.\nAfter saying her knee was \"too stiff to walk,\" Roe left the stage.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Jane/NNP/PERSON/1/compound Roe/NNP/PERSON/2/nsubj spoke|speak/VBD/-1/root on/IN/4/case "
            + "Monday/NNP/DATE/2/obl ././2/punct").paragraph(
        "After/IN/1/mark saying|say/VBG/13/advcl her/PRP$/3/nmod:poss knee/NN/1/nsubj was|be/VBD/7/cop "
            + "\"/``/7/punct too/RB/7/advmod stiff/JJ/1/ccomp to/TO/9/mark walk/VB/7/xcomp ,/,/7/punct "
            + "\"/''/7/punct Roe/NNP/PERSON/13/nsubj left|leave/VBD/-1/root the/DT/15/det stage/NN/13/obj "
            + "././13/punct").article();
    ActorLayer actors = new MentionedActors().mention(a.sentences().get(0), 0, 1, MentionKind.NAME, "act-1",
        "Jane Roe", null, null, null).layer();
    Quotes found = new NewsQuoteFinder().find(a, actors);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(trace(q)).anyMatch(r -> r.startsWith(SourceSubject.OWNER));
    });
  }

  @Test
  void aThingThatDemandsInsideAReportLeavesTheWordsToTheReporter() {
    String text = "The senator said the wave of arrests demands an \"urgent and public inquiry.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det senator/NN/2/nsubj said|say/VBD/-1/root the/DT/4/det wave/NN/7/nsubj of/IN/6/case "
            + "arrests|arrest/NNS/4/nmod demands|demand/VBZ/2/ccomp an/DT/13/det \"/``/13/punct "
            + "urgent/JJ/13/amod and/CC/12/cc public/JJ/10/conj inquiry/NN/7/obj ././2/punct "
            + "\"/''/2/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(speakerName(found, q)).isEqualTo("senator");
      assertThat(trace(q)).anyMatch(r -> r.startsWith(SourceSubject.ABOVE));
    });
  }

  @Test
  void aSpeechIsTheWordsOfWhoeverGaveIt() {
    String text = "\"The door is open,\" according to a speech the governor gave in May.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/4/punct The/DT/2/det door/NN/4/nsubj is|be/VBZ/4/cop open/JJ/-1/root ,/,/4/punct "
            + "\"/''/4/punct according|accord/VBG/10/case to/IN/7/fixed a/DT/10/det speech/NN/4/obl "
            + "the/DT/12/det governor/NN/13/nsubj gave|give/VBD/10/acl:relcl in/IN/15/case May/NNP/DATE/13/obl "
            + "././4/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(speakerName(found, q)).isEqualTo("governor");
      assertThat(trace(q)).anyMatch(r -> r.startsWith(SourceSubject.AUTHOR));
    });
  }

  @Test
  void aTitleTaggedAsANameIsAPersonNotTheStateThatQualifiesIt() {
    String text = "The former U.S. senator said the vote was \"a mistake from the start.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/3/det former/JJ/3/amod U.S./NNP/LOCATION/3/compound senator/NNP/4/nsubj said|say/VBD/-1/root "
            + "the/DT/6/det vote/NN/10/nsubj was|be/VBD/10/cop \"/``/10/punct a/DT/10/det mistake/NN/4/ccomp "
            + "from/IN/13/case the/DT/13/det start/NN/10/nmod ././4/punct \"/''/4/punct").article();
    ActorLayer actors = new MentionedActors().mention(a.sentences().get(0), 2, 2, MentionKind.NAME, "act-1",
        "United States", "USA", "USA", null).layer();
    Quotes found = new NewsQuoteFinder().find(a, actors);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isNotEqualTo("act-1");
      assertThat(speakerName(found, q)).endsWith("senator");
      assertThat(trace(q)).anyMatch(r -> r.startsWith(ActorBook.TITLE_IS_A_PERSON));
    });
  }

  @Test
  void aDocumentAClauseIssuesSpeaksForThatClausesSubject() {
    String text = "The governor released a letter from her physician that says she is \"fit to serve another term.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "The/DT/1/det governor/NN/2/nsubj released|release/VBD/-1/root a/DT/4/det letter/NN/2/obj from/IN/7/case "
            + "her/PRP$/7/nmod:poss physician/NN/4/nmod that/WDT/9/nsubj says|say/VBZ/4/acl:relcl "
            + "she/PRP/13/nsubj is|be/VBZ/13/cop \"/``/13/punct fit/JJ/9/ccomp to/TO/15/mark serve/VB/13/xcomp "
            + "another/DT/17/det term/NN/15/obj ././2/punct \"/''/2/punct").article();
    ActorLayer actors = new MentionedActors().mention(a.sentences().get(0), 0, 1, MentionKind.DESCRIPTION, "act-1",
        "governor", null, null, "GOV").layer();
    Quotes found = new NewsQuoteFinder().find(a, actors);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speakerId()).isEqualTo("act-1");
      assertThat(trace(q)).anyMatch(r -> r.contains(DocumentIssuer.ISSUED_BY_SUBJECT));
    });
  }

  @Test
  void mediaAgentNounsInManAndTheLastWordOfANameCanSpeak() {
    String text = "Belgrade radio and the co-chairman and the daily Vecernji list .\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Belgrade/NNP/LOCATION/1/compound radio/NN/-1/root and/CC/4/cc the/DT/4/det co-chairman/NN/1/conj "
            + "and/CC/9/cc the/DT/9/det daily/NN/9/compound Vecernji/NNP/9/compound list/NN/1/conj ././1/punct")
        .article();
    ActorBook book = new ActorBook(new QuoteContext(a, List.of(), QuoteLexicon.builtIn()), ActorLayer.EMPTY);
    Sentence s = a.sentences().get(0);
    assertThat(List.of(1, 4, 9)).allMatch(i -> book.sources.canSpeak(s, i));
  }

  @Test
  void aTitleTheSplitterCutFromItsNameIsThatName() {
    String text = "\"We will not back down,\" said Sen. Ana Reyes of Oregon.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "\"/``/4/punct We/PRP/4/nsubj will/MD/4/aux not/RB/4/advmod back/VB/8/ccomp down/RP/4/compound:prt "
            + ",/,/4/punct \"/''/4/punct said|say/VBD/-1/root Sen/NNP/8/nsubj ././8/punct",
        "Ana/NNP/PERSON/1/compound Reyes/NNP/PERSON/-1/root of/IN/3/case Oregon/NNP/LOCATION/1/nmod "
            + "././1/punct").article();
    Quotes found = new NewsQuoteFinder().find(a, ActorLayer.EMPTY);
    assertThat(found.quotes()).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(speakerName(found, q)).isEqualTo("Ana Reyes");
      assertThat(trace(q)).anyMatch(r -> r.startsWith(ActorBook.TITLE_CUT));
    });
  }

  @Test
  void aThingApposedToANameIsThatNameNotItsOwnersWords() {
    String text = "Her pick, Ivan Roth, said the border \"will stay closed all winter.\"\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Her/PRP$/1/nmod:poss pick/NN/6/nsubj ,/,/4/punct Ivan/NNP/PERSON/4/flat Roth/NNP/PERSON/1/appos "
            + ",/,/4/punct said|say/VBD/-1/root the/DT/8/det border/NN/11/nsubj \"/``/11/punct will/MD/11/aux "
            + "stay|stay/VB/6/ccomp closed/JJ/11/xcomp all/DT/14/det winter/NN/11/obl:tmod ././6/punct "
            + "\"/''/6/punct").article();
    ActorBook book = new ActorBook(new QuoteContext(a, List.of(), QuoteLexicon.builtIn()), ActorLayer.EMPTY);
    Sentence s = a.sentences().get(0);
    // "pick" is in no list, but a name stands in apposition to it: not her words, Ivan Roth's
    assertThat(book.sources.canSpeak(s, 1)).isTrue();
    assertThat(book.sources.sayer(s, 1).rule()).isNull();
  }
}
