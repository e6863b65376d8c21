// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/** Rule journey-abroad-is-a-visit: a state's official travelling to a foreign capital visits that state. */
class JourneyAbroadIsVisitTest {
  @Test
  void anEnvoyFlyingToAForeignCapitalVisitsItsState() {
    // "The envoy flew to Cairo on Sunday." — Cairo stands for Egypt
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det envoy/NN/2/nsubj flew|fly/VBD/-1/root to/IN/4/case Cairo/NNP/LOCATION/2/obl "
            + "on/IN/6/case Sunday/NNP/DATE/2/obl ././2/punct")
        .actor("act-1", "Russia", 1, 1, MentionKind.NAME, "RUS", "GOV")
        .actor("act-2", "Egypt", 4, 4, MentionKind.METONYM, "EGY", "GOV")
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.CONSULT);
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.trace().steps()).anySatisfy(s -> assertThat(s.rule()).isEqualTo(JourneyAbroadIsVisit.NAME));
    });
  }

  @Test
  void aRescueTeamFromAStateIsNoStateVisiting() {
    // "A rescue team from Turkey travelled to Damascus." — the team is placed by its "from" phrase only
    new CodedArticle()
        .sentence("A/DT/2/det rescue/NN/2/compound team/NN/5/nsubj from/IN/4/case Turkey/NNP/LOCATION/2/nmod "
            + "travelled|travel/VBD/-1/root to/IN/7/case Damascus/NNP/LOCATION/5/obl ././5/punct")
        .state("act-1", "Turkey", "TUR", 4, 4)
        .actor("act-2", "Syria", 7, 7, MentionKind.METONYM, "SYR", "GOV")
        .assertNoEvents();
  }

  @Test
  void refugeesHeadingAbroadPayNoVisit() {
    // "Refugees headed to Germany."
    new CodedArticle()
        .sentence("Refugees|refugee/NNS/1/nsubj headed|head/VBD/-1/root to/IN/3/case Germany/NNP/LOCATION/1/obl "
            + "././1/punct")
        .actor("act-1", "Syrian refugees", 0, 0, MentionKind.NAME, "SYR", "REF")
        .state("act-2", "Germany", "DEU", 3, 3)
        .assertNoEvents();
  }

  @Test
  void aPresidentFlyingToHisOwnCapitalPaysNoVisit() {
    // "The Egyptian president flew to Cairo."
    new CodedArticle()
        .sentence("The/DT/2/det Egyptian/JJ/2/amod president/NN/3/nsubj flew|fly/VBD/-1/root to/IN/5/case "
            + "Cairo/NNP/LOCATION/3/obl ././3/punct")
        .actor("act-1", "Egypt", 1, 2, MentionKind.NAME, "EGY", "GOV")
        .actor("act-2", "Egypt", 5, 5, MentionKind.METONYM, "EGY", "GOV")
        .assertNoEvents();
  }

  @Test
  void aJourneyToSignATreatyKeepsTheSigning() {
    // "The minister flew to Moscow to sign the treaty." — the signing is no content of the journey
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det minister/NN/2/nsubj flew|fly/VBD/-1/root to/IN/4/case Moscow/NNP/LOCATION/2/obl "
            + "to/TO/6/mark sign/VB/2/advcl the/DT/8/det treaty/NN/6/obj ././2/punct")
        .actor("act-1", "Syria", 1, 1, MentionKind.NAME, "SYR", "GOV")
        .actor("act-2", "Russia", 4, 4, MentionKind.METONYM, "RUS", "GOV")
        .code();
    assertThat(events).extracting(Event::cameo).contains("042", "057");
  }

  @Test
  void headingToTalksIsNoVisitToTheirVenue() {
    // "The delegation headed to the talks in Vienna." — the talks are reported, with the delegation as their party
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det delegation/NN/2/nsubj headed|head/VBD/-1/root to/IN/5/case the/DT/5/det "
            + "talks|talk/NNS/2/obl in/IN/7/case Vienna/NNP/LOCATION/5/nmod ././2/punct")
        .actor("act-1", "Iraq", 1, 1, MentionKind.NAME, "IRQ", "GOV")
        .actor("act-2", "Austria", 7, 7, MentionKind.METONYM, "AUT", "GOV")
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("046");
      assertThat(e.source()).isEqualTo("act-1");
    });
  }
}
