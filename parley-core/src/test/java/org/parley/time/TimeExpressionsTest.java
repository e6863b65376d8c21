// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ParsedText;

class TimeExpressionsTest {
  private static final LocalDate FRIDAY = LocalDate.of(2022, 3, 11);

  /** A flat sentence: every word hangs from the first; only the words matter to the finder. */
  private static ParsedText flat(String words) {
    StringBuilder b = new StringBuilder();
    String[] w = words.split(" ");
    for (int i = 0; i < w.length; i++) {
      String pos = w[i].equals("May") ? "MD" : Character.isUpperCase(w[i].charAt(0)) ? "NNP" : "NN";
      b.append(i == 0 ? "" : " ").append(w[i]).append('/').append(pos).append('/').append(i == 0 ? -1 : 0)
          .append('/').append(i == 0 ? "root" : "dep");
    }
    return ParsedText.of(b.toString());
  }

  private static Optional<String> only(String words, LocalDate published, boolean future) {
    ParsedText p = flat(words);
    List<TimeExpression> found = TimeExpressions.find(p.sentence());
    assertThat(found).hasSize(1);
    return found.get(0).resolve(published, future);
  }

  private static String words(String sentence) {
    ParsedText p = flat(sentence);
    TimeExpression e = TimeExpressions.find(p.sentence()).get(0);
    return p.sentence().span(e.first(), e.last()).of(p.text());
  }

  @Test
  void publicationWeekdayIsThePublicationDay() {
    assertThat(only("talks ended on Friday", FRIDAY, false)).contains("2022-03-11");
    assertThat(only("talks resume on Friday", FRIDAY, true)).contains("2022-03-11");
  }

  @Test
  void lastWeekdayNeverMeansToday() {
    assertThat(only("troops left last Friday", FRIDAY, false)).contains("2022-03-04");
    assertThat(only("talks resume next Monday", FRIDAY, true)).contains("2022-03-14");
  }

  @Test
  void weeksResolveToTheirFirstDay() {
    assertThat(only("fighting resumed last week", FRIDAY, false)).contains("2022-02-28");
    assertThat(only("fighting resumed earlier this week", FRIDAY, false)).contains("2022-03-07");
    assertThat(only("envoys meet in the coming week", FRIDAY, true)).contains("2022-03-14");
  }

  @Test
  void countsBackDaysAndWeeks() {
    assertThat(only("he left three days ago", FRIDAY, false)).contains("2022-03-08");
    assertThat(only("he left a week ago", FRIDAY, false)).contains("2022-03-04");
    assertThat(only("he left 2 months ago", FRIDAY, false)).contains("2022-01");
    assertThat(only("he left yesterday", FRIDAY, false)).contains("2022-03-10");
    assertThat(only("he leaves tomorrow", FRIDAY, true)).contains("2022-03-12");
    assertThat(only("shelling resumed last night", FRIDAY, false)).contains("2022-03-10");
  }

  @Test
  void monthDayTakesTheYearThatKeepsAPastReportInThePast() {
    assertThat(only("the truce began on December 28", LocalDate.of(2023, 1, 4), false)).contains("2022-12-28");
    assertThat(only("the truce begins on January 2", LocalDate.of(2022, 12, 20), true)).contains("2023-01-02");
    assertThat(only("it was signed on 3rd March 2021", FRIDAY, false)).contains("2021-03-03");
    assertThat(only("it was signed on Thursday , March 10", FRIDAY, false)).contains("2022-03-10");
  }

  @Test
  void monthsWithAndWithoutYears() {
    assertThat(only("elections held in June 2020", FRIDAY, false)).contains("2020-06");
    assertThat(only("elections due in June", FRIDAY, true)).contains("2022-06");
    assertThat(only("troops arrived in mid-February", FRIDAY, false)).contains("2022-02");
    assertThat(only("troops arrived earlier this month", FRIDAY, false)).contains("2022-03");
  }

  @Test
  void bareYearIsRecognisedButGivesNoDate() {
    assertThat(only("the war began in 2014", FRIDAY, false)).isEmpty();
  }

  @Test
  void modalMayAndUnintroducedMonthAreNotDates() {
    assertThat(TimeExpressions.find(flat("talks May resume soon").sentence())).isEmpty();
    assertThat(TimeExpressions.find(flat("General March resigned").sentence())).isEmpty();
  }

  @Test
  void keepsTheIntroducingWords() {
    assertThat(words("the ministers met on Thursday morning")).isEqualTo("on Thursday morning");
    assertThat(words("the ministers met earlier today")).isEqualTo("earlier today");
    assertThat(words("the ministers met in March 2022")).isEqualTo("in March 2022");
  }

  @Test
  void timeWordsBetweenQuotationMarksAreATitleNotATime() {
    assertThat(TimeExpressions.find(flat("the envoy said on `` This Week , '' the show").sentence())).isEmpty();
    assertThat(TimeExpressions.find(flat("the envoy said on `` Tomorrow '' the show").sentence())).isEmpty();
    assertThat(words("the envoy said `` talks begin '' this week")).isEqualTo("this week");
  }
}
