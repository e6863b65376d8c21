// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;
import org.parley.places.Place;

/** Parses are CoreNLP 4.5.10 UD output for these sentences, written out so the test needs no models. */
class DependencyEventPlacingTest {
  private final DependencyEventPlacing placing = new DependencyEventPlacing();

  private Optional<String> place(String parse, String trigger) {
    ParsedText p = ParsedText.of(parse);
    return placing.place(p.sentence(), p.token(trigger), p.text()).map(pl -> pl.name() + "/" + pl.country());
  }

  @Test
  void placeOfTheCityOfNamedAfterALocativePreposition() {
    String s = "Officials|official/NNS/O/1/nsubj met|meet/VBD/O/-1/root on/IN/O/3/case Thursday/NNP/O/1/obl "
        + "in/IN/O/7/case the/DT/O/7/det Turkish|Turkish/JJ/O/7/amod resort/NN/O/1/obl of/IN/O/9/case "
        + "Antalya/NNP/LOCATION/7/nmod ././O/1/punct";
    assertThat(place(s, "met")).contains("Antalya/TUR");
  }

  @Test
  void placeInsideTheObjectOfAnAttack() {
    String s = "Russian|Russian/JJ/O/1/amod forces|force/NNS/O/2/nsubj bombed|bomb/VBD/O/-1/root a/DT/O/5/det "
        + "maternity/NN/O/5/compound hospital/NN/O/2/obj in/IN/O/7/case Mariupol/NNP/O/5/nmod on/IN/O/9/case "
        + "Wednesday/NNP/O/2/obl ././O/2/punct";
    assertThat(place(s, "bombed")).contains("Mariupol/UKR");
  }

  @Test
  void shelledCityIsWhereTheShellingHappened() {
    String s = "Rebels|rebel/NNS/O/1/nsubj shelled|shell/VBD/O/-1/root the/DT/O/4/det southern/JJ/O/4/amod "
        + "city/NN/O/1/obj of/IN/O/6/case Kherson/NNP/LOCATION/4/nmod overnight/RB/O/1/advmod ././O/1/punct";
    assertThat(place(s, "shelled")).contains("Kherson/UKR");
  }

  @Test
  void capitalAccusedIsAGovernmentNotAPlace() {
    String s = "Yerevan/NNP/LOCATION/1/nsubj accused|accuse/VBD/O/-1/root Baku/NNP/LOCATION/1/obj of/IN/O/4/mark "
        + "shelling|shell/VBG/O/1/advcl positions|position/NNS/O/4/obj ././O/1/punct";
    assertThat(place(s, "accused")).isEmpty();
  }

  @Test
  void regionNamedByACompoundBeforeItsNoun() {
    String s = "Two/CD/O/1/nummod soldiers|soldier/NNS/O/3/nsubj:pass were|be/VBD/O/3/aux:pass "
        + "killed|kill/VBN/O/-1/root in/IN/O/6/case an|a/DT/O/6/det ambush/NN/O/3/obl in/IN/O/11/case "
        + "the/DT/O/11/det eastern/JJ/O/11/amod Donetsk/NNP/LOCATION/11/compound region/NN/O/3/obl ././O/3/punct";
    assertThat(place(s, "killed")).contains("Donetsk region/UKR");
  }

  @Test
  void countryInAppositionSettlesAnAmbiguousTown() {
    String s = "Clashes|clash/NNS/O/1/nsubj erupted|erupt/VBD/O/-1/root near/IN/O/3/case "
        + "Tripoli/NNP/LOCATION/1/obl ,/,/O/3/punct Lebanon/NNP/LOCATION/3/appos ,/,/O/3/punct on/IN/O/8/case "
        + "Saturday/NNP/O/1/obl ././O/1/punct";
    assertThat(place(s, "erupted")).contains("Tripoli/LBN");
    String bare = "Clashes|clash/NNS/O/1/nsubj erupted|erupt/VBD/O/-1/root near/IN/O/3/case "
        + "Tripoli/NNP/LOCATION/1/obl ././O/1/punct";
    assertThat(place(bare, "erupted")).contains("Tripoli/LBY");
  }

