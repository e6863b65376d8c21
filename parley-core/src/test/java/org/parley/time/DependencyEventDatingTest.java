// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;

/** Parses are CoreNLP 4.5.10 UD output for these sentences, written out so the test needs no models. */
public class DependencyEventDatingTest {
  private static final LocalDate FRIDAY = LocalDate.of(2022, 3, 11);
  private final DependencyEventDating dating = new DependencyEventDating();

  private Optional<EventDate> date(ParsedText p, String trigger, LocalDate published) {
    return dating.date(p.sentence(), p.token(trigger), p.text(), published);
  }

  @Test
  void datesPastWeekdayToTheMostRecentOneBeforePublication() {
    ParsedText p = ParsedText.of("Officials|official/NNS/O/1/nsubj met|meet/VBD/O/-1/root on/IN/O/3/case "
        + "Thursday/NNP/O/1/obl in/IN/O/7/case the/DT/O/7/det Turkish|Turkish/JJ/O/7/amod resort/NN/O/1/obl "
        + "of/IN/O/9/case Antalya/NNP/LOCATION/7/nmod ././O/1/punct");
    assertThat(date(p, "met", FRIDAY)).contains(new EventDate("2022-03-10", "on Thursday"));
  }

  @Test
  void datesEventNounByTheTimeOfTheClauseThatGovernsIt() {
    ParsedText p = ParsedText.of("On/IN/O/1/case Thursday/NNP/O/7/obl ,/,/O/7/punct the/DT/O/6/det two/CD/O/6/nummod "
        + "foreign/JJ/O/6/amod ministers|minister/NNS/O/7/nsubj failed|fail/VBD/O/-1/root to/TO/O/9/mark "
        + "resolve/VB/O/7/xcomp the/DT/O/11/det dispute/NN/O/9/obj at/IN/O/13/case talks|talk/NNS/O/11/nmod "
        + "in/IN/O/17/case the/DT/O/17/det Turkish|Turkish/JJ/O/17/amod city/NN/O/13/nmod of/IN/O/19/case "
        + "Antalya/NNP/LOCATION/17/nmod ././O/7/punct");
    assertThat(date(p, "talks", FRIDAY)).contains(new EventDate("2022-03-10", "On Thursday"));
    assertThat(date(p, "resolve", FRIDAY)).map(EventDate::value).contains("2022-03-10");
  }

  @Test
  void futureWeekdayIsTheNextOneFromPublication() {
    ParsedText p = ParsedText.of("The/DT/O/1/det minister/NN/O/3/nsubj will/MD/O/3/aux travel/VB/O/-1/root "
        + "to/IN/O/5/case Paris/NNP/LOCATION/3/obl on/IN/O/7/case Tuesday/NNP/O/3/obl ././O/3/punct");
    assertThat(date(p, "travel", FRIDAY)).contains(new EventDate("2022-03-15", "on Tuesday"));
  }

  @Test
  void infinitiveAfterAgreeSpeaksOfTheNextMonday() {
    ParsedText p = ParsedText.of("The/DT/O/1/det delegations|delegation/NNS/O/2/nsubj agreed|agree/VBD/O/-1/root "
        + "to/TO/O/4/mark meet/VB/O/2/xcomp again/RB/O/4/advmod on/IN/O/7/case Monday/NNP/O/4/obl "
        + "in/IN/O/9/case Istanbul/NNP/LOCATION/4/obl ././O/2/punct");
    assertThat(date(p, "meet", FRIDAY)).map(EventDate::value).contains("2022-03-14");
  }

