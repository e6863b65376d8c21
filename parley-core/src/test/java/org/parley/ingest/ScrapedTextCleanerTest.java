// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScrapedTextCleanerTest {
  private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

  private static final String SCRAPE = String.join("\n",
      "!-- Start of tracking snippet (tagmanager.js) -->",
      "",
      "Rebels and Government Resume Talks in Nairobi After Two-Month Pause",
      "",
      "June 4, 2024",
      "Rebels and Government Resume Talks in Nairobi After Two-Month Pause",
      "Chief negotiator Amina Hassan (pictured) arrives at the venue on Monday.",
      "PHOTO CREDIT: STAFF/AGENCY",
      "",
      "Negotiators for the government and the rebel alliance met in Nairobi on Monday.",
      "",
      "The talks are expected to last a week, mediators said.");

  @Test
  void dropsResidueCreditsCaptionAndRepeatedHeadline() {
    ScrapedTextCleaner.Cleaned c = cleaner.clean(SCRAPE, true);
    assertThat(c.text()).isEqualTo("Negotiators for the government and the rebel alliance met in Nairobi on Monday.\n\n"
        + "The talks are expected to last a week, mediators said.");
  }

  @Test
  void recoversTitleAndDateFromTheLinesItDrops() {
    ScrapedTextCleaner.Cleaned c = cleaner.clean(SCRAPE, true);
    assertThat(c.title()).isEqualTo("Rebels and Government Resume Talks in Nairobi After Two-Month Pause");
    assertThat(c.published()).isEqualTo(LocalDate.of(2024, 6, 4));
  }

  @Test
  void keepsASingleSentenceWhole() {
    ScrapedTextCleaner.Cleaned c = cleaner.clean("Police fired tear gas at protesters in the capital on Friday.", false);
    assertThat(c.text()).isEqualTo("Police fired tear gas at protesters in the capital on Friday.");
    assertThat(c.title()).isNull();
  }

  @Test
  void dropsScriptAndTagResidueOfAnyKind() {
    String scrape = "<div class=\"ad-slot\">\nwindow.adsQueue = window.adsQueue || [];\n"
        + "gtag('config', 'UA-000000-1');\nThe ceasefire held overnight, residents said.";
    assertThat(cleaner.clean(scrape, false).text()).isEqualTo("The ceasefire held overnight, residents said.");
  }

  @Test
  void keepsASentenceThatOpensWithAnInlineTagAndCountsWhatItCuts() {
    String text = "<b>Rebel leaders</b> rejected the truce offer on Sunday.\n<div class=\"share\">\n"
        + "<i>Mediators</i> said they would try again.";
    ScrapedTextCleaner.Cleaned c = cleaner.clean(text, false);
    assertThat(c.text()).isEqualTo("Rebel leaders rejected the truce offer on Sunday.\nMediators said they would try again.");
    assertThat(c.cutLines()).isEqualTo(1); // the share bar's tag
  }

  @Test
  void aParagraphThatSaysLeftOrRightIsProseAndAnOnlyCaptionIsKept() {
    String paragraph = "The defence minister (right) shook hands with the rebel commander after the signing, and both "
        + "men said the ceasefire would hold through the harvest, while observers from the regional bloc would "
        + "monitor the front line and report any breach to the joint commission within a day.";
    assertThat(cleaner.clean(paragraph, false).text()).isEqualTo(paragraph);
    String caption = "Delegates (left) arrive for the talks in the capital.";
    assertThat(cleaner.clean(caption, false).text()).isEqualTo(caption);
    assertThat(cleaner.clean(caption + "\nThe talks opened on Monday, officials said.", false).text())
        .isEqualTo("The talks opened on Monday, officials said.");
  }
}