  @Test
  void eventNounIsPlacedByItsOwnModifierAndByItsDescribingClause() {
    String talks = "Thursday/NNP/O/2/nmod:poss 's/POS/O/0/case talks|talk/NNS/O/5/nsubj in/IN/O/4/case "
        + "Geneva/NNP/LOCATION/2/nmod yielded|yield/VBD/O/-1/root no/DT/O/7/det progress/NN/O/5/obj ././O/5/punct";
    assertThat(place(talks, "talks")).contains("Genève/CHE");
    String relcl = "The/DT/O/1/det ministers|minister/NNS/O/2/nsubj held|hold/VBD/O/-1/root talks|talk/NNS/O/2/obj "
        + "that/WDT/O/5/nsubj took|take/VBD/O/3/acl:relcl place/NN/O/5/obj under/IN/O/9/case the/DT/O/9/det "
        + "auspices/NNS/O/5/obl of/IN/O/11/case Qatar/NNP/LOCATION/9/nmod in/IN/O/13/case "
        + "Doha/NNP/LOCATION/5/obl ././O/2/punct";
    // Qatar is the mediator ("under the auspices of"), Doha the place
    assertThat(place(relcl, "talks")).contains("Doha/QAT");
  }

  @Test
  void aMonthIsATimeNotTheTownThatBearsItsName() {
    String s = "The/DT/O/1/det government/NN/O/2/nsubj lifted|lift/VBD/O/-1/root the/DT/O/4/det curfew/NN/O/2/obj "
        + "in/IN/O/6/case March/NNP/DATE/2/obl ././O/2/punct";
    assertThat(place(s, "lifted")).isEmpty();
    String town = "Floods/NNS/O/1/nsubj hit|hit/VBD/O/-1/root the/DT/O/4/det town/NN/O/4/compound "
        + "March/NNP/LOCATION/1/obj ././O/1/punct";
    assertThat(place(town, "hit")).isNotEmpty();
  }

  @Test
  void destinationOfAVisitIsItsPlace() {
    String s = "The/DT/O/2/det UN/NNP/ORGANIZATION/2/compound envoy/NN/O/4/nsubj will/MD/O/4/aux "
        + "visit/VB/O/-1/root Yemen/NNP/LOCATION/4/obj later/RB/O/8/advmod this/DT/O/8/det week/NN/O/4/obl:tmod "
        + "././O/4/punct";
    assertThat(place(s, "visit")).contains("Yemen/YEM");
  }

  @Test
  void infinitiveMeetingCarriesThePlaceOfItsClause() {
    String s = "The/DT/O/1/det delegations|delegation/NNS/O/2/nsubj agreed|agree/VBD/O/-1/root to/TO/O/4/mark "
        + "meet/VB/O/2/xcomp again/RB/O/4/advmod on/IN/O/7/case Monday/NNP/O/4/obl in/IN/O/9/case "
        + "Istanbul/NNP/LOCATION/4/obl ././O/2/punct";
    assertThat(place(s, "meet")).contains("Istanbul/TUR");
    assertThat(place(s, "agreed")).contains("Istanbul/TUR");
  }

  @Test
  void placeOfTheReportIsNotThePlaceOfTheReportedEvent() {
    String s = "Police/NNS/O/3/nsubj in/IN/O/2/case Kyiv/NNP/PERSON/0/nmod said|say/VBD/O/-1/root "
        + "Russian|Russian/JJ/O/5/amod missiles|missile/NNS/O/6/nsubj hit/VBD/O/3/ccomp a/DT/O/8/det "
        + "school/NN/O/6/obj ././O/3/punct";
    assertThat(place(s, "hit")).isEmpty();
  }

  @Test
  void homeOfAnActorIsNotThePlaceOfItsAction() {
    String s = "Israeli|Israeli/JJ/O/1/amod aircraft/NN/O/2/nsubj struck|strike/VBD/O/-1/root a/DT/O/8/det "
        + "Gaza/NNP/LOCATION/6/obl -/HYPH/O/6/punct based|base/VBN/O/8/amod militant/JJ/O/8/amod "
        + "group/NN/O/2/obj yesterday/NN/O/2/obl:tmod ././O/2/punct";
    assertThat(place(s, "struck")).isEmpty();
  }

