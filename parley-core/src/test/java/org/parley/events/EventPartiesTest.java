// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/** Who the parties of talks and agreements are when the sentence does not name them both. */
class EventPartiesTest {

  private static Parsed talksInGeneva() {
    return new Parsed().sentence(
        "Armenia/Armenia/NNP/LOCATION>3:nsubj", "and/and/CC/O>2:cc", "Azerbaijan/Azerbaijan/NNP/LOCATION>0:conj",
        "held/hold/VBD/O>-1:root", "talks/talk/NNS/O>3:obj", "in/in/IN/O>6:case",
        "Geneva/Geneva/NNP/LOCATION>3:obl", "./././O>3:punct")
        .actor("act-1", "Armenia", 0, 0).actor("act-2", "Azerbaijan", 2, 2);
  }

  @Test
  void bothSidesAreThePartiesOfTheTalksReportedBefore() {
    List<Event> events = talksInGeneva().sentence(
        "Both/both/DT/O>1:det", "sides/side/NNS/O>2:nsubj", "agreed/agree/VBD/O>-1:root", "to/to/TO/O>4:mark",
        "exchange/exchange/VB/O>2:xcomp", "prisoners/prisoner/NNS/O>4:obj", "./././O>2:punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.stance()).isEqualTo(Stance.AGREED);
    });
  }

  @Test
  void theTwoLeadersFailingToAgreeAreThePartiesOfTheTalks() {
    List<Event> events = talksInGeneva().sentence(
        "The/the/DT/O>2:det", "two/two/CD/O>2:nummod", "leaders/leader/NNS/O>3:nsubj", "failed/fail/VBD/O>-1:root",
        "to/to/TO/O>5:mark", "reach/reach/VB/O>3:xcomp", "a/a/DT/O>7:det", "deal/deal/NN/O>5:obj",
        "./././O>3:punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(List.of(e.source(), e.target())).containsExactlyInAnyOrder("act-1", "act-2");
    });
  }

  @Test
  void talksEndingWithoutAnAgreementFailBetweenTheirParties() {
    List<Event> events = talksInGeneva().sentence(
        "The/the/DT/O>1:det", "talks/talk/NNS/O>2:nsubj", "ended/end/VBD/O>-1:root", "without/without/IN/O>5:case",
        "an/a/DT/O>5:det", "agreement/agreement/NN/O>2:obl", "./././O>2:punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(List.of(e.source(), e.target())).containsExactlyInAnyOrder("act-1", "act-2");
    });
  }

  @Test
  void bothSidesWithoutEarlierTalksStayUnresolved() {
    List<Event> events = new Parsed().sentence(
        "Both/both/DT/O>1:det", "sides/side/NNS/O>2:nsubj", "agreed/agree/VBD/O>-1:root", "to/to/TO/O>4:mark",
        "exchange/exchange/VB/O>2:xcomp", "prisoners/prisoner/NNS/O>4:obj", "./././O>2:punct").code();

    assertThat(events).singleElement().satisfies(e -> assertThat(e.source()).isNull());
  }

  /** "Armenia and Azerbaijan failed to reach an agreement at talks in Moscow mediated by Russia." */
  private static Parsed failedAtMediatedTalks() {
    return new Parsed().sentence(
        "Armenia/Armenia/NNP/LOCATION>3:nsubj", "and/and/CC/O>2:cc", "Azerbaijan/Azerbaijan/NNP/LOCATION>0:conj",
        "failed/fail/VBD/O>-1:root", "to/to/TO/O>5:mark", "reach/reach/VB/O>3:xcomp", "an/a/DT/O>7:det",
        "agreement/agreement/NN/O>5:obj", "at/at/IN/O>9:case", "talks/talk/NNS/O>7:nmod", "in/in/IN/O>11:case",
        "Moscow/Moscow/NNP/LOCATION>9:nmod", "mediated/mediate/VBN/O>9:acl", "by/by/IN/O>14:case",
        "Russia/Russia/NNP/LOCATION>12:obl", "./././O>3:punct")
        .actor("act-1", "Armenia", 0, 0).actor("act-2", "Azerbaijan", 2, 2)
        .actor("act-3", "Russia", 11, 11, MentionKind.METONYM, "RUS", "GOV")
        .actor("act-3", "Russia", 14, 14, MentionKind.NAME, "RUS", "GOV");
  }

  @Test
  void coordinatedSubjectsFailingToAgreeAreThePairNotTheCityOfTheTalks() {
    List<Event> events = failedAtMediatedTalks().code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void talksMediatedByAThirdStateReportTheMediationAsItsOwnEvent() {
    List<Event> events = failedAtMediatedTalks().code();

    assertThat(events).filteredOn(e -> "045".equals(e.cameo())).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.CONSULT);
      assertThat(e.source()).isEqualTo("act-3");
      assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE); // the failure is the parties', not the mediator's
    });
  }

  @Test
  void troopsKnownOnlyByTheirOwnerActForTheOwner() {
    List<Event> events = new Parsed().sentence(
        "Armenia/Armenia/NNP/LOCATION>1:nsubj", "refused/refuse/VBD/O>-1:root", "to/to/TO/O>3:mark",
        "withdraw/withdraw/VB/O>1:xcomp", "its/its/PRP$/O>5:nmod:poss", "troops/troops/NNS/O>3:obj",
        "./././O>1:punct")
        .actor("act-1", "Armenia", 0, 0, MentionKind.NAME, "ARM", "GOV")
        .actor("act-1", "Armenia", 4, 4, MentionKind.PRONOUN, "ARM", "GOV")
        .actor("act-2", "troops", 5, 5, MentionKind.DESCRIPTION, null, "MIL")
        .code();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REJECT);
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isNotEqualTo("act-2");
    });
  }
}
