// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/**
 * Rules owner-of-the-decision-acts, decided-force-is-reported and target-of-the-nouns-infinitive: a noun of deciding or
 * planning with an infinitive codes the infinitive's act as the verb form would. The parses are the parser's own
 * readings, which hang the infinitive elsewhere than on the noun.
 */
class DecisionNounOwnerActsTest {
  private static boolean traced(Event e, String rule) {
    return e.trace().steps().stream().anyMatch(step -> step.rule().startsWith(rule));
  }

  @Test
  void whoseTheDecisionIsActsNotWhomTheActFallsOn() {
    // "Cuba's decision to expel two American diplomats was announced." — the parser makes "decision" the subject
    List<Event> events = new CodedArticle()
        .sentence("Cuba/NNP/LOCATION/2/nmod:poss 's/POS/0/case decision/NN/4/nsubj to/TO/4/mark "
            + "expel/VB/9/csubj:pass two/CD/7/nummod American/JJ/7/amod diplomats|diplomat/NNS/4/obj "
            + "was|be/VBD/9/aux:pass announced|announce/VBN/-1/root ././9/punct")
        .state("act-1", "Cuba", "CUB", 0, 0).state("act-2", "United States", "USA", 6, 6)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED); // as "Cuba decided to expel"
      assertThat(traced(e, DecisionNounOwnerActs.NAME)).isTrue();
    });
    // "The decision to expel two Cuban diplomats was announced." — no owner: Cuba, expelled from, does not expel
    List<Event> ownerless = new CodedArticle()
        .sentence("The/DT/1/det decision/NN/3/nsubj to/TO/3/mark expel/VB/9/csubj:pass two/CD/6/nummod "
            + "Cuban/JJ/6/amod diplomats|diplomat/NNS/3/obj was|be/VBD/9/aux:pass announced|announce/VBN/-1/root "
            + "in/IN/9/case Washington/NNP/LOCATION/7/obl ././7/punct")
        .state("act-1", "Cuba", "CUB", 5, 5)
        .code();
    assertThat(ownerless).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
        .satisfies(e -> assertThat(e.source()).isNull());
  }

  @Test
  void aPlanIsIntendedAsPlansToIs() {
    // "Moscow's plan to suspend gas deliveries to Ukraine alarmed Europe." — as "Moscow plans to suspend": a threat
    List<Event> events = new CodedArticle()
        .sentence("Moscow/NNP/LOCATION/2/nmod:poss 's/POS/0/case plan/NN/4/nsubj to/TO/4/mark "
            + "suspend/VB/-1/root gas/NN/6/compound deliveries|delivery/NNS/4/obj to/IN/8/case "
            + "Ukraine/NNP/LOCATION/4/obl alarmed|alarm/VBD/4/conj Europe/NNP/LOCATION/9/obj ././4/punct")
        .actor("act-1", "Russia", 0, 0, MentionKind.METONYM, "RUS", "GOV")
        .state("act-2", "Ukraine", "UKR", 8, 8)
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.THREATEN).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
      assertThat(traced(e, "marker 'plan'")).isTrue();
    });
  }

  @Test
  void forceDecidedByANamedOwnerIsReportedUnderTheVerbNamingTheDecision() {
    // "Havana condemned Washington's decision to expel two Cuban diplomats." — the parser hangs "expel" on "condemned"
    List<Event> events = new CodedArticle()
        .sentence("Havana/NNP/LOCATION/1/nsubj condemned|condemn/VBD/-1/root Washington/NNP/LOCATION/4/nmod:poss "
            + "'s/POS/2/case decision/NN/1/obj to/TO/6/mark expel/VB/1/xcomp two/CD/9/nummod Cuban/JJ/9/amod "
            + "diplomats|diplomat/NNS/6/obj ././1/punct")
        .actor("act-1", "Cuba", 0, 0, MentionKind.METONYM, "CUB", "GOV")
        .actor("act-2", "United States", 2, 2, MentionKind.METONYM, "USA", "GOV")
        .actor("act-1", "Cuba", 8, 8, MentionKind.NAME, "CUB", "GOV")
        .code();
    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("act-1"));
    assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-2");
      assertThat(e.target()).isEqualTo("act-1");
      assertThat(traced(e, DecisionNounOwnerActs.REPORTED)).isTrue();
    });
    // "Havana welcomed Washington's decision to return the boy." — a cooperative act decided stays what is welcomed
    List<Event> welcomed = new CodedArticle()
        .sentence("Havana/NNP/LOCATION/1/nsubj welcomed|welcome/VBD/-1/root Washington/NNP/LOCATION/4/nmod:poss "
            + "'s/POS/2/case decision/NN/1/obj to/TO/6/mark return/VB/1/xcomp the/DT/8/det boy/NN/6/obj "
            + "././1/punct")
        .actor("act-1", "Cuba", 0, 0, MentionKind.METONYM, "CUB", "GOV")
        .actor("act-2", "United States", 2, 2, MentionKind.METONYM, "USA", "GOV")
        .code();
    assertThat(welcomed).extracting(Event::type).containsExactly(EventType.SUPPORT);
  }

  @Test
  void aProposalOffersTheActOfItsInfinitiveToWhomItNames() {
    // "Russia's proposal to hold talks with Ukraine." — as "Russia proposed to hold talks with Ukraine"
    List<Event> events = new CodedArticle()
        .sentence("Russia/NNP/LOCATION/2/nmod:poss 's/POS/0/case proposal/NN/4/nsubj to/TO/4/mark "
            + "hold/VB/-1/root talks|talk/NNS/4/obj with/IN/7/case Ukraine/NNP/LOCATION/5/nmod ././4/punct")
        .state("act-1", "Russia", "RUS", 0, 0).state("act-2", "Ukraine", "UKR", 7, 7)
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.AGREE);
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
      assertThat(traced(e, DecisionNounOwnerActs.TARGET)).isTrue();
    });
  }

  @Test
  void whoHasTheIntentionOwnsItAndNoIntentionNegatesOnce() {
    // "Egypt has no intention to close its border." — the parser hangs "close" on "has"
    List<Event> events = new CodedArticle()
        .sentence("Egypt/NNP/LOCATION/1/nsubj has|have/VBZ/-1/root no/DT/3/det intention/NN/1/obj to/TO/5/mark "
            + "close/VB/1/ccomp its/PRP$/7/nmod:poss border/NN/5/obj ././1/punct")
        .state("act-1", "Egypt", "EGY", 0, 0)
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
      assertThat(traced(e, DecisionNounOwnerActs.NAME)).isTrue();
    });
  }

  @Test
  void whoHasOrdersIsOrderedNotTheOneWhoOrders() {
    // "The soldiers had orders to shoot the protesters."
    List<Event> events = new CodedArticle()
        .sentence("The/DT/1/det soldiers|soldier/NNS/2/nsubj had|have/VBD/-1/root orders|order/NNS/2/obj "
            + "to/TO/5/mark shoot/VB/2/ccomp the/DT/7/det protesters|protester/NNS/5/obj ././2/punct")
        .actor("act-1", "soldiers", 1, 1, MentionKind.NAME, null, "MIL")
        .actor("act-2", "protesters", 7, 7, MentionKind.NAME, null, "CVL")
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.REQUEST);
      assertThat(e.source()).isNull();
      assertThat(e.target()).isEqualTo("act-1");
      assertThat(traced(e, DecisionNounOwnerActs.RECEIVER)).isTrue();
    });
  }
}
