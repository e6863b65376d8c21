// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;

/**
 * Rule object-shared-by-coordinated-verbs: two verbs joined before one object both act on it, whichever conjunct
 * the parser hangs the object on; verbs with objects of their own share nothing. The parses are the parser's own.
 */
class ObjectSharedByCoordinatedVerbsTest {
  /** "Oslo noted and understands the measures the allies have taken, the minister said." (object on the 1st verb) */
  private static final String NOTED = "Oslo/NNP/LOCATION/1/nsubj noted|note/VBD/-1/root and/CC/3/cc "
      + "understands|understand/VBZ/1/conj the/DT/5/det measures|measure/NNS/1/obj the/DT/7/det "
      + "allies|ally/NNS/9/nsubj "
      + "have/VBP/9/aux taken|take/VBN/5/acl:relcl ,/,/9/punct the/DT/12/det minister/NN/13/nsubj "
      + "said|say/VBD/9/parataxis ././1/punct";
  /** "Tehran condemned and rejected Israel's plan on Sunday." (object on the first verb) */
  private static final String ON_FIRST = "Tehran/NNP/LOCATION/1/nsubj condemned|condemn/VBD/-1/root and/CC/3/cc "
      + "rejected|reject/VBD/1/conj Israel/NNP/LOCATION/6/nmod:poss 's/POS/4/case plan/NN/1/obj on/IN/8/case "
      + "Sunday/NNP/6/nmod ././1/punct";
  /** The same sentence with the object hung on the second verb. */
  private static final String ON_SECOND = ON_FIRST.replace("plan/NN/1/obj", "plan/NN/3/obj");
  /** "Moscow condemned the raids and rejected Israel's plan." (each verb its own object) */
  private static final String OWN_OBJECTS = "Moscow/NNP/LOCATION/1/nsubj condemned|condemn/VBD/-1/root "
      + "the/DT/3/det raids|raid/NNS/1/obj and/CC/5/cc rejected|reject/VBD/1/conj Israel/NNP/LOCATION/8/nmod:poss "
      + "'s/POS/6/case plan/NN/5/obj ././1/punct";

  private static boolean traced(Event e, String rule) {
    return e.trace().steps().stream().anyMatch(step -> step.rule().contains(rule));
  }

  @Test
  void theVerbWithoutAnObjectSharesTheOtherVerbsObject() {
    Sentence first = ParsedText.of(ON_FIRST).sentence();
    assertThat(ObjectSharedByCoordinatedVerbs.of(first, 3)).isEqualTo(6);
    assertThat(ObjectSharedByCoordinatedVerbs.of(first, 1)).isEqualTo(-1); // it has its own
    Sentence second = ParsedText.of(ON_SECOND).sentence();
    assertThat(ObjectSharedByCoordinatedVerbs.of(second, 1)).isEqualTo(6);
    assertThat(ObjectSharedByCoordinatedVerbs.of(second, 3)).isEqualTo(-1);
  }

  @Test
  void verbsWithObjectsOfTheirOwnShareNothing() {
    Sentence s = ParsedText.of(OWN_OBJECTS).sentence();
    assertThat(ObjectSharedByCoordinatedVerbs.of(s, 1)).isEqualTo(-1);
    assertThat(ObjectSharedByCoordinatedVerbs.of(s, 5)).isEqualTo(-1);
  }

  @Test
  void aVerbWithAPhraseOfItsOwnSharesNothing() {
    // "Oslo spoke with the envoy and asked Rome to help." (the phrase "with the envoy" is the first verb's own)
    Sentence s = ParsedText.of("Oslo/NNP/LOCATION/1/nsubj spoke|speak/VBD/-1/root with/IN/4/case the/DT/4/det "
        + "envoy/NN/1/obl and/CC/6/cc asked|ask/VBD/1/conj Rome/NNP/LOCATION/6/obj to/TO/9/mark help/VB/6/xcomp "
        + "././1/punct").sentence();
    assertThat(ObjectSharedByCoordinatedVerbs.of(s, 1)).isEqualTo(-1);
  }

  @Test
  void aSharedObjectMeetsTheFrameOfTheOtherVerb() {
    // "understand" codes support only for objects like measures or decisions: here the measures hang on "noted"
    List<Event> events = new CodedArticle().sentence(NOTED).state("act-1", "Norway", "NOR", 0, 0).code();
    assertThat(events).filteredOn(e -> e.type() == EventType.SUPPORT).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("051");
      assertThat(e.source()).isEqualTo("act-1");
    });
  }

  @Test
  void bothVerbsFallOnTheSharedObjectsParty() {
    for (String parse : List.of(ON_FIRST, ON_SECOND)) {
      List<Event> events = new CodedArticle().sentence(parse)
          .state("act-1", "Iran", "IRN", 0, 0).state("act-2", "Israel", "ISR", 4, 4).code();
      assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(EventType.ACCUSE, EventType.REJECT);
      assertThat(events).allSatisfy(e -> {
        assertThat(e.source()).isEqualTo("act-1");
        assertThat(e.target()).isEqualTo("act-2");
      });
      assertThat(events).filteredOn(e -> traced(e, ObjectSharedByCoordinatedVerbs.NAME)).hasSize(1);
    }
  }
}
