// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;

/** Rule answered-proposal: a proposal and its answer make two sides a negotiation, whoever the proposal went to. */
class ExchangesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  /**
   * Caracas makes a conditional offer to Georgetown and a demand of Bogota; Washington rejects the plan and
   * tightens an oil embargo; Bogota only answers on another matter, with a warning.
   */
  private static Scenario linkage() {
    return new Scenario("linkage", DAY, null,
        "Venezuela said on Sunday it would pull its troops back from the Essequibo only "
            + "if Guyana froze offshore drilling.",
        "Caracas also demanded that Colombian troops leave the Catatumbo valley.",
        "Bogota warned that it would answer any incursion and said it would never cede an inch of the valley.",
        "The White House flatly rejected the proposals.",
        "US customs officers began turning back Venezuelan oil tankers under the embargo.")
        .state("act-1", "Venezuela", "VEN", "GOV")
        .state("act-2", "Guyana", "GUY", "GOV")
        .state("act-3", "Colombia", "COL", "GOV")
        .state("act-4", "United States", "USA", "GOV")
        .event(EventType.AGREE, "035", Polarity.POSITIVE, Modality.HYPOTHETICAL, "act-1", "act-2", Stance.OFFER,
            List.of("withdrawal"), null, null, null, "pull its troops back")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-3", List.of("withdrawal"), null,
            "Colombian troops leave")
        .event(EventType.THREATEN, "138", Polarity.POSITIVE, Modality.INTENDED, "act-3", "act-1", null, List.of(),
            null, null, null, "answer any incursion")
        .event(EventType.REJECT, "124", Polarity.POSITIVE, Modality.INTENDED, "act-3", "act-1", Stance.REJECT,
            List.of("territory"), null, null, null, "never cede an inch")
        .stance(EventType.REJECT, Stance.REJECT, "act-4", "act-1", List.of(), null, "flatly rejected")
        .event(EventType.COERCE, "191", Polarity.POSITIVE, Modality.ASSERTED, "act-4", "act-1", null,
            List.of("trade"), null, null, null, "turning back Venezuelan oil tankers");
  }

  private static Exchanges exchanges(Scenario s) {
    return new Exchanges(Sides.of(s.actors()), s.events());
  }

  private static Event event(Scenario s, String id) {
    return s.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aRejectionAddressedToTheProposerAnswersItsProposalWhoeverItWentTo() {
    Scenario s = linkage();

    assertThat(exchanges(s).answers(event(s, "ev-5"))).isTrue();
    assertThat(exchanges(s).issuesOf(event(s, "ev-5"))).containsExactly("withdrawal");
  }

  @Test
  void anAnswerOnAnotherIssueAnswersNoProposal() {
    Scenario s = linkage();

    assertThat(exchanges(s).answers(event(s, "ev-4"))).isFalse();
    assertThat(exchanges(s).issuesOf(event(s, "ev-4"))).containsExactly("territory");
  }

  @Test
  void pressureAndWarningsAreNoAnswers() {
    Scenario s = linkage();

    assertThat(exchanges(s).answers(event(s, "ev-3"))).isFalse();
    assertThat(exchanges(s).answers(event(s, "ev-6"))).isFalse();
  }

  @Test
  void theSideThatAnsweredTheProposalIsTheFirstBoardAndRejectsWhatWasProposed() {
    List<NegotiationBoard> boards = linkage().boards();

    assertThat(Set.copyOf(boards.get(0).parties())).isEqualTo(Set.of("act-1", "act-4"));
    assertThat(boards.get(0).issues()).filteredOn(ip -> ip.issue().equals("withdrawal")).singleElement()
        .satisfies(ip -> assertThat(ip.positions()).extracting(Position::actorId, Position::stance)
            .contains(tuple("act-1", Stance.OFFER), tuple("act-4", Stance.REJECT)));
  }

  @Test
  void backingAnotherSidesDemandIsAnAllianceNotAnAnswer() {
    Scenario s = new Scenario("allies", DAY, null,
        "Chad demanded that Sudan hand over the rebel commanders.",
        "Niger backed the demand from Chad.",
        "Niger also called for the commanders' extradition.")
        .state("act-1", "Chad", "TCD", "GOV")
        .state("act-2", "Sudan", "SDN", "GOV")
        .state("act-3", "Niger", "NER", "GOV")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("extradition"), null, "hand over")
        .stance(EventType.SUPPORT, Stance.SUPPORT, "act-3", "act-1", List.of("extradition"), null, "backed the demand")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", null, List.of("extradition"), null, "called for");

    assertThat(exchanges(s).answers(event(s, "ev-2"))).isFalse();
    assertThat(s.boards()).noneMatch(b -> Set.copyOf(b.parties()).equals(Set.of("act-1", "act-3")));
  }

  @Test
  void aCounterDemandAnswersADemand() {
    Scenario s = new Scenario("counter", DAY, null,
        "Hanoi demanded that Beijing withdraw its survey ship from the shelf.",
        "Beijing told Hanoi to stop drilling in the disputed waters first.")
        .state("act-1", "Vietnam", "VNM", "GOV")
        .state("act-2", "China", "CHN", "GOV")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("withdrawal"), null, "withdraw its survey")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-2", "act-1", List.of(), null, "stop drilling");

    assertThat(exchanges(s).answers(event(s, "ev-2"))).isTrue();
    // A counter-demand puts its own thing on the table: it takes no position on the first demand's issue.
    assertThat(exchanges(s).issuesOf(event(s, "ev-2"))).isEmpty();
    assertThat(s.boards()).singleElement().satisfies(b ->
        assertThat(b.parties()).containsExactlyInAnyOrder("act-1", "act-2"));
  }

  /** The two that only trade charges and fire deal with each other more, yet only the other two negotiate. */
  @Test
  void negotiatingPairsComeBeforeAPairThatOnlyConfronts() {
    Scenario s = new Scenario("confront", DAY, null,
        "Armenia accused Azerbaijan of shelling border villages and warned of a response.",
        "Azerbaijani troops fired on an Armenian post.",
        "Baku accused Yerevan of provoking the clash and threatened to retaliate.",
        "Armenian troops returned fire.",
        "Armenia asked Iran to reopen the Norduz crossing to its lorries.",
        "Tehran agreed to reopen the crossing next week.")
        .state("act-1", "Armenia", "ARM", "GOV")
        .state("act-2", "Azerbaijan", "AZE", "GOV")
        .state("act-3", "Iran", "IRN", "GOV")
        .stance(EventType.ACCUSE, null, "act-1", "act-2", List.of(), null, "accused Azerbaijan")
        .stance(EventType.THREATEN, null, "act-1", "act-2", List.of(), null, "warned of a response")
        .stance(EventType.ASSAULT, null, "act-2", "act-1", List.of(), null, "fired on an Armenian post")
        .stance(EventType.ACCUSE, null, "act-2", "act-1", List.of(), null, "accused Yerevan")
        .stance(EventType.THREATEN, null, "act-2", "act-1", List.of(), null, "threatened to retaliate")
        .stance(EventType.ASSAULT, null, "act-1", "act-2", List.of(), null, "returned fire")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-3", List.of(), null, "asked Iran")
        .event(EventType.CONCEDE, "081", Polarity.POSITIVE, Modality.INTENDED, "act-3", "act-1", Stance.ACCEPT,
            List.of(), null, null, null, "agreed to reopen");

    assertThat(s.boards()).extracting(b -> Set.copyOf(b.parties()))
        .containsExactly(Set.of("act-1", "act-3"), Set.of("act-1", "act-2"));
  }

  @Test
  void amongNegotiatingPairsThePairThatEngagesMostComesFirst() {
    Scenario s = new Scenario("order", DAY, null,
        "Serbia and Hungary signed a rail deal on Monday.",
        "Serbian and Kosovo negotiators met in Brussels on Tuesday.",
        "Pristina demanded recognition of its passports and Belgrade refused.")
        .state("act-1", "Serbia", "SRB", "GOV")
        .state("act-2", "Hungary", "HUN", "GOV")
        .state("act-3", "Kosovo", "XKX", "GOV")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("trade"), "2026-05-04", "signed a rail deal")
        .talks("046", "act-1", "act-3", "2026-05-05", "Brussels", "negotiators met", "met")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", "act-1", List.of("recognition"), null,
            "demanded recognition")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", "act-3", List.of("recognition"), null, "Belgrade refused");

    assertThat(s.boards()).extracting(b -> Set.copyOf(b.parties()))
        .containsExactly(Set.of("act-1", "act-3"), Set.of("act-1", "act-2"));
  }

  @Test
  void anAnswerNamingNoIssueTakesNoneWhenTheProposalsPutSeveralOnTheTable() {
    Scenario s = new Scenario("several", DAY, null,
        "Pyongyang offered to freeze missile tests and demanded an end to joint drills.",
        "Seoul rejected the package on Monday.")
        .state("act-1", "North Korea", "PRK", "GOV")
        .state("act-2", "South Korea", "KOR", "GOV")
        .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.INTENDED, "act-1", "act-2", Stance.OFFER,
            List.of("demilitarization"), null, null, null, "offered to freeze")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("military_exercises"), null,
            "demanded an end")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-1", List.of(), null, "rejected the package");

    assertThat(exchanges(s).answers(event(s, "ev-3"))).isTrue();
    assertThat(exchanges(s).issuesOf(event(s, "ev-3"))).isEmpty();
  }

  @Test
  void anAgreementNamingNoIssueSettlesNothingTheOtherSideOnceAsked() {
    Scenario s = new Scenario("sealed", DAY, null,
        "Washington had pressed Beijing to cap coal use.",
        "The two leaders sealed an accord in Beijing in November.")
        .state("act-1", "United States", "USA", "GOV")
        .state("act-2", "China", "CHN", "GOV")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("energy"), null, "pressed Beijing")
        .agreement(Polarity.POSITIVE, "act-2", "act-1", List.of(), null, "sealed an accord");

    assertThat(exchanges(s).issuesOf(event(s, "ev-2"))).isEmpty();
  }

  @Test
  void whatASideAsksOfItsOwnOfficialsIsNoProposalToAnswer() {
    Scenario s = new Scenario("own", DAY, null,
        "The Kenyan president ordered his ministers to reopen the border market.",
        "Uganda rejected the plan.")
        .state("act-1", "Kenya", "KEN", "GOV")
        .person("act-2", "Kenyan trade minister", "KEN", "Minister of Trade")
        .state("act-3", "Uganda", "UGA", "GOV")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("trade"), null, "ordered his ministers")
        .stance(EventType.REJECT, Stance.REJECT, "act-3", "act-1", List.of(), null, "rejected the plan");

    assertThat(exchanges(s).answers(event(s, "ev-2"))).isFalse();
  }

  /**
   * Talks mediated by a host that names neither side, and a third state answering a proposal of one party: the
   * mediation and the talks stay with the pair in talks.
   */
  @Test
  void talksAndMediationNamingNoSideStayWithThePairInTalks() {
    Scenario s = new Scenario("stay", DAY, null,
        "Ethiopian and Eritrean envoys met in Nairobi on Friday.",
        "Kenya hosted the meeting.",
        "Ethiopia demanded access to the port of Assab.",
        "Djibouti rejected the demand, fearing for its own port trade.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .state("act-3", "Kenya", "KEN", "GOV")
        .state("act-4", "Djibouti", "DJI", "GOV")
        .talks("046", "act-1", "act-2", "2026-05-01", "Nairobi", "envoys met in Nairobi", "met")
        .mediation("act-3", null, "2026-05-01", "hosted the meeting")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", null, List.of("territory"), null, "demanded access")
        .stance(EventType.REJECT, Stance.REJECT, "act-4", "act-1", List.of(), null, "rejected the demand");

    List<NegotiationBoard> boards = s.boards();

    assertThat(boards).extracting(b -> Set.copyOf(b.parties()))
        .containsExactlyInAnyOrder(Set.of("act-1", "act-2"), Set.of("act-1", "act-4"));
    NegotiationBoard talks = boards.stream().filter(b -> b.parties().contains("act-2")).findFirst().orElseThrow();
    assertThat(talks.mediators()).containsExactly("act-3");
    assertThat(talks.rounds()).extracting(Round::date).containsExactly("2026-05-01");
  }

  @Test
  void aStateBodyWhoseStateIsUnsaidIsNoSideOfItsOwn() {
    Actor delegation = new Actor("act-9", "delegation", null, null, "GOV", null, null, List.of());
    Actor rebels = new Actor("act-8", "Tuareg rebels", null, "MLI", "REB", null, null, List.of());

    assertThat(Sides.key(delegation)).isNull();
    assertThat(Sides.key(rebels)).isNotNull();
  }

  @Test
  void urgingAnAllyOnInItsDemandOfAThirdSideIsNoCounterDemand() {
    Scenario s = new Scenario("urge", DAY, null,
        "Chad demanded that Sudan hand over the rebel commanders.",
        "Niger urged Chad to keep pressing for their extradition.")
        .state("act-1", "Chad", "TCD", "GOV")
        .state("act-2", "Sudan", "SDN", "GOV")
        .state("act-3", "Niger", "NER", "GOV")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-1", "act-2", List.of("extradition"), null, "hand over")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-3", "act-1", List.of("extradition"), null, "urged Chad");

    assertThat(exchanges(s).answers(event(s, "ev-2"))).isFalse();
  }
}
