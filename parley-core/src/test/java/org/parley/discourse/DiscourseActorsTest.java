// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Span;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.nlp.ParsedArticle;

/** Team-written wire stories, hand-parsed in CoreNLP's UD style; the events are what the sentence coder gives. */
class DiscourseActorsTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private final DiscourseActors pass = new DiscourseActors(KB);
  private final List<Event> events = new ArrayList<>();

  /** "The sanctions hurt trade." — the sanctions are background here: nobody is said to impose them. */
  private static final String SANCTIONS_HURT = "The/DT/1/det sanctions|sanction/NNS/2/nsubj hurt/VBD/-1/root "
      + "trade/NN/2/obj ././2/punct";
  /** "The shelling killed ten people." — a deed told without its doer is still news. */
  private static final String SHELLING_KILLED = "The/DT/1/det shelling/NN/2/nsubj killed|kill/VBD/-1/root "
      + "ten/CD/4/nummod people|person/NNS/2/obj ././2/punct";
  /** "Talks with Chad were held." — an agentless passive heading its sentence is the sentence's own news. */
  private static final String TALKS_HELD = "Talks|talk/NNS/4/nsubj:pass with/IN/2/case Chad/NNP/LOCATION/0/nmod "
      + "were|be/VBD/4/aux:pass held|hold/VBN/-1/root ././4/punct";
  /** "The proposal called for elections." — a demand whose author the sentence leaves to the reader. */
  private static final String PROPOSAL_CALLED = "The/DT/1/det proposal/NN/2/nsubj called|call/VBD/-1/root "
      + "for/IN/4/case elections|election/NNS/2/obl ././2/punct";
  /** "Shells hit the market." — a deed with no doer named. */
  private static final String SHELLS_HIT = "Shells|shell/NNS/1/nsubj hit/VBD/-1/root the/DT/3/det market/NN/1/obj "
      + "././1/punct";

  /** "Chad refused to attend the talks." — Chad is who would attend. */
  private static final String REFUSED_TO_ATTEND = "Chad/NNP/LOCATION/1/nsubj refused|refuse/VBD/-1/root to/TO/3/mark "
      + "attend/VB/1/xcomp the/DT/5/det talks|talk/NNS/3/obj ././1/punct";

  private void event(ParsedArticle a, int sentence, String trigger, EventType type) {
    events.add(new Event("ev-" + (events.size() + 1), type, null, null, Polarity.POSITIVE, Modality.ASSERTED, null,
        null, null, null, List.of(), null, null, null, List.of(a.sentence(sentence).span()),
        a.token(sentence, trigger), 0.5));
  }

  @Test
  void anActOfPolicyThatNoOneIsSaidToDoIsLeftOut() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(SANCTIONS_HURT, SHELLING_KILLED);
    event(a, 0, "sanctions", EventType.SANCTION);
    event(a, 1, "shelling", EventType.ASSAULT);
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, events);
    // the shelling stays (its doer is unknown, not absent from the news); the sanctions are no one's act here
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(r.resolutions()).anySatisfy(res -> {
      assertThat(res.event()).isEqualTo("ev-1");
      assertThat(res.rule()).isEqualTo("authorless-act");
    });
  }

  /** "Two suspects were handed over to Chad, officials said." — the handover is the sentence's news. */
  private static final String HANDED_OVER_SAID = "Two/CD/1/nummod suspects|suspect/NNS/3/nsubj:pass "
      + "were|be/VBD/3/aux:pass handed|hand/VBN/9/ccomp over/RP/3/compound:prt to/IN/6/case Chad/NNP/LOCATION/3/obl "
      + ",/,/9/punct officials|official/NNS/9/nsubj said|say/VBD/-1/root ././9/punct";

  @Test
  void anAgentlessActThatTheMainVerbOfSayingReportsIsKept() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(HANDED_OVER_SAID);
    events.add(new Event("ev-1", EventType.COOPERATE, null, "063", Polarity.POSITIVE, Modality.REPORTED, null,
        "act-1", "act-2", null, List.of(), null, null, null, List.of(a.sentence(0).span()), a.token(0, "handed"),
        0.5));
    DiscourseActors.Result r = pass.apply(a.article(), chad(a, 6), events);
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.COOPERATE);
    assertThat(r.resolutions()).extracting(Resolution::rule).doesNotContain("authorless-act");
  }

  @Test
  void anAgentlessPassiveThatHeadsItsSentenceIsKept() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(TALKS_HELD);
    events.add(new Event("ev-1", EventType.CONSULT, null, null, Polarity.POSITIVE, Modality.ASSERTED, null, "act-1",
        null, null, List.of(), null, null, null, List.of(a.sentence(0).span()), a.token(0, "held"), 0.5));
    DiscourseActors.Result r = pass.apply(a.article(), chad(a, 2), events);
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.CONSULT);
      assertThat(e.source()).isNull();
      assertThat(e.target()).isEqualTo("act-1");
    });
  }

  @Test
  void anActOfWordsWithNeitherDoerNorAddresseeIsLeftOutButADeedStays() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(PROPOSAL_CALLED, SHELLS_HIT);
    event(a, 0, "called", EventType.REQUEST);
    event(a, 1, "hit", EventType.ASSAULT);
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, events);
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(r.dropped()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.trace().toString()).contains("words-need-a-party");
    });
    assertThat(r.resolutions()).extracting(Resolution::rule).contains("words-need-a-party");
  }

  @Test
  void talksWithNoSideNamedStayForTheBoardToPlace() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(TALKS_HELD);
    event(a, 0, "held", EventType.CONSULT);
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, events);
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.CONSULT);
    assertThat(r.dropped()).isEmpty();
  }

  /** Chad named at token {@code index} of the first sentence. */
  private static ActorLayer chad(ParsedArticle a, int index) {
    Span chad = a.token(0, "Chad");
    return new ActorLayer(List.of(new Actor("act-1", "Chad", "TCDGOV", "TCD", "GOV", null, null, List.of(chad))),
        List.of(new ActorMention(chad, 0, index, index, "act-1", MentionKind.NAME)));
  }

  @Test
  void anInfinitiveActsThroughTheSubjectOfTheVerbThatGovernsIt() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(REFUSED_TO_ATTEND);
    Span chad = a.token(0, "Chad");
    ActorLayer chadNamed = new ActorLayer(List.of(new Actor("act-1", "Chad", "TCDGOV", "TCD", "GOV", null, null,
        List.of(chad))), List.of(new ActorMention(chad, 0, 0, 0, "act-1", MentionKind.NAME)));
    events.add(new Event("ev-1", EventType.CONSULT, null, null, Polarity.NEGATED, Modality.ASSERTED, null, null, null,
        null, List.of(), null, null, null, List.of(a.sentence(0).span()), a.token(0, "attend"), 0.5));
    DiscourseActors.Result r = pass.apply(a.article(), chadNamed, events);
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
    });
  }
  /** "Chad answered by expelling two diplomats." — Chad expels them. */
  private static final String ANSWERED_BY_EXPELLING = "Chad/NNP/LOCATION/1/nsubj answered|answer/VBD/-1/root "
      + "by/IN/3/mark expelling|expel/VBG/1/advcl two/CD/5/nummod diplomats|diplomat/NNS/3/obj ././1/punct";
  /** "Chad offered a proposal." */
  private static final String OFFERED_A_PROPOSAL = "Chad/NNP/LOCATION/1/nsubj offered|offer/VBD/-1/root a/DT/3/det "
      + "proposal/NN/1/obj ././1/punct";

  @Test
  void aGerundAdjunctIsDoneByTheSubjectOfItsClause() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(ANSWERED_BY_EXPELLING);
    event(a, 0, "expelling", EventType.SANCTION);
    DiscourseActors.Result r = pass.apply(a.article(), chad(a, 0), events);
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
    assertThat(r.resolutions()).extracting(Resolution::rule).contains("gerund-adjunct-control");
  }

  @Test
  void aProposalThatCallsForSomethingSpeaksForWhoeverMadeIt() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(OFFERED_A_PROPOSAL, PROPOSAL_CALLED);
    events.add(new Event("ev-1", EventType.AGREE, null, null, Polarity.POSITIVE, Modality.ASSERTED, "act-1", null,
        null, null, List.of(), null, null, null, List.of(a.sentence(0).span()), a.token(0, "offered"), 0.5));
    event(a, 1, "called", EventType.REQUEST);
    DiscourseActors.Result r = pass.apply(a.article(), chad(a, 0), events);
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.AGREE, EventType.REQUEST);
    assertThat(r.events().get(1).source()).isEqualTo("act-1");
    assertThat(r.resolutions()).extracting(Resolution::rule).contains("document-speaks-for-its-author");
  }

  /** "Niger rejected the proposal." — an answer to the proposal Chad made. */
  private static final String NIGER_REJECTED = "Niger/NNP/LOCATION/1/nsubj rejected|reject/VBD/-1/root the/DT/3/det "
      + "proposal/NN/1/obj ././1/punct";
  /** "Niger rejected a proposal." — some other proposal. */
  private static final String NIGER_REJECTED_ONE = "Niger/NNP/LOCATION/1/nsubj rejected|reject/VBD/-1/root a/DT/3/det "
      + "proposal/NN/1/obj ././1/punct";

  private List<Event> answered(String answer) {
    return answered(OFFERED_A_PROPOSAL, EventType.AGREE, "offered", answer);
  }

  private List<Event> answered(String first, EventType firstType, String firstTrigger, String answer) {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(first, answer);
    events.add(new Event("ev-1", firstType, null, null, Polarity.POSITIVE, Modality.ASSERTED, "act-1", null,
        null, null, List.of("elections"), null, null, null, List.of(a.sentence(0).span()), a.token(0, firstTrigger),
        0.5));
    events.add(new Event("ev-2", EventType.REJECT, null, null, Polarity.POSITIVE, Modality.ASSERTED, "act-2", null,
        null, null, List.of(), null, null, null, List.of(a.sentence(1).span()), a.token(1, "rejected"), 0.5));
    Span chad = a.token(0, "Chad");
    Span niger = a.token(1, "Niger");
    ActorLayer actors = new ActorLayer(List.of(
        new Actor("act-1", "Chad", "TCDGOV", "TCD", "GOV", null, null, List.of(chad)),
        new Actor("act-2", "Niger", "NERGOV", "NER", "GOV", null, null, List.of(niger))),
        List.of(new ActorMention(chad, 0, 0, 0, "act-1", MentionKind.NAME),
            new ActorMention(niger, 1, 0, 0, "act-2", MentionKind.NAME)));
    return pass.apply(a.article(), actors, events).events();
  }

  @Test
  void rejectingTheProposalSomeoneMadeIsAimedAtItsAuthorAndItsIssues() {
    assertThat(answered(NIGER_REJECTED)).filteredOn(e -> e.type() == EventType.REJECT).singleElement()
        .satisfies(e -> {
          assertThat(e.target()).isEqualTo("act-1");
          assertThat(e.issues()).containsExactly("elections");
          assertThat(e.trace().toString()).contains("answer-to-a-document-targets-its-author");
        });
  }

  @Test
  void whoRejectedTheProposalFirstDidNotWriteIt() {
    String chadRejected = "Chad/NNP/LOCATION/1/nsubj rejected|reject/VBD/-1/root the/DT/3/det proposal/NN/1/obj "
        + "././1/punct";
    assertThat(answered(chadRejected, EventType.REJECT, "rejected", NIGER_REJECTED))
        .filteredOn(e -> e.id().equals("ev-2")).singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void rejectingAProposalIsNoAnswerToAnEarlierOne() {
    assertThat(answered(NIGER_REJECTED_ONE)).filteredOn(e -> e.type() == EventType.REJECT).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
  }
}
