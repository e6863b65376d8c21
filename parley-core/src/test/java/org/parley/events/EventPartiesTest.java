// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/** Who the parties of talks and agreements are when the sentence does not name them both. */
class EventPartiesTest {

  private static CodedArticle talksInGeneva() {
    return new CodedArticle().sentence(
        "Armenia/NNP/LOCATION/3/nsubj and/CC/2/cc Azerbaijan/NNP/LOCATION/0/conj held|hold/VBD/-1/root "
            + "talks|talk/NNS/3/obj in/IN/6/case Geneva/NNP/LOCATION/3/obl ././3/punct")
        .actor("act-1", "Armenia", 0, 0).actor("act-2", "Azerbaijan", 2, 2);
  }

  @Test
  void bothSidesAreThePartiesOfTheTalksReportedBefore() {
    List<Event> events = talksInGeneva().sentence(
        "Both/DT/1/det sides|side/NNS/2/nsubj agreed|agree/VBD/-1/root to/TO/4/mark exchange/VB/2/xcomp "
            + "prisoners|prisoner/NNS/4/obj ././2/punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.stance()).isEqualTo(Stance.AGREED);
    });
  }

  @Test
  void theTwoLeadersFailingToAgreeAreThePartiesOfTheTalks() {
    List<Event> events = talksInGeneva().sentence(
        "The/DT/2/det two/CD/2/nummod leaders|leader/NNS/3/nsubj failed|fail/VBD/-1/root to/TO/5/mark "
            + "reach/VB/3/xcomp a/DT/7/det deal/NN/5/obj ././3/punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(List.of(e.source(), e.target())).containsExactlyInAnyOrder("act-1", "act-2");
    });
  }

  @Test
  void talksEndingWithoutAnAgreementFailBetweenTheirParties() {
    List<Event> events = talksInGeneva().sentence(
        "The/DT/1/det talks|talk/NNS/2/nsubj ended|end/VBD/-1/root without/IN/5/case an|a/DT/5/det "
            + "agreement/NN/2/obl ././2/punct").code();

    assertThat(events).filteredOn(e -> e.type() == EventType.AGREE).singleElement().satisfies(e -> {
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(List.of(e.source(), e.target())).containsExactlyInAnyOrder("act-1", "act-2");
    });
  }

  @Test
  void bothSidesWithoutEarlierTalksStayUnresolved() {
    List<Event> events = new CodedArticle().sentence(
        "Both/DT/1/det sides|side/NNS/2/nsubj agreed|agree/VBD/-1/root to/TO/4/mark exchange/VB/2/xcomp "
            + "prisoners|prisoner/NNS/4/obj ././2/punct").code();

    assertThat(events).singleElement().satisfies(e -> assertThat(e.source()).isNull());
  }

  /** "Armenia and Azerbaijan failed to reach an agreement at talks in Moscow mediated by Russia." */
  private static CodedArticle failedAtMediatedTalks() {
    return new CodedArticle().sentence(
        "Armenia/NNP/LOCATION/3/nsubj and/CC/2/cc Azerbaijan/NNP/LOCATION/0/conj failed|fail/VBD/-1/root "
            + "to/TO/5/mark reach/VB/3/xcomp an|a/DT/7/det agreement/NN/5/obj at/IN/9/case talks|talk/NNS/7/nmod "
            + "in/IN/11/case Moscow/NNP/LOCATION/9/nmod mediated|mediate/VBN/9/acl by/IN/14/case "
            + "Russia/NNP/LOCATION/12/obl ././3/punct")
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
    List<Event> events = new CodedArticle().sentence(
        "Armenia/NNP/LOCATION/1/nsubj refused|refuse/VBD/-1/root to/TO/3/mark withdraw/VB/1/xcomp "
            + "its/PRP$/5/nmod:poss troops/NNS/3/obj ././1/punct")
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
