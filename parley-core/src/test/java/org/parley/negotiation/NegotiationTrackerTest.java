// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;

/**
 * The tracker over hand-built boards of the fixture sequence in parley-cli
 * ({@code src/test/resources/negotiation}): the events are those the event coder should give each article.
 */
class NegotiationTrackerTest {
  private static final String HORN = "Horn Dispatch";

  static Scenario firstRound() {
    return new Scenario("01", LocalDate.of(2026, 2, 3), HORN,
        "Ethiopia and Eritrea failed to reach an agreement on Monday at talks in Nairobi mediated by Kenya, the first direct negotiations between the two neighbours since fighting broke out along their border in November.",
        "Ethiopia's foreign minister said Addis Ababa demanded an immediate ceasefire along the whole border.",
        "Eritrea rejected a ceasefire and demanded that Ethiopian troops withdraw from the disputed town of Badme first.",
        "Ethiopia refused to withdraw its troops, saying the town lay inside its territory.",
        "Kenya's president, who hosted the talks, urged both delegations to return to Nairobi within two weeks.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .state("act-3", "Kenya", "KEN", "GOV")
        .person("act-4", "foreign minister", "ETH", "Minister of Foreign Affairs")
        .person("act-5", "president", "KEN", "President")
        .talks("046", "act-1", "act-2", "2026-02-02", "Nairobi", "failed to reach an agreement", "talks in Nairobi")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of(), "2026-02-02", "failed to reach an agreement")
        .mediation("act-3", null, "2026-02-02", "mediated by Kenya", "who hosted the talks")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-4", "act-2", List.of("ceasefire"), null, "demanded an immediate ceasefire")
        .stance(EventType.REJECT, Stance.REJECT, "act-2", "act-1", List.of("ceasefire"), null, "Eritrea rejected a ceasefire")
        .stance(EventType.REQUEST, Stance.DEMAND, "act-2", "act-1", List.of("withdrawal", "territory"), null, "Eritrea rejected a ceasefire")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", "act-2", List.of("withdrawal"), null, "refused to withdraw");
  }

