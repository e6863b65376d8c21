// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/** Rule place-of-the-act-is-no-doer: where an attack happened is not who carried it out. */
class PlaceOfTheActIsNoDoerTest {
  @Test
  void theCityOfACarBombIsNotItsAttacker() {
    // "A car bomb in Baghdad wounded 30 civilians." — the city stands for Iraq's government elsewhere
    List<Event> events = new CodedArticle()
        .sentence("A/DT/2/det car/NN/2/compound bomb/NN/5/nsubj in/IN/4/case Baghdad/NNP/LOCATION/2/nmod "
            + "wounded|wound/VBD/-1/root 30/CD/7/nummod civilians|civilian/NNS/5/obj ././5/punct")
        .actor("act-1", "Iraq", 4, 4, MentionKind.METONYM, "IRQ", "GOV")
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source()).isNull())
        .anySatisfy(e -> assertThat(e.trace().steps()).anySatisfy(
            step -> assertThat(step.rule()).startsWith(PlaceOfTheActIsNoDoer.NAME)));
  }

  @Test
  void twoPlacesOfAttacksAreNoPairOfSides() {
    // "The attacks in Kenya and Tanzania killed 224 people." — not Kenya attacking Tanzania
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det attacks|attack/NNS/6/nsubj in/IN/3/case Kenya/NNP/LOCATION/1/nmod and/CC/5/cc "
            + "Tanzania/NNP/LOCATION/3/conj killed|kill/VBD/-1/root 224/CD/8/nummod people/NNS/6/obj ././6/punct")
        .state("act-1", "Kenya", "KEN", 3, 3).state("act-2", "Tanzania", "TZA", 5, 5)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT).isNotEmpty()
        .allSatisfy(e -> assertThat(List.of(String.valueOf(e.source()), String.valueOf(e.target())))
            .doesNotContain("act-1", "act-2"));
  }

  @Test
  void aGroupInACityStillBelongsToIt() {
    // "The government in Kabul rejected the offer." — a body, not an act: the place phrase says whose it is
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det government/NN/4/nsubj in/IN/3/case Kabul/NNP/LOCATION/1/nmod "
            + "rejected|reject/VBD/-1/root the/DT/6/det offer/NN/4/obj ././4/punct")
        .actor("act-1", "Afghanistan", 3, 3, MentionKind.METONYM, "AFG", "GOV")
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.REJECT).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
  }
}