  @Test
  void keepsWhenItHappenedApartFromWhenItWasReported() {
    ParsedText p = ParsedText.of("Rebels|rebel/NNS/O/1/nsubj shelled|shell/VBD/O/12/ccomp the/DT/O/4/det "
        + "southern/JJ/O/4/amod city/NN/O/1/obj of/IN/O/6/case Kherson/NNP/LOCATION/4/nmod earlier|early/RBR/O/9/advmod "
        + "this/DT/O/9/det week/NN/O/1/obl:tmod ,/,/O/12/punct police/NN/O/12/nsubj said|say/VBD/O/-1/root "
        + "on/IN/O/14/case Tuesday/NNP/O/12/obl ././O/12/punct");
    // published on a Wednesday: the shelling is dated to the week's first day, the report to Tuesday
    LocalDate wednesday = LocalDate.of(2022, 3, 16);
    assertThat(date(p, "shelled", wednesday)).contains(new EventDate("2022-03-14", "earlier this week"));
    assertThat(date(p, "said", wednesday)).contains(new EventDate("2022-03-15", "on Tuesday"));
  }

  @Test
  void reportDateIsNotLentToAnUndatedEvent() {
    ParsedText p = ParsedText.of("Rebels|rebel/NNS/O/1/nsubj shelled|shell/VBD/O/-1/root the/DT/O/4/det "
        + "southern/JJ/O/4/amod city/NN/O/1/obj ,/,/O/1/punct police/NN/O/7/nsubj said|say/VBD/O/1/parataxis "
        + "on/IN/O/9/case Monday/NNP/O/7/obl ././O/1/punct");
    assertThat(date(p, "shelled", FRIDAY)).isEmpty();
    assertThat(date(p, "said", FRIDAY)).map(EventDate::value).contains("2022-03-07");
  }

  @Test
  void daysAgoOnTheReportAndNextWeekOnTheReportedPlan() {
    ParsedText p = ParsedText.of("The/DT/O/1/det army/NN/O/2/nsubj said|say/VBD/O/-1/root two/CD/O/4/nummod "
        + "days|day/NNS/O/2/obl ago/IN/O/4/case that/IN/O/9/mark it/PRP/O/9/nsubj will/MD/O/9/aux "
        + "withdraw/VB/O/2/ccomp troops/NNS/O/9/obj next/JJ/O/12/amod week/NN/O/9/obl:tmod ././O/2/punct");
    assertThat(date(p, "said", FRIDAY)).contains(new EventDate("2022-03-09", "two days ago"));
    assertThat(date(p, "withdraw", FRIDAY)).contains(new EventDate("2022-03-14", "next week"));
  }

  @Test
  void absoluteDateInAClauseDescribingTheEventNoun() {
    ParsedText p = ParsedText.of("The/DT/O/1/det talks|talk/NNS/O/11/nsubj ,/,/O/1/punct held|hold/VBN/O/1/acl "
        + "on/IN/O/6/case 3/CD/O/6/nummod March/NNP/O/3/obl 2022/CD/O/6/nummod in/IN/O/9/case "
        + "Minsk/NNP/LOCATION/6/nmod ,/,/O/1/punct failed|fail/VBD/O/-1/root ././O/11/punct");
    assertThat(date(p, "talks", FRIDAY)).contains(new EventDate("2022-03-03", "on 3 March 2022"));
    // an absolute date needs no publication date
    assertThat(date(p, "talks", null)).map(EventDate::value).contains("2022-03-03");
  }

  @Test
  void monthDayWithYearModifyingTheEventNoun() {
    ParsedText p = ParsedText.of("The/DT/O/1/det talks|talk/NNS/O/9/nsubj on/IN/O/3/case March/NNP/O/1/nmod "
        + "3/CD/O/3/nummod ,/,/O/3/punct 2022/CD/O/3/nummod in/IN/O/8/case Minsk/NNP/LOCATION/1/nmod "
        + "ended|end/VBD/O/-1/root without/IN/O/11/case agreement/NN/O/9/obl ././O/9/punct");
    assertThat(date(p, "talks", FRIDAY)).contains(new EventDate("2022-03-03", "on March 3 , 2022"));
  }

