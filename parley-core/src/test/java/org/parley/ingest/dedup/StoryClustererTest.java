// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;

class StoryClustererTest {
  private static final String WIRE = "GENEVA (Wire) - Envoys from the warring parties agreed on Tuesday to a "
      + "72-hour humanitarian pause in the northern province, the United Nations mediator said, after two days of "
      + "talks at the Palais des Nations. The pause, which begins at dawn on Thursday, is meant to let aid convoys "
      + "reach an estimated 200,000 people cut off by the fighting. \"This is a small step, but it is the first "
      + "one in months,\" the mediator told reporters. Government negotiators said they would observe the pause "
      + "as long as rebel units did not move heavy weapons. A rebel spokesman said the group would respect the "
      + "agreement and called for talks on a permanent ceasefire to start next week. Previous truces in the "
      + "province collapsed within hours, and aid agencies said they would need guarantees from local commanders "
      + "before sending trucks across the front line.";

  private static Article article(String id, String text) {
    return new Article(id, null, null, null, null, text, id + ".html");
  }

  @Test
  void collapsesTheSameArticleReadTwiceWhateverItsSpacingAndCase() {
    StoryClusterer stories = new StoryClusterer();
    assertThat(stories.add(article("a", WIRE)).kind()).isEqualTo(StoryClusterer.Kind.NEW_STORY);
    StoryClusterer.Placement again = stories.add(article("b", WIRE.toUpperCase().replace(" ", "  \n")));
    assertThat(again.kind()).isEqualTo(StoryClusterer.Kind.EXACT_DUPLICATE);
    assertThat(again.copyOf()).isEqualTo("a");
    assertThat(again.storyId()).isEqualTo("a");
    assertThat(again.similarity()).isEqualTo(1.0);
  }

  @Test
  void linksAWireCopyWithANewDatelineAndAnExtraSentenceToTheOriginalStory() {
    StoryClusterer stories = new StoryClusterer();
    stories.add(article("wire", WIRE));
    String copy = WIRE.replace("GENEVA (Wire) - ", "Geneva, Switzerland: ")
        .replace("the first one in months", "the first in many months")
        + " The foreign ministry of a neighbouring state welcomed the announcement.";
    StoryClusterer.Placement p = stories.add(article("outlet", copy));
    assertThat(p.kind()).isEqualTo(StoryClusterer.Kind.NEAR_DUPLICATE);
    assertThat(p.storyId()).isEqualTo("wire");
    assertThat(p.copyOf()).isEqualTo("wire");
    assertThat(p.similarity()).isBetween(0.6, 0.99);
  }

  @Test
  void keepsADifferentArticleAboutTheSameEventAsItsOwnStory() {
    StoryClusterer stories = new StoryClusterer();
    stories.add(article("wire", WIRE));
    String other = "Aid agencies in the northern province were loading trucks on Wednesday ahead of a three-day "
        + "pause in fighting agreed in Geneva. Drivers said they had waited for weeks at the provincial border "
        + "and feared the truce would not last. A spokeswoman for one agency said the convoys would carry flour, "
        + "medicine and fuel for the hospitals that are still open in the besieged towns.";
    StoryClusterer.Placement p = stories.add(article("feature", other));
    assertThat(p.kind()).isEqualTo(StoryClusterer.Kind.NEW_STORY);
    assertThat(p.storyId()).isEqualTo("feature");
    assertThat(p.copyOf()).isNull();
  }

  @Test
  void aCopyOfACopyBelongsToTheFirstStory() {
    StoryClusterer stories = new StoryClusterer();
    stories.add(article("wire", WIRE));
    String copy1 = WIRE + " Talks are due to resume on Monday.";
    String copy2 = copy1.replace("GENEVA (Wire) - ", "") + " Officials declined to comment further.";
    stories.add(article("c1", copy1));
    StoryClusterer.Placement p = stories.add(article("c2", copy2));
    assertThat(p.kind()).isEqualTo(StoryClusterer.Kind.NEAR_DUPLICATE);
    assertThat(p.storyId()).isEqualTo("wire");
  }

  private static Article dated(String id, String text, LocalDate published) {
    return new Article(id, null, published, null, null, text, id + ".html");
  }

  @Test
  void linksACopyOfAnArticleStoredByAnEarlierRunToThatArticlesStory() {
    List<String> asked = new ArrayList<>();
    EarlierArticles stored = (from, to, out) -> {
      asked.add(from + ".." + to);
      if (!LocalDate.of(2025, 6, 10).isBefore(from) && !LocalDate.of(2025, 6, 10).isAfter(to)) {
        out.article("wire-0610", "story-geneva", WIRE);
      }
    };
    StoryClusterer stories = new StoryClusterer(stored);
    String copy = WIRE.replace("GENEVA (Wire) - ", "Geneva: ") + " Markets in the region were calm.";

    StoryClusterer.Placement p = stories.add(dated("outlet-0611", copy, LocalDate.of(2025, 6, 11)));

    assertThat(p.kind()).isEqualTo(StoryClusterer.Kind.NEAR_DUPLICATE);
    assertThat(p.storyId()).isEqualTo("story-geneva");
    assertThat(p.copyOf()).isEqualTo("wire-0610");
    assertThat(asked).containsExactly("2025-06-08..2025-06-14");
  }

  @Test
  void theSameTextAsAStoredArticleIsAStoredDuplicateNotANewStory() {
    EarlierArticles stored = (from, to, out) -> out.article("wire-0610", "story-geneva", WIRE);
    StoryClusterer stories = new StoryClusterer(stored);

    StoryClusterer.Placement p = stories.add(dated("again", WIRE, LocalDate.of(2025, 6, 10)));

    assertThat(p.kind()).isEqualTo(StoryClusterer.Kind.STORED_DUPLICATE);
    assertThat(p.copyOf()).isEqualTo("wire-0610");
    assertThat(p.storyId()).isEqualTo("story-geneva");
  }

  @Test
  void asksForEachDayOnceAndNotAtAllForAnUndatedArticle() {
    List<String> asked = new ArrayList<>();
    StoryClusterer stories = new StoryClusterer((from, to, out) -> asked.add(from + ".." + to));

    stories.add(dated("a", "Fighting resumed near the border town on Monday.", LocalDate.of(2025, 6, 10)));
    stories.add(dated("b", "Aid convoys were turned back at the crossing.", LocalDate.of(2025, 6, 12)));
    stories.add(dated("c", "The ministers met again in the capital.", LocalDate.of(2025, 6, 11)));
    stories.add(article("d", "An undated feature about the region's history."));

    assertThat(asked).containsExactly("2025-06-07..2025-06-13", "2025-06-14..2025-06-15");
  }
}