  @Test
  void regionNamedAloneAfterIn() {
    String s = "Heavy/JJ/O/1/amod fighting/NN/O/3/nsubj:pass was|be/VBD/O/3/aux:pass reported|report/VBN/O/-1/root "
        + "in/IN/O/5/case Tigray/NNP/LOCATION/3/obl ,/,/O/5/punct Ethiopia/NNP/LOCATION/5/appos ././O/3/punct";
    assertThat(place(s, "fighting")).contains("Tigray/ETH");
  }

  @Test
  void unknownLocationKeepsItsNameWithoutCoordinates() {
    ParsedText p = ParsedText.of("Fighting/NN/O/1/nsubj raged/VBD/O/-1/root in/IN/O/3/case "
        + "Zzyzxville/NNP/LOCATION/1/obl ././O/1/punct");
    assertThat(placing.place(p.sentence(), 1, p.text())).contains(new Place("Zzyzxville", null, null, null));
  }

  @Test
  void whereClauseHappensAtThePlaceBeforeWhere() {
    String s = org.parley.time.DependencyEventDatingTest.IRPIN;
    assertThat(place(s, "shelled")).contains("Irpin/UKR");
    assertThat(place(s, "visited")).contains("Irpin/UKR");
  }

  @Test
  void streetsOfANamedCityPlaceAMarch() {
    String s = "Students|student/NNS/O/1/nsubj marched|march/VBD/O/-1/root through/IN/O/5/case "
        + "Kherson/NNP/LOCATION/5/nmod:poss 's/POS/O/3/case streets|street/NNS/O/1/obl ././O/1/punct";
    assertThat(place(s, "marched")).contains("Kherson/UKR");
  }

  @Test
  void theDoersPlaceWhenTheyAreSaidToBeThere() {
    String s = "Police|police/NN/O/6/nsubj in/IN/O/4/case the/DT/O/4/det Comoros/NNP/O/4/compound "
        + "archipelago/NN/O/0/nmod ,/,/O/0/punct raided|raid/VBD/O/-1/root two/CD/O/8/nummod homes|home/NNS/O/6/obj "
        + "././O/6/punct";
    assertThat(place(s, "raided")).contains("Comoros/COM");
  }

  @Test
  void anEventInTwoTownsIsPlacedInTheirCountryOrNowhere() {
    String one = "Clashes|clash/NNS/O/1/nsubj erupted|erupt/VBD/O/-1/root in/IN/O/3/case Kharkiv/NNP/LOCATION/1/obl "
        + "and/CC/O/5/cc Odesa/NNP/LOCATION/3/conj ././O/1/punct";
    assertThat(place(one, "erupted")).contains("Ukraine/UKR");
    String two = "Bombs|bomb/NNS/O/1/nsubj exploded|explode/VBD/O/-1/root in/IN/O/3/case Nairobi/NNP/LOCATION/1/obl "
        + "and/CC/O/5/cc Kampala/NNP/LOCATION/3/conj ././O/1/punct";
    assertThat(place(two, "exploded")).isEmpty();
  }

  @Test
  void aSpeakerRespondingFromACityIsThere() {
    String s = "The/DT/O/1/det minister/NN/O/2/nsubj responded|respond/VBD/O/-1/root from/IN/O/4/case "
        + "Damascus/NNP/LOCATION/2/obl on/IN/O/6/case television/NN/O/2/obl ././O/2/punct";
    assertThat(place(s, "responded")).contains("Damascus/SYR");
    String withdraw = "Troops|troops/NNS/O/1/nsubj withdrew|withdraw/VBD/O/-1/root from/IN/O/3/case "
        + "Damascus/NNP/LOCATION/1/obl ././O/1/punct";
    assertThat(place(withdraw, "withdrew")).isEmpty();
  }
}