  @Test
  void possessiveWeekdayDatesTheTalks() {
    ParsedText p = ParsedText.of("Thursday/NNP/O/2/nmod:poss 's/POS/O/0/case talks|talk/NNS/O/5/nsubj "
        + "in/IN/O/4/case Geneva/NNP/LOCATION/2/nmod yielded|yield/VBD/O/-1/root no/DT/O/7/det "
        + "progress/NN/O/5/obj ././O/5/punct");
    assertThat(date(p, "talks", LocalDate.of(2023, 6, 20))).map(EventDate::value).contains("2023-06-15");
  }

  @Test
  void lastMonthInAReportedClauseIsAYearMonth() {
    ParsedText p = ParsedText.of("A/DT/O/4/det Kyiv/NN/O/3/obl -/HYPH/O/3/punct based|base/VBN/O/4/amod "
        + "analyst/NN/O/5/nsubj said|say/VBD/O/-1/root the/DT/O/7/det ceasefire/NN/O/8/nsubj "
        + "collapsed|collapse/VBD/O/5/ccomp last/JJ/O/10/amod month/NN/O/8/obl:tmod ././O/5/punct");
    assertThat(date(p, "collapsed", LocalDate.of(2022, 1, 5))).contains(new EventDate("2021-12", "last month"));
  }

  @Test
  void pastMonthWithoutYearIsTheLatestNotAfterPublication() {
    ParsedText p = ParsedText.of("Protests|protest/NNS/O/1/nsubj erupted|erupt/VBD/O/-1/root in/IN/O/3/case "
        + "March/NNP/O/1/obl in/IN/O/5/case Gaza/NNP/LOCATION/1/obl ././O/1/punct");
    assertThat(date(p, "erupted", FRIDAY)).contains(new EventDate("2022-03", "in March"));
    assertThat(date(p, "erupted", LocalDate.of(2022, 2, 1))).map(EventDate::value).contains("2021-03");
  }

  @Test
  void laterThisWeekOnAFutureVisitIsTheDayAfterPublication() {
    ParsedText p = ParsedText.of("The/DT/O/2/det UN/NNP/ORGANIZATION/2/compound envoy/NN/O/4/nsubj will/MD/O/4/aux "
        + "visit/VB/O/-1/root Yemen/NNP/LOCATION/4/obj later/RB/O/8/advmod this/DT/O/8/det week/NN/O/4/obl:tmod "
        + "././O/4/punct");
    assertThat(date(p, "visit", LocalDate.of(2022, 3, 8))).contains(new EventDate("2022-03-09", "later this week"));
  }

  @Test
  void sinceThenGivesNoDateAndBorrowsNone() {
    ParsedText p = ParsedText.of("Since/IN/O/1/case then/RB/O/6/advcl ,/,/O/6/punct the/DT/O/4/det "
        + "rebels|rebel/NNS/O/6/nsubj have/VBP/O/6/aux refused|refuse/VBN/O/-1/root to/TO/O/8/mark "
        + "negotiate/VB/O/6/xcomp ././O/6/punct");
    assertThat(date(p, "refused", FRIDAY)).isEmpty();
    assertThat(date(p, "negotiate", FRIDAY)).isEmpty();
  }

  @Test
  void yesterdayAsBareNounModifier() {
    ParsedText p = ParsedText.of("Israeli|Israeli/JJ/O/1/amod aircraft/NN/O/2/nsubj struck|strike/VBD/O/-1/root "
        + "a/DT/O/8/det Gaza/NNP/LOCATION/6/obl -/HYPH/O/6/punct based|base/VBN/O/8/amod militant/JJ/O/8/amod "
        + "group/NN/O/2/obj yesterday/NN/O/2/obl:tmod ././O/2/punct");
    assertThat(date(p, "struck", FRIDAY)).contains(new EventDate("2022-03-10", "yesterday"));
  }

  @Test
  void relativeDateNeedsAPublicationDate() {
    ParsedText p = ParsedText.of("Officials|official/NNS/O/1/nsubj met|meet/VBD/O/-1/root on/IN/O/3/case "
        + "Thursday/NNP/O/1/obl ././O/1/punct");
    assertThat(date(p, "met", null)).isEmpty();
  }