  static Scenario secondRound() {
    return new Scenario("02", LocalDate.of(2026, 2, 17), HORN,
        "Ethiopia and Eritrea agreed on Monday to exchange prisoners of war at a second round of talks in Nairobi, but the two sides made no progress on a ceasefire.",
        "Eritrea's information minister said Asmara was now open to a ceasefire if international monitors were deployed along the border.",
        "Ethiopia again rejected any withdrawal from Badme, Ethiopian officials said.",
        "Kenyan mediators said the next round would take place in early March.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .person("act-3", "information minister", "ERI", "Minister of Information")
        .actor(new org.parley.actors.Actor("act-4", "Kenya", "KENGOV", "KEN", "GOV", null, null, List.of()))
        .talks("046", "act-1", "act-2", "2026-02-16", "Nairobi", "second round of talks", "talks in Nairobi")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("prisoner_exchange"), "2026-02-16", "exchange prisoners")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of("ceasefire"), "2026-02-16", "no progress on a ceasefire")
        .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.HYPOTHETICAL, "act-3", "act-1", Stance.OPEN,
            List.of("ceasefire"), null, null, null, "open to a ceasefire")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", "act-2", List.of("withdrawal"), null, "again rejected")
        .mediation("act-4", null, null, "Kenyan mediators");
  }

  static Scenario thirdRound() {
    return new Scenario("03", LocalDate.of(2026, 3, 4), "Red Sea Times",
        "Ethiopian and Eritrean delegations met in Doha on Tuesday for a third round of talks, the first mediated by Qatar after Kenya stepped aside.",
        "Ethiopia said it was ready to discuss a phased withdrawal of its troops from Badme, a senior Ethiopian negotiator told reporters.",
        "Eritrea welcomed the offer and called for a firm timetable.",
        "The talks ended without an agreement, but Qatar's foreign ministry said both sides would meet again in two weeks.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .state("act-3", "Qatar", "QAT", "GOV")
        .state("act-4", "Kenya", "KEN", "GOV")
        .talks("046", "act-1", "act-2", "2026-03-03", "Doha", "met in Doha", "third round of talks")
        .mediation("act-3", null, "2026-03-03", "met in Doha")
        .event(EventType.AGREE, "030", Polarity.POSITIVE, Modality.INTENDED, "act-1", "act-2", Stance.OPEN,
            List.of("withdrawal"), "2026-03-03", null, null, "ready to discuss")
        .stance(EventType.SUPPORT, Stance.SUPPORT, "act-2", "act-1", List.of("withdrawal"), "2026-03-03", "welcomed the offer")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of(), "2026-03-03", "ended without an agreement");
  }

  static Scenario denial() {
    return new Scenario("04", LocalDate.of(2026, 3, 5), "Addis Monitor",
        "Ethiopia rejected any withdrawal from Badme at the Doha talks on Tuesday, a government spokesman said, denying reports that its delegation had offered a pullback.",
        "The spokesman said Ethiopian troops would stay until the border was demarcated by an independent commission.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .person("act-3", "spokesman", "ETH", "Government spokesman")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", "act-2", List.of("withdrawal"), "2026-03-03", "rejected any withdrawal")
        .talks("046", "act-1", "act-2", "2026-03-03", "Doha", "rejected any withdrawal", "Doha talks");
  }

  static Scenario ceasefire() {
    return new Scenario("05", LocalDate.of(2026, 3, 20), HORN,
        "Ethiopia and Eritrea signed a ceasefire agreement in Doha on Thursday after a fourth round of talks mediated by Qatar.",
        "Under the deal, Ethiopia agreed to withdraw its troops from Badme in stages over six months, and both sides will release their remaining prisoners.",
        "Qatar's emir welcomed the agreement and pledged funds to rebuild border villages.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .state("act-2", "Eritrea", "ERI", "GOV")
        .state("act-3", "Qatar", "QAT", "GOV")
        .person("act-4", "emir", "QAT", "Emir")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("ceasefire", "withdrawal"), "2026-03-19", "signed a ceasefire agreement")
        .talks("046", "act-1", "act-2", "2026-03-19", "Doha", "signed a ceasefire agreement", "fourth round of talks")
        .mediation("act-3", null, "2026-03-19", "signed a ceasefire agreement")
        .stance(EventType.SUPPORT, Stance.SUPPORT, "act-4", null, List.of("ceasefire"), "2026-03-19", "welcomed the agreement");
  }

  private static NegotiationTracker sequence() {
    return new NegotiationTracker().addAll(List.of(
        // Fed out of order: the tracker orders by publication.
        ceasefire().articleBoards(), firstRound().articleBoards(), thirdRound().articleBoards(),
        secondRound().articleBoards(), denial().articleBoards()));
  }

  private static NegotiationTrack track(LocalDate asOf) {
    List<NegotiationTrack> tracks = sequence().tracks(asOf);
    assertThat(tracks).hasSize(1);
    return tracks.get(0);
  }

  @Test
  void mergesTheArticlesIntoOneTrackBetweenTheTwoStates() {
    NegotiationTrack t = track(null);

    assertThat(t.parties()).containsExactly("ETH", "ERI");
    assertThat(t.name("ETH")).isEqualTo("Ethiopia");
    assertThat(t.articles()).containsExactly("01", "02", "03", "04", "05");
    assertThat(t.between(Set.of("eri", "Ethiopia"))).isTrue();
    assertThat(t.between(Set.of("ETH"))).isFalse();
  }

  @Test
  void showsTheMediatorChangingFromKenyaToQatar() {
    assertThat(track(null).mediators()).extracting(MediatorRecord::side, MediatorRecord::first, MediatorRecord::last)
        .containsExactly(tuple("KEN", "2026-02-02", "2026-02-16"), tuple("QAT", "2026-03-03", "2026-03-19"));
  }

  @Test
  void listsTheRoundsInTimeOrderWithEveryOutletsAccount() {
    List<TrackRound> rounds = track(null).rounds();

    assertThat(rounds).extracting(TrackRound::date, TrackRound::location, TrackRound::outcome)
        .containsExactly(
            tuple("2026-02-02", "Nairobi", Outcome.NO_AGREEMENT),
            tuple("2026-02-16", "Nairobi", Outcome.PARTIAL),
            tuple("2026-03-03", "Doha", Outcome.NO_AGREEMENT),
            tuple("2026-03-19", "Doha", Outcome.AGREEMENT));
    assertThat(rounds.get(2).reports()).extracting(r -> r.from().outlet(), RoundReport::outcome)
        .containsExactly(tuple("Red Sea Times", Outcome.NO_AGREEMENT), tuple("Addis Monitor", Outcome.UNKNOWN));
    assertThat(rounds.get(2).name()).isEqualTo("third round");
  }

  @Test
  void recordsEachStanceChangeWithTheArticleAndSentenceThatShowsIt() {
    List<StanceChange> changes = track(null).changes();

    assertThat(changes).filteredOn(c -> c.side().equals("ERI") && c.issue().equals("ceasefire"))
        .extracting(StanceChange::arrow, StanceChange::date, c -> c.shownBy().articleId())
        .containsExactly(
            tuple("reject", "2026-02-02", "01"),
            tuple("reject → open", "2026-02-16", "02"),
            tuple("open → agreed", "2026-03-19", "05"));
    assertThat(changes).filteredOn(c -> c.side().equals("ERI") && c.issue().equals("ceasefire")).element(1)
        .satisfies(c -> assertThat(c.shownBy().evidence()).startsWith("Eritrea's information minister said"));
    assertThat(changes).filteredOn(c -> c.side().equals("ETH") && c.issue().equals("ceasefire"))
        .extracting(StanceChange::arrow).containsExactly("demand", "demand → agreed");
  }

  @Test
  void keepsContradictoryReportsSideBySideWithTheirSources() {
    NegotiationTrack t = track(null);

    assertThat(t.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.side()).isEqualTo("ETH");
      assertThat(c.issue()).isEqualTo("withdrawal");
      assertThat(c.date()).isEqualTo("2026-03-03");
      assertThat(c.reports()).extracting(StanceReport::stance, r -> r.from().outlet())
          .containsExactly(tuple(Stance.OPEN, "Red Sea Times"), tuple(Stance.REJECT, "Addis Monitor"));
    });
    // The contested day is no change: Ethiopia goes from rejecting to the agreed withdrawal.
    assertThat(t.changes()).filteredOn(c -> c.side().equals("ETH") && c.issue().equals("withdrawal"))
        .extracting(StanceChange::arrow, StanceChange::date)
        .containsExactly(tuple("reject", "2026-02-02"), tuple("reject → agreed", "2026-03-19"));
  }

  @Test
  void asOfADayShowsOnlyWhatWasKnownThen() {
    NegotiationTrack t = track(LocalDate.of(2026, 2, 20));

    assertThat(t.articles()).containsExactly("01", "02");
    assertThat(t.mediators()).extracting(MediatorRecord::side).containsExactly("KEN");
    assertThat(t.rounds()).hasSize(2);
    assertThat(t.latest("ERI", "ceasefire")).extracting(StanceReport::stance, StanceReport::date)
        .containsExactly(tuple(Stance.OPEN, "2026-02-16"));
    assertThat(t.latest("ETH", "withdrawal")).extracting(StanceReport::stance).containsExactly(Stance.REJECT);
  }

  @Test
  void asOfTheDenialTheWithdrawalStanceIsContested() {
    NegotiationTrack t = track(LocalDate.of(2026, 3, 10));

    assertThat(t.contested("ETH", "withdrawal")).isTrue();
    assertThat(t.latest("ETH", "withdrawal")).extracting(StanceReport::stance)
        .containsExactly(Stance.OPEN, Stance.REJECT);
    assertThat(t.latest("ERI", "withdrawal")).extracting(StanceReport::stance).containsExactly(Stance.SUPPORT);
    assertThat(t.mediators()).extracting(MediatorRecord::side).containsExactly("KEN", "QAT");
  }

  @Test
  void afterTheDealBothSidesHaveAgreedTheCeasefire() {
    NegotiationTrack t = track(LocalDate.of(2026, 3, 31));

    assertThat(t.latest("ETH", "ceasefire")).extracting(StanceReport::stance).containsExactly(Stance.AGREED);
    assertThat(t.latest("ERI", "ceasefire")).extracting(StanceReport::stance).containsExactly(Stance.AGREED);
    assertThat(t.latest("QAT", "ceasefire")).extracting(StanceReport::stance).containsExactly(Stance.SUPPORT);
    assertThat(t.contested("ETH", "withdrawal")).isFalse();
  }

  @Test
  void beforeAnyArticleThereIsNoTrack() {
    assertThat(sequence().tracks(LocalDate.of(2026, 1, 31))).isEmpty();
  }

  /** Article 04 as the real pipeline reads it: it names Ethiopia only, so its board has one party. */
  private static Scenario denialNamingOneSide() {
    return new Scenario("04", LocalDate.of(2026, 3, 5), "Addis Monitor",
        "Ethiopia rejected any withdrawal from Badme at the Doha talks on Tuesday, a government spokesman said, denying reports that its delegation had offered a pullback.",
        "The spokesman said Ethiopian troops would stay until the border was demarcated by an independent commission.")
        .state("act-1", "Ethiopia", "ETH", "GOV")
        .person("act-2", "spokesman", "ETH", "Government spokesman")
        .stance(EventType.REJECT, Stance.REJECT, "act-1", null, List.of("withdrawal"), "2026-03-03",
            "rejected any withdrawal");
  }

  @Test
  void aOnePartyBoardJoinsTheTrackWithARoundOnTheDayOfItsPositions() {
    List<NegotiationTrack> tracks = new NegotiationTracker().addAll(List.of(firstRound().articleBoards(),
        thirdRound().articleBoards(), denialNamingOneSide().articleBoards())).tracks();
    assertThat(tracks).hasSize(1);
    NegotiationTrack t = tracks.get(0);

    assertThat(t.articles()).containsExactly("01", "03", "04");
    assertThat(t.contested("ETH", "withdrawal")).isTrue();
  }

  @Test
  void aOnePartyBoardWithNoTrackOfItsSideIsLeftOut() {
    assertThat(new NegotiationTracker().add(denialNamingOneSide().articleBoards()).tracks()).isEmpty();
  }

  @Test
  void roundWhoseOutcomeOutletsDisagreeOnIsContestedAndKeepsBothAccounts() {
    Scenario agreed = new Scenario("x1", LocalDate.of(2026, 5, 6), "Gulf Courier",
        "Ethiopia and Eritrea agreed on Tuesday in Jeddah to reopen the border crossing at Zalambessa.")
        .state("act-1", "Ethiopia", "ETH", "GOV").state("act-2", "Eritrea", "ERI", "GOV")
        .talks("046", "act-1", "act-2", "2026-05-05", "Jeddah", "agreed on Tuesday", "agreed")
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("trade"), "2026-05-05", "agreed on Tuesday");
    Scenario failed = new Scenario("x2", LocalDate.of(2026, 5, 6), "Asmara Today",
        "Talks between Eritrea and Ethiopia in Jeddah ended on Tuesday without a deal on the border crossing.")
        .state("act-1", "Eritrea", "ERI", "GOV").state("act-2", "Ethiopia", "ETH", "GOV")
        .talks("046", "act-1", "act-2", "2026-05-05", "Jeddah", "Talks between", "Talks")
        .agreement(Polarity.NEGATED, "act-1", "act-2", List.of("trade"), "2026-05-05", "without a deal");

    List<NegotiationTrack> tracks = new NegotiationTracker()
        .addAll(List.of(agreed.articleBoards(), failed.articleBoards())).tracks();

    assertThat(tracks).singleElement().satisfies(t -> {
      assertThat(t.rounds()).singleElement().satisfies(r -> {
        assertThat(r.contested()).isTrue();
        assertThat(r.reports()).extracting(RoundReport::outcome, x -> x.from().outlet()).containsExactly(
            tuple(Outcome.AGREEMENT, "Gulf Courier"), tuple(Outcome.NO_AGREEMENT, "Asmara Today"));
      });
      assertThat(BoardRenderer.table(t, null))
          .contains("2026-05-05  Jeddah  no agreement  CONTESTED: agreement [Gulf Courier] vs no agreement [Asmara Today]");
    });
  }

  @Test
  void aRoundAnnouncedInOneArticleAndReportedHeldInALaterOneIsHeld() {
    Scenario before = new Scenario("set", LocalDate.of(2026, 5, 1), "Gulf Courier",
        "Saudi and Houthi envoys held talks in Riyadh on Wednesday.",
        "Both sides will meet again in Riyadh on May 6.")
        .state("act-1", "Saudi Arabia", "SAU", "GOV")
        .actor(new org.parley.actors.Actor("act-2", "Houthis", "YEMREB", "YEM", "REB", "Houthis", null, List.of()))
        .talks("046", "act-1", "act-2", "2026-04-29", "Riyadh", "held talks in Riyadh", "talks")
        .talks("040", "act-1", "act-2", "2026-05-06", "Riyadh", "will meet again", "meet");
    Scenario after = new Scenario("held", LocalDate.of(2026, 5, 7), "Aden Post",
        "Saudi Arabia and the Houthis agreed on a prisoner release in Riyadh on Wednesday.")
        .state("act-1", "Saudi Arabia", "SAU", "GOV")
        .actor(new org.parley.actors.Actor("act-2", "Houthis", "YEMREB", "YEM", "REB", "Houthis", null, List.of()))
        .agreement(Polarity.POSITIVE, "act-1", "act-2", List.of("prisoner_exchange"), "2026-05-06",
            "agreed on a prisoner release");

    List<TrackRound> announced = new NegotiationTracker().addAll(List.of(before.articleBoards()))
        .tracks().get(0).rounds();
    List<TrackRound> both = new NegotiationTracker().addAll(List.of(before.articleBoards(), after.articleBoards()))
        .tracks().get(0).rounds();

    assertThat(announced).extracting(TrackRound::date, TrackRound::scheduled)
        .containsExactly(tuple("2026-04-29", false), tuple("2026-05-06", true));
    assertThat(both).extracting(TrackRound::date, TrackRound::scheduled, TrackRound::outcome)
        .containsExactly(tuple("2026-04-29", false, Outcome.UNKNOWN), tuple("2026-05-06", false, Outcome.AGREEMENT));
  }
}
