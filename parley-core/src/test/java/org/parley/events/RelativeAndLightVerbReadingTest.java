// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/**
 * A passive relative clause with its own "by" agent reports an act beside the main clause's; "voiced understanding"
 * backs a deed, "reached an understanding" agrees. The parses are the parser's own readings.
 */
class RelativeAndLightVerbReadingTest {
  /** "Police in Texas released two Yemenis who were questioned by Interpol on Saturday." */
  private static final String QUESTIONED = "Police/NNS/3/nsubj in/IN/2/case Texas/NNP/LOCATION/0/nmod "
      + "released|release/VBD/-1/root two/CD/5/nummod Yemenis|Yemeni/NNPS/3/obj who/WP/8/nsubj:pass "
      + "were|be/VBD/8/aux:pass questioned|question/VBN/5/acl:relcl by/IN/10/case "
      + "Interpol/NNP/ORGANIZATION/8/obl on/IN/12/case Saturday/NNP/8/obl ././3/punct";

  private static CodedArticle released(String parse, boolean agent) {
    CodedArticle a = new CodedArticle().sentence(parse)
        .actor("act-1", "Police", 0, 0, MentionKind.DESCRIPTION, null, "COP")
        .actor("act-2", "Yemeni civilians", 5, 5, MentionKind.NAME, "YEM", "CVL");
    return agent ? a.actor("act-3", "Interpol", 10, 10, MentionKind.NAME, null, "COP") : a;
  }

  @Test
  void thoseQuestionedByAnAgencyAreItsTarget() {
    List<Event> events = released(QUESTIONED, true).code();
    assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("090");
      assertThat(e.source()).isEqualTo("act-3");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void aRelativePassiveWithoutAnAgentOnlyDescribesItsNoun() {
    // "... released two Yemenis who were questioned on Saturday": no one named who questioned them
    String noAgent = "Police/NNS/3/nsubj in/IN/2/case Texas/NNP/LOCATION/0/nmod released|release/VBD/-1/root "
        + "two/CD/5/nummod Yemenis|Yemeni/NNPS/3/obj who/WP/8/nsubj:pass were|be/VBD/8/aux:pass "
        + "questioned|question/VBN/5/acl:relcl on/IN/10/case Saturday/NNP/8/obl ././3/punct";
    assertThat(released(noAgent, false).code()).noneMatch(e -> e.type() == EventType.ACCUSE);
  }

  @Test
  void aThingSeizedByAStateOnlyDescribesWhatIsDemanded() {
    // "Moscow said Khartoum must return a helicopter that was seized by the army." — the demand is what is
    // reported; the seizure of a thing ("that", not "who") only says which helicopter
    List<Event> events = new CodedArticle()
        .sentence("Moscow/NNP/LOCATION/1/nsubj said|say/VBD/-1/root Khartoum/NNP/LOCATION/4/nsubj must/MD/4/aux "
            + "return/VB/1/ccomp a/DT/6/det helicopter/NN/4/obj that/WDT/9/nsubj:pass was|be/VBD/9/aux:pass "
            + "seized|seize/VBN/6/acl:relcl by/IN/12/case the/DT/12/det army/NN/9/obl ././1/punct")
        .state("act-1", "Russia", "RUS", 0, 0).state("act-2", "Sudan", "SDN", 2, 2)
        .actor("act-3", "helicopter", 6, 6, MentionKind.DESCRIPTION, null, "MIL")
        .actor("act-4", "Sudanese military", 12, 12, MentionKind.DESCRIPTION, "SDN", "MIL")
        .code();
    assertThat(events).isNotEmpty().noneMatch(e -> e.type() == EventType.COERCE);
  }

  @Test
  void voicedUnderstandingForRaidsBacksTheRaider() {
    // "Cairo voiced understanding for the Israeli raids."
    List<Event> events = new CodedArticle()
        .sentence("Cairo/NNP/LOCATION/1/nsubj voiced|voice/VBD/-1/root understanding/NN/1/obj for/IN/6/case "
            + "the/DT/6/det Israeli/JJ/6/amod raids|raid/NNS/2/nmod ././1/punct")
        .state("act-1", "Egypt", "EGY", 0, 0)
        .actor("act-2", "Israeli military", 5, 5, MentionKind.DESCRIPTION, "ISR", "MIL")
        .code();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.SUPPORT);
      assertThat(e.cameo()).isEqualTo("051");
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.target()).isEqualTo("act-2");
    });
  }

  @Test
  void reachingAnUnderstandingStaysAnAgreement() {
    // "Damascus and Beirut reached an understanding on the border."
    List<Event> events = new CodedArticle()
        .sentence("Damascus/NNP/LOCATION/3/nsubj and/CC/2/cc Beirut/NNP/LOCATION/0/conj reached|reach/VBD/-1/root "
            + "an|a/DT/5/det understanding/NN/3/obj on/IN/8/case the/DT/8/det border/NN/5/nmod ././3/punct")
        .state("act-1", "Syria", "SYR", 0, 0).state("act-2", "Lebanon", "LBN", 2, 2)
        .code();
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.AGREE);
      assertThat(e.cameo()).isEqualTo("030");
    });
  }
}
