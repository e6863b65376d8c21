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
}