  @Test
  void timeOfAnotherClauseIsNotLentToTheMainEvent() {
    // the parser hangs the "where" clause off the report; only its own verb takes "last week"
    ParsedText p = ParsedText.of(IRPIN);
    assertThat(date(p, "shelled", FRIDAY)).contains(new EventDate("2022-02-28", "last week"));
    assertThat(date(p, "said", FRIDAY)).map(EventDate::value).contains("2022-03-07");
    assertThat(date(p, "visited", FRIDAY)).isEmpty();
  }

  public static final String IRPIN = "Officials|official/NNS/O/1/nsubj visited|visit/VBD/O/-1/root the/DT/O/3/det town/NN/O/1/obj of/IN/O/5/case Irpin/NNP/LOCATION/3/nmod ,/,/O/5/punct where/WRB/O/9/advmod troops/NNS/O/9/nsubj shelled|shell/VBD/O/17/advcl a/DT/O/11/det school/NN/O/9/obj last/JJ/O/13/amod week/NN/O/9/obl:tmod ,/,/O/17/punct the/DT/O/16/det mayor/NN/O/17/nsubj said|say/VBD/O/5/dep on/IN/O/19/case Monday/NNP/O/17/obl ././O/1/punct";

  @Test
  void anAppealIsNotDatedByTheMeetingItAsksFor() {
    ParsedText p = ParsedText.of("The/DT/O/1/det envoy/NN/O/2/nsubj urged|urge/VBD/O/-1/root both/DT/O/4/det "
        + "sides|side/NNS/O/2/obj to/TO/O/6/mark meet|meet/VB/O/2/xcomp on/IN/O/8/case Friday/NNP/O/6/obl "
        + "././O/2/punct");
    assertThat(date(p, "urged", FRIDAY.minusDays(3))).isEmpty();
    assertThat(date(p, "meet", FRIDAY.minusDays(3))).map(EventDate::value).contains("2022-03-11");
  }

  @Test
  void aDateBeforeANounInsideTheObjectDatesThatNoun() {
    ParsedText p = ParsedText.of("The/DT/O/1/det ministry/NN/O/2/nsubj condemned|condemn/VBD/O/-1/root "
        + "the/DT/O/4/det handling/NN/O/2/obj of/IN/O/8/case Tuesday|Tuesday/NNP/O/8/nmod:poss 's/POS/O/6/case "
        + "meeting/NN/O/4/nmod ././O/2/punct");
    assertThat(date(p, "condemned", FRIDAY)).isEmpty();
    assertThat(date(p, "meeting", FRIDAY)).map(EventDate::value).contains("2022-03-08");
  }

  @Test
  void aDateBeforeTheSubjectNounStillDatesTheClause() {
    ParsedText p = ParsedText.of("Tuesday|Tuesday/NNP/O/2/nmod:poss 's/POS/O/0/case talks|talk/NNS/O/3/nsubj "
        + "ended|end/VBD/O/-1/root without/IN/O/6/case a/DT/O/6/det deal/NN/O/3/obl ././O/3/punct");
    assertThat(date(p, "ended", FRIDAY)).map(EventDate::value).contains("2022-03-08");
  }

  @Test
  void anOfferIsDatedWhenItWasAnnounced() {
    ParsedText p = ParsedText.of("The/DT/O/1/det general/NN/O/2/nsubj announced|announce/VBD/O/-1/root "
        + "yesterday/NN/O/2/obl:tmod that/IN/O/7/mark he/PRP/O/7/nsubj will/MD/O/7/aux withdraw/VB/O/2/ccomp "
        + "his/PRP$/O/9/nmod:poss troops/NNS/O/7/obj from/IN/O/12/case the/DT/O/12/det border/NN/O/7/obl "
        + "././O/2/punct");
    assertThat(date(p, "withdraw", FRIDAY)).contains(new EventDate("2022-03-10", "yesterday"));
  }

