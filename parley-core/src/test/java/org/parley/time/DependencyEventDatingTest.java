// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.nlp.ParsedText;

/** Parses are CoreNLP 4.5.10 UD output for these sentences, written out so the test needs no models. */
public class DependencyEventDatingTest {
  private static final LocalDate FRIDAY = LocalDate.of(2022, 3, 11);
  private final DependencyEventDating dating = new DependencyEventDating();

  private Optional<EventDate> date(ParsedText p, String trigger, LocalDate published) {
    return dating.date(p.sentence(), p.token(trigger), p.text(), published);
  }

  /**
   * A sentence, the word of its event, the publication day, and the date the event gets: its value and the
   * words that give it (null: only the value is checked), or no date at all (both null).
   */
  static Stream<Arguments> datedEvents() {
    return Stream.of(
        arguments("dates a past weekday to the most recent one before publication",
            "Officials|official/NNS/1/nsubj met|meet/VBD/-1/root on/IN/3/case Thursday/NNP/1/obl in/IN/7/case "
                + "the/DT/7/det Turkish|Turkish/JJ/7/amod resort/NN/1/obl of/IN/9/case Antalya/NNP/LOCATION/7/nmod "
                + "././1/punct", "met", FRIDAY, "2022-03-10", "on Thursday"),
        arguments("future weekday is the next one from publication",
            "The/DT/1/det minister/NN/3/nsubj will/MD/3/aux travel/VB/-1/root to/IN/5/case Paris/NNP/LOCATION/3/obl "
                + "on/IN/7/case Tuesday/NNP/3/obl ././3/punct", "travel", FRIDAY, "2022-03-15", "on Tuesday"),
        arguments("infinitive after \"agree\" speaks of the next Monday",
            "The/DT/1/det delegations|delegation/NNS/2/nsubj agreed|agree/VBD/-1/root to/TO/4/mark meet/VB/2/xcomp "
                + "again/RB/4/advmod on/IN/7/case Monday/NNP/4/obl in/IN/9/case Istanbul/NNP/LOCATION/4/obl "
                + "././2/punct", "meet", FRIDAY, "2022-03-14", null),
        arguments("month day with year modifying the event noun",
            "The/DT/1/det talks|talk/NNS/9/nsubj on/IN/3/case March/NNP/1/nmod 3/CD/3/nummod ,/,/3/punct "
                + "2022/CD/3/nummod in/IN/8/case Minsk/NNP/LOCATION/1/nmod ended|end/VBD/-1/root without/IN/11/case "
                + "agreement/NN/9/obl ././9/punct", "talks", FRIDAY, "2022-03-03", "on March 3 , 2022"),
        arguments("possessive weekday dates the talks",
            "Thursday/NNP/2/nmod:poss 's/POS/0/case talks|talk/NNS/5/nsubj in/IN/4/case Geneva/NNP/LOCATION/2/nmod "
                + "yielded|yield/VBD/-1/root no/DT/7/det progress/NN/5/obj ././5/punct",
            "talks", LocalDate.of(2023, 6, 20), "2023-06-15", null),
        arguments("last month in a reported clause is a year month",
            "A/DT/4/det Kyiv/NN/3/obl -/HYPH/3/punct based|base/VBN/4/amod analyst/NN/5/nsubj said|say/VBD/-1/root "
                + "the/DT/7/det ceasefire/NN/8/nsubj collapsed|collapse/VBD/5/ccomp last/JJ/10/amod "
                + "month/NN/8/obl:tmod ././5/punct", "collapsed", LocalDate.of(2022, 1, 5), "2021-12", "last month"),
        arguments("later this week on a future visit is the day after publication",
            "The/DT/2/det UN/NNP/ORGANIZATION/2/compound envoy/NN/4/nsubj will/MD/4/aux visit/VB/-1/root "
                + "Yemen/NNP/LOCATION/4/obj later/RB/8/advmod this/DT/8/det week/NN/4/obl:tmod ././4/punct",
            "visit", LocalDate.of(2022, 3, 8), "2022-03-09", "later this week"),
        arguments("\"yesterday\" as bare noun modifier",
            "Israeli|Israeli/JJ/1/amod aircraft/NN/2/nsubj struck|strike/VBD/-1/root a/DT/8/det "
                + "Gaza/NNP/LOCATION/6/obl -/HYPH/6/punct based|base/VBN/8/amod militant/JJ/8/amod group/NN/2/obj "
                + "yesterday/NN/2/obl:tmod ././2/punct", "struck", FRIDAY, "2022-03-10", "yesterday"),
        arguments("relative date needs a publication date",
            "Officials|official/NNS/1/nsubj met|meet/VBD/-1/root on/IN/3/case Thursday/NNP/1/obl ././1/punct",
            "met", null, null, null),
        arguments("a date before the subject noun still dates the clause",
            "Tuesday/NNP/2/nmod:poss 's/POS/0/case talks|talk/NNS/3/nsubj ended|end/VBD/-1/root without/IN/6/case "
                + "a/DT/6/det deal/NN/3/obl ././3/punct", "ended", FRIDAY, "2022-03-08", null),
        arguments("an offer is dated when it was announced",
            "The/DT/1/det general/NN/2/nsubj announced|announce/VBD/-1/root yesterday/NN/2/obl:tmod that/IN/7/mark "
                + "he/PRP/7/nsubj will/MD/7/aux withdraw/VB/2/ccomp his/PRP$/9/nmod:poss troops/NNS/7/obj "
                + "from/IN/12/case the/DT/12/det border/NN/7/obl ././2/punct",
            "withdraw", FRIDAY, "2022-03-10", "yesterday"),
        arguments("a timetable in the present tense is ahead",
            "The/DT/2/det two/CD/2/nummod envoys|envoy/NNS/3/nsubj meet/VBP/-1/root Monday/NNP/3/obl:tmod "
                + "in/IN/6/case Nairobi/NNP/LOCATION/3/obl ././3/punct", "meet", FRIDAY, "2022-03-14", null),
        // "Bombings at two depots in Zzyx Ville, on May 7 killed 20": the unknown name broke the parse
        arguments("an event noun left without a verb takes the time below it",
            "Bombings|bombing/NNS/-1/root at/IN/3/case two/CD/3/nummod depots|depot/NNS/0/nmod in/IN/5/case "
                + "Zzyx/NNP/LOCATION/6/obl Ville/VBZ/LOCATION/3/acl:relcl ,/,/6/punct on/IN/9/case May/NNP/11/obl "
                + "7/CD/9/nummod killed|kill/VBD/6/dep 20/CD/11/obj ././0/punct",
            "Bombings", FRIDAY, "2021-05-07", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datedEvents")
  void datesTheEvent(String why, String sentence, String trigger, LocalDate published, String value,
                     String phrase) {
    Optional<EventDate> date = date(ParsedText.of(sentence), trigger, published);
    if (value == null) {
      assertThat(date).isEmpty();
    } else if (phrase == null) {
      assertThat(date).map(EventDate::value).contains(value);
    } else {
      assertThat(date).contains(new EventDate(value, phrase));
    }
  }

  @Test
  void datesEventNounByTheTimeOfTheClauseThatGovernsIt() {
    ParsedText p = ParsedText.of("On/IN/1/case Thursday/NNP/7/obl ,/,/7/punct the/DT/6/det two/CD/6/nummod "
        + "foreign/JJ/6/amod ministers|minister/NNS/7/nsubj failed|fail/VBD/-1/root to/TO/9/mark resolve/VB/7/xcomp "
        + "the/DT/11/det dispute/NN/9/obj at/IN/13/case talks|talk/NNS/11/nmod in/IN/17/case the/DT/17/det "
        + "Turkish|Turkish/JJ/17/amod city/NN/13/nmod of/IN/19/case Antalya/NNP/LOCATION/17/nmod ././7/punct");
    assertThat(date(p, "talks", FRIDAY)).contains(new EventDate("2022-03-10", "On Thursday"));
    assertThat(date(p, "resolve", FRIDAY)).map(EventDate::value).contains("2022-03-10");
  }

  @Test
  void keepsWhenItHappenedApartFromWhenItWasReported() {
    ParsedText p = ParsedText.of("Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/12/ccomp the/DT/4/det "
        + "southern/JJ/4/amod city/NN/1/obj of/IN/6/case Kherson/NNP/LOCATION/4/nmod earlier|early/RBR/9/advmod "
        + "this/DT/9/det week/NN/1/obl:tmod ,/,/12/punct police/NN/12/nsubj said|say/VBD/-1/root on/IN/14/case "
        + "Tuesday/NNP/12/obl ././12/punct");
    // published on a Wednesday: the shelling is dated to the week's first day, the report to Tuesday
    LocalDate wednesday = LocalDate.of(2022, 3, 16);
    assertThat(date(p, "shelled", wednesday)).contains(new EventDate("2022-03-14", "earlier this week"));
    assertThat(date(p, "said", wednesday)).contains(new EventDate("2022-03-15", "on Tuesday"));
  }

  @Test
  void reportDateIsNotLentToAnUndatedEvent() {
    ParsedText p = ParsedText.of("Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/4/det southern/JJ/4/amod "
        + "city/NN/1/obj ,/,/1/punct police/NN/7/nsubj said|say/VBD/1/parataxis on/IN/9/case Monday/NNP/7/obl "
        + "././1/punct");
    assertThat(date(p, "shelled", FRIDAY)).isEmpty();
    assertThat(date(p, "said", FRIDAY)).map(EventDate::value).contains("2022-03-07");
  }

  @Test
  void daysAgoOnTheReportAndNextWeekOnTheReportedPlan() {
    ParsedText p = ParsedText.of("The/DT/1/det army/NN/2/nsubj said|say/VBD/-1/root two/CD/4/nummod "
        + "days|day/NNS/2/obl ago/IN/4/case that/IN/9/mark it/PRP/9/nsubj will/MD/9/aux withdraw/VB/2/ccomp "
        + "troops/NNS/9/obj next/JJ/12/amod week/NN/9/obl:tmod ././2/punct");
    assertThat(date(p, "said", FRIDAY)).contains(new EventDate("2022-03-09", "two days ago"));
    assertThat(date(p, "withdraw", FRIDAY)).contains(new EventDate("2022-03-14", "next week"));
  }

  @Test
  void absoluteDateInAClauseDescribingTheEventNoun() {
    ParsedText p = ParsedText.of("The/DT/1/det talks|talk/NNS/11/nsubj ,/,/1/punct held|hold/VBN/1/acl on/IN/6/case "
        + "3/CD/6/nummod March/NNP/3/obl 2022/CD/6/nummod in/IN/9/case Minsk/NNP/LOCATION/6/nmod ,/,/1/punct "
        + "failed|fail/VBD/-1/root ././11/punct");
    assertThat(date(p, "talks", FRIDAY)).contains(new EventDate("2022-03-03", "on 3 March 2022"));
    // an absolute date needs no publication date
    assertThat(date(p, "talks", null)).map(EventDate::value).contains("2022-03-03");
  }

  @Test
  void pastMonthWithoutYearIsTheLatestNotAfterPublication() {
    ParsedText p = ParsedText.of("Protests|protest/NNS/1/nsubj erupted|erupt/VBD/-1/root in/IN/3/case "
        + "March/NNP/1/obl in/IN/5/case Gaza/NNP/LOCATION/1/obl ././1/punct");
    assertThat(date(p, "erupted", FRIDAY)).contains(new EventDate("2022-03", "in March"));
    assertThat(date(p, "erupted", LocalDate.of(2022, 2, 1))).map(EventDate::value).contains("2021-03");
  }

  @Test
  void sinceThenGivesNoDateAndBorrowsNone() {
    ParsedText p = ParsedText.of("Since/IN/1/case then/RB/6/advcl ,/,/6/punct the/DT/4/det rebels|rebel/NNS/6/nsubj "
        + "have/VBP/6/aux refused|refuse/VBN/-1/root to/TO/8/mark negotiate/VB/6/xcomp ././6/punct");
    assertThat(date(p, "refused", FRIDAY)).isEmpty();
    assertThat(date(p, "negotiate", FRIDAY)).isEmpty();
  }

  @Test
  void timeOfAnotherClauseIsNotLentToTheMainEvent() {
    // the parser hangs the "where" clause off the report; only its own verb takes "last week"
    ParsedText p = ParsedText.of(IRPIN);
    assertThat(date(p, "shelled", FRIDAY)).contains(new EventDate("2022-02-28", "last week"));
    assertThat(date(p, "said", FRIDAY)).map(EventDate::value).contains("2022-03-07");
    assertThat(date(p, "visited", FRIDAY)).isEmpty();
  }

  public static final String IRPIN = "Officials|official/NNS/1/nsubj visited|visit/VBD/-1/root the/DT/3/det "
      + "town/NN/1/obj of/IN/5/case Irpin/NNP/LOCATION/3/nmod ,/,/5/punct where/WRB/9/advmod troops/NNS/9/nsubj "
      + "shelled|shell/VBD/17/advcl a/DT/11/det school/NN/9/obj last/JJ/13/amod week/NN/9/obl:tmod ,/,/17/punct "
      + "the/DT/16/det mayor/NN/17/nsubj said|say/VBD/5/dep on/IN/19/case Monday/NNP/17/obl ././1/punct";

  @Test
  void anAppealIsNotDatedByTheMeetingItAsksFor() {
    ParsedText p = ParsedText.of("The/DT/1/det envoy/NN/2/nsubj urged|urge/VBD/-1/root both/DT/4/det "
        + "sides|side/NNS/2/obj to/TO/6/mark meet/VB/2/xcomp on/IN/8/case Friday/NNP/6/obl ././2/punct");
    assertThat(date(p, "urged", FRIDAY.minusDays(3))).isEmpty();
    assertThat(date(p, "meet", FRIDAY.minusDays(3))).map(EventDate::value).contains("2022-03-11");
  }

  @Test
  void aDateBeforeANounInsideTheObjectDatesThatNoun() {
    ParsedText p = ParsedText.of("The/DT/1/det ministry/NN/2/nsubj condemned|condemn/VBD/-1/root the/DT/4/det "
        + "handling/NN/2/obj of/IN/8/case Tuesday/NNP/8/nmod:poss 's/POS/6/case meeting/NN/4/nmod ././2/punct");
    assertThat(date(p, "condemned", FRIDAY)).isEmpty();
    assertThat(date(p, "meeting", FRIDAY)).map(EventDate::value).contains("2022-03-08");
  }

  @Test
  void aDateBeforeAnEventNounDatesIt() {
    ParsedText p = ParsedText.of("Friday/NNP/2/nmod:poss 's/POS/0/case attack/NN/3/nsubj killed|kill/VBD/-1/root "
        + "four/CD/5/nummod people|person/NNS/3/obj ././3/punct");
    assertThat(date(p, "attack", FRIDAY.plusDays(3))).contains(new EventDate("2022-03-11", "Friday"));
    ParsedText q = ParsedText.of("Officials|official/NNS/1/nsubj condemned|condemn/VBD/-1/root the/DT/5/det "
        + "May/NNP/5/compound 3/CD/3/nummod bombings|bombing/NNS/1/obj ././1/punct");
    assertThat(date(q, "bombings", FRIDAY)).map(EventDate::value).contains("2021-05-03");
  }

  /**
   * "The envoy said on Wednesday that Kyiv believes the militia must withdraw." — the demand read in the obligation
   * is dated when it was said, through the belief reported in turn; the withdrawal itself has no date.
   */
  @Test
  void aDemandIsDatedWhenItWasSaidThroughAReportedBelief() {
    ParsedText p = ParsedText.of("The/DT/1/det envoy/NN/2/nsubj said|say/VBD/-1/root on/IN/4/case "
        + "Wednesday/NNP/2/obl that/IN/7/mark Kyiv/NNP/7/nsubj believes|believe/VBZ/2/ccomp the/DT/9/det "
        + "militia/NN/11/nsubj must/MD/11/aux withdraw/VB/7/ccomp ././2/punct");
    assertThat(date(p, "withdraw", FRIDAY)).map(EventDate::value).contains("2022-03-09");
    // without the obligation it is the militia's own act, undated
    ParsedText q = ParsedText.of("The/DT/1/det envoy/NN/2/nsubj said|say/VBD/-1/root on/IN/4/case "
        + "Wednesday/NNP/2/obl that/IN/7/mark Kyiv/NNP/7/nsubj believes|believe/VBZ/2/ccomp the/DT/9/det "
        + "militia/NN/10/nsubj withdrew|withdraw/VBD/7/ccomp ././2/punct");
    assertThat(date(q, "withdrew", FRIDAY)).isEmpty();
  }
}
