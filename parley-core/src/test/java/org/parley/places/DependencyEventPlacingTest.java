// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.nlp.ParsedText;
import org.parley.places.Place;

/** Parses are CoreNLP 4.5.10 UD output for these sentences, written out so the test needs no models. */
class DependencyEventPlacingTest {
  private final DependencyEventPlacing placing = new DependencyEventPlacing();

  private Optional<String> place(String parse, String trigger) {
    ParsedText p = ParsedText.of(parse);
    return placing.place(p.sentence(), p.token(trigger), p.text()).map(pl -> pl.name() + "/" + pl.country());
  }

  /** A sentence, the word of its event, and the place it gets ("name/country"), or null for none. */
  static Stream<Arguments> placedEvents() {
    return Stream.of(
        arguments("place of \"the city of\" named after a locative preposition",
            "Officials|official/NNS/1/nsubj met|meet/VBD/-1/root on/IN/3/case Thursday/NNP/1/obl in/IN/7/case "
                + "the/DT/7/det Turkish|Turkish/JJ/7/amod resort/NN/1/obl of/IN/9/case Antalya/NNP/LOCATION/7/nmod "
                + "././1/punct", "met", "Antalya/TUR"),
        arguments("place inside the object of an attack",
            "Russian|Russian/JJ/1/amod forces|force/NNS/2/nsubj bombed|bomb/VBD/-1/root a/DT/5/det "
                + "maternity/NN/5/compound hospital/NN/2/obj in/IN/7/case Mariupol/NNP/5/nmod on/IN/9/case "
                + "Wednesday/NNP/2/obl ././2/punct", "bombed", "Mariupol/UKR"),
        arguments("shelled city is where the shelling happened",
            "Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/4/det southern/JJ/4/amod city/NN/1/obj "
                + "of/IN/6/case Kherson/NNP/LOCATION/4/nmod overnight/RB/1/advmod ././1/punct",
            "shelled", "Kherson/UKR"),
        arguments("blocked port is where the blockade happened",
            "Dockers|docker/NNS/1/nsubj blocked|block/VBD/-1/root the/DT/3/det port/NN/1/obj of/IN/5/case "
                + "Mombasa/NNP/LOCATION/3/nmod on/IN/7/case Monday/NNP/1/obl ././1/punct",
            "blocked", "Mombasa/KEN"),
        arguments("capital accused is a government not a place",
            "Yerevan/NNP/LOCATION/1/nsubj accused|accuse/VBD/-1/root Baku/NNP/LOCATION/1/obj of/IN/4/mark "
                + "shelling|shell/VBG/1/advcl positions|position/NNS/4/obj ././1/punct", "accused", null),
        arguments("region named by a compound before its noun",
            "Two/CD/1/nummod soldiers|soldier/NNS/3/nsubj:pass were|be/VBD/3/aux:pass killed|kill/VBN/-1/root "
                + "in/IN/6/case an|a/DT/6/det ambush/NN/3/obl in/IN/11/case the/DT/11/det eastern/JJ/11/amod "
                + "Donetsk/NNP/LOCATION/11/compound region/NN/3/obl ././3/punct", "killed", "Donetsk region/UKR"),
        arguments("destination of a visit is its place",
            "The/DT/2/det UN/NNP/ORGANIZATION/2/compound envoy/NN/4/nsubj will/MD/4/aux visit/VB/-1/root "
                + "Yemen/NNP/LOCATION/4/obj later/RB/8/advmod this/DT/8/det week/NN/4/obl:tmod ././4/punct",
            "visit", "Yemen/YEM"),
        arguments("place of the report is not the place of the reported event",
            "Police/NNS/3/nsubj in/IN/2/case Kyiv/NNP/PERSON/0/nmod said|say/VBD/-1/root Russian|Russian/JJ/5/amod "
                + "missiles|missile/NNS/6/nsubj hit/VBD/3/ccomp a/DT/8/det school/NN/6/obj ././3/punct", "hit", null),
        arguments("home of an actor is not the place of its action",
            "Israeli|Israeli/JJ/1/amod aircraft/NN/2/nsubj struck|strike/VBD/-1/root a/DT/8/det "
                + "Gaza/NNP/LOCATION/6/obl -/HYPH/6/punct based|base/VBN/8/amod militant/JJ/8/amod group/NN/2/obj "
                + "yesterday/NN/2/obl:tmod ././2/punct", "struck", null),
        arguments("region named alone after \"in\"",
            "Heavy/JJ/1/amod fighting/NN/3/nsubj:pass was|be/VBD/3/aux:pass reported|report/VBN/-1/root in/IN/5/case "
                + "Tigray/NNP/LOCATION/3/obl ,/,/5/punct Ethiopia/NNP/LOCATION/5/appos ././3/punct",
            "fighting", "Tigray/ETH"),
        arguments("streets of a named city place a march",
            "Students|student/NNS/1/nsubj marched|march/VBD/-1/root through/IN/5/case "
                + "Kherson/NNP/LOCATION/5/nmod:poss 's/POS/3/case streets|street/NNS/1/obl ././1/punct",
            "marched", "Kherson/UKR"),
        arguments("the doers' place when they are said to be there",
            "Police/NN/6/nsubj in/IN/4/case the/DT/4/det Comoros/NNP/4/compound archipelago/NN/0/nmod ,/,/0/punct "
                + "raided|raid/VBD/-1/root two/CD/8/nummod homes|home/NNS/6/obj ././6/punct",
            "raided", "Comoros/COM"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placedEvents")
  void placesTheEvent(String why, String sentence, String trigger, String expected) {
    assertThat(place(sentence, trigger)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void countryInAppositionSettlesAnAmbiguousTown() {
    String s = "Clashes|clash/NNS/1/nsubj erupted|erupt/VBD/-1/root near/IN/3/case Tripoli/NNP/LOCATION/1/obl "
        + ",/,/3/punct Lebanon/NNP/LOCATION/3/appos ,/,/3/punct on/IN/8/case Saturday/NNP/1/obl ././1/punct";
    assertThat(place(s, "erupted")).contains("Tripoli/LBN");
    String bare = "Clashes|clash/NNS/1/nsubj erupted|erupt/VBD/-1/root near/IN/3/case Tripoli/NNP/LOCATION/1/obl "
        + "././1/punct";
    assertThat(place(bare, "erupted")).contains("Tripoli/LBY");
  }

  @Test
  void eventNounIsPlacedByItsOwnModifierAndByItsDescribingClause() {
    String talks = "Thursday/NNP/2/nmod:poss 's/POS/0/case talks|talk/NNS/5/nsubj in/IN/4/case "
        + "Geneva/NNP/LOCATION/2/nmod yielded|yield/VBD/-1/root no/DT/7/det progress/NN/5/obj ././5/punct";
    assertThat(place(talks, "talks")).contains("Genève/CHE");
    String relcl = "The/DT/1/det ministers|minister/NNS/2/nsubj held|hold/VBD/-1/root talks|talk/NNS/2/obj "
        + "that/WDT/5/nsubj took|take/VBD/3/acl:relcl place/NN/5/obj under/IN/9/case the/DT/9/det auspices/NNS/5/obl "
        + "of/IN/11/case Qatar/NNP/LOCATION/9/nmod in/IN/13/case Doha/NNP/LOCATION/5/obl ././2/punct";
    // Qatar is the mediator ("under the auspices of"), Doha the place
    assertThat(place(relcl, "talks")).contains("Doha/QAT");
  }

  @Test
  void aMonthIsATimeNotTheTownThatBearsItsName() {
    String s = "The/DT/1/det government/NN/2/nsubj lifted|lift/VBD/-1/root the/DT/4/det curfew/NN/2/obj in/IN/6/case "
        + "March/NNP/DATE/2/obl ././2/punct";
    assertThat(place(s, "lifted")).isEmpty();
    String town = "Floods/NNS/1/nsubj hit/VBD/-1/root the/DT/4/det town/NN/4/compound March/NNP/LOCATION/1/obj "
        + "././1/punct";
    assertThat(place(town, "hit")).isNotEmpty();
  }

  @Test
  void infinitiveMeetingCarriesThePlaceOfItsClause() {
    String s = "The/DT/1/det delegations|delegation/NNS/2/nsubj agreed|agree/VBD/-1/root to/TO/4/mark "
        + "meet/VB/2/xcomp again/RB/4/advmod on/IN/7/case Monday/NNP/4/obl in/IN/9/case Istanbul/NNP/LOCATION/4/obl "
        + "././2/punct";
    assertThat(place(s, "meet")).contains("Istanbul/TUR");
    assertThat(place(s, "agreed")).contains("Istanbul/TUR");
  }

  @Test
  void unknownLocationKeepsItsNameWithoutCoordinates() {
    ParsedText p = ParsedText.of("Fighting/NN/1/nsubj raged/VBD/-1/root in/IN/3/case Zzyzxville/NNP/LOCATION/1/obl "
        + "././1/punct");
    assertThat(placing.place(p.sentence(), 1, p.text())).contains(new Place("Zzyzxville", null, null, null));
  }

  @Test
  void whereClauseHappensAtThePlaceBeforeWhere() {
    String s = org.parley.time.DependencyEventDatingTest.IRPIN;
    assertThat(place(s, "shelled")).contains("Irpin/UKR");
    assertThat(place(s, "visited")).contains("Irpin/UKR");
  }

  @Test
  void anEventInTwoTownsIsPlacedInTheirCountryOrNowhere() {
    String one = "Clashes|clash/NNS/1/nsubj erupted|erupt/VBD/-1/root in/IN/3/case Kharkiv/NNP/LOCATION/1/obl "
        + "and/CC/5/cc Odesa/NNP/LOCATION/3/conj ././1/punct";
    assertThat(place(one, "erupted")).contains("Ukraine/UKR");
    String two = "Bombs|bomb/NNS/1/nsubj exploded|explode/VBD/-1/root in/IN/3/case Nairobi/NNP/LOCATION/1/obl "
        + "and/CC/5/cc Kampala/NNP/LOCATION/3/conj ././1/punct";
    assertThat(place(two, "exploded")).isEmpty();
  }

  @Test
  void aSpeakerRespondingFromACityIsThere() {
    String s = "The/DT/1/det minister/NN/2/nsubj responded|respond/VBD/-1/root from/IN/4/case "
        + "Damascus/NNP/LOCATION/2/obl on/IN/6/case television/NN/2/obl ././2/punct";
    assertThat(place(s, "responded")).contains("Damascus/SYR");
    String withdraw = "Troops/NNS/1/nsubj withdrew|withdraw/VBD/-1/root from/IN/3/case Damascus/NNP/LOCATION/1/obl "
        + "././1/punct";
    assertThat(place(withdraw, "withdrew")).isEmpty();
  }
}