  @Test
  void aTimetableInThePresentTenseIsAhead() {
    ParsedText p = ParsedText.of("The/DT/O/2/det two/CD/O/2/nummod envoys|envoy/NNS/O/3/nsubj meet/VBP/O/-1/root "
        + "Monday/NNP/O/3/obl:tmod in/IN/O/6/case Nairobi/NNP/LOCATION/3/obl ././O/3/punct");
    assertThat(date(p, "meet", FRIDAY)).map(EventDate::value).contains("2022-03-14");
  }

  @Test
  void anEventNounLeftWithoutAVerbTakesTheTimeBelowIt() {
    // "Bombings at two depots in Zzyx Ville, on May 7 killed 20": the unknown name broke the parse
    ParsedText p = ParsedText.of("Bombings|bombing/NNS/O/-1/root at/IN/O/3/case two/CD/O/3/nummod "
        + "depots|depot/NNS/O/0/nmod in/IN/O/5/case Zzyx/NNP/LOCATION/6/obl Ville|ville/VBZ/LOCATION/3/acl:relcl "
        + ",/,/O/6/punct on/IN/O/9/case May/NNP/O/11/obl 7/CD/O/9/nummod killed|kill/VBD/O/6/dep "
        + "20/CD/O/11/obj ././O/0/punct");
    assertThat(date(p, "Bombings", FRIDAY)).map(EventDate::value).contains("2021-05-07");
  }

  @Test
  void aDateBeforeAnEventNounDatesIt() {
    ParsedText p = ParsedText.of("Friday|Friday/NNP/O/2/nmod:poss 's/POS/O/0/case attack/NN/O/3/nsubj "
        + "killed|kill/VBD/O/-1/root four/CD/O/5/nummod people|person/NNS/O/3/obj ././O/3/punct");
    assertThat(date(p, "attack", FRIDAY.plusDays(3))).contains(new EventDate("2022-03-11", "Friday"));
    ParsedText q = ParsedText.of("Officials|official/NNS/O/1/nsubj condemned|condemn/VBD/O/-1/root the/DT/O/5/det "
        + "May/NNP/O/5/compound 3/CD/O/3/nummod bombings|bombing/NNS/O/1/obj ././O/1/punct");
    assertThat(date(q, "bombings", FRIDAY)).map(EventDate::value).contains("2021-05-03");
  }

  /**
   * "The envoy said on Wednesday that Kyiv believes the militia must withdraw." — the demand read in the obligation
   * is dated when it was said, through the belief reported in turn; the withdrawal itself has no date.
   */
  @Test
  void aDemandIsDatedWhenItWasSaidThroughAReportedBelief() {
    ParsedText p = ParsedText.of("The/DT/O/1/det envoy/NN/O/2/nsubj said|say/VBD/O/-1/root on/IN/O/4/case "
        + "Wednesday/NNP/O/2/obl that/IN/O/7/mark Kyiv/NNP/O/7/nsubj believes|believe/VBZ/O/2/ccomp the/DT/O/9/det "
        + "militia/NN/O/11/nsubj must/MD/O/11/aux withdraw/VB/O/7/ccomp ././O/2/punct");
    assertThat(date(p, "withdraw", FRIDAY)).map(EventDate::value).contains("2022-03-09");
    // without the obligation it is the militia's own act, undated
    ParsedText q = ParsedText.of("The/DT/O/1/det envoy/NN/O/2/nsubj said|say/VBD/O/-1/root on/IN/O/4/case "
        + "Wednesday/NNP/O/2/obl that/IN/O/7/mark Kyiv/NNP/O/7/nsubj believes|believe/VBZ/O/2/ccomp the/DT/O/9/det "
        + "militia/NN/O/10/nsubj withdrew|withdraw/VBD/O/7/ccomp ././O/2/punct");
    assertThat(date(q, "withdrew", FRIDAY)).isEmpty();
  }
}
