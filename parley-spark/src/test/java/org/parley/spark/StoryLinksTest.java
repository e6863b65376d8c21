// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.ingest.dedup.StoryClusterer;

/**
 * The job's story links on local[2], without the NLP models: wire copies with small edits share one story named
 * by their smallest id, whatever the partitioning, and so do verbatim copies under other ids (even of a text too
 * short to shingle); a report of the same events in other words stays alone; and the stories are those
 * {@code parley ingest}'s clusterer finds.
 */
class StoryLinksTest {
  private static final String LEDE = "Mediators from the African Union arrived in the Sudanese capital on Saturday to "
      + "press the army and the paramilitary forces to sign a truce before the rainy season cuts off aid routes to "
      + "the western provinces. ";
  private static final String DRAFT = "The envoys carried a draft text that would freeze front lines for thirty days "
      + "and let convoys of food and medicine cross into Darfur, officials said. ";
  private static final String CAUTION = "Neither side has publicly accepted the draft, but a senior army officer "
      + "said the command would study it closely.";

  private static final List<ArticleRow> ARTICLES = List.of(
      row("wire-301", "KHARTOUM, May 3 (Wire) - " + LEDE + DRAFT + CAUTION),
      // the same wire story with its dateline trimmed, one phrase reworded and a closing sentence added
      row("desk-044", "KHARTOUM, May 3 - " + LEDE + DRAFT.replace("let convoys", "allow convoys") + CAUTION
          + " The talks are expected to last several days."),
      // a shortened copy without the last paragraph
      row("blog-900", "KHARTOUM - " + LEDE + DRAFT),
      row("news-120", "Aid agencies warned on Saturday that the coming rains would make roads into Darfur "
          + "impassable within weeks unless fighting stops. A spokesman for a relief group said trucks loaded with "
          + "grain had waited at the border for ten days while commanders on both sides refused to guarantee their "
          + "safety. The African Union envoys in Khartoum are seeking a month-long pause in fighting."),
      row("brief-1", "Ceasefire talks resume."),
      // the wire story again under another outlet's id, only its case and spacing changed
      row("wire-302", ("KHARTOUM, May 3 (Wire) -  " + LEDE + DRAFT + CAUTION).toUpperCase(java.util.Locale.ROOT)),
      row("brief-2", "Ceasefire talks resume!"));

  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("story-links-test")
        .set("spark.ui.enabled", "false"));
    sc.setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  private static ArticleRow row(String id, String text) {
    return ArticleRow.of(new Article(id, null, null, null, null, text, id + ".txt"), id + ".txt");
  }

  private static Map<String, StoryRow> links(int partitions) {
    StoryLinks.Links links = StoryLinks.of(sc.parallelize(ARTICLES, partitions), 0.5, partitions);
    Map<String, StoryRow> out = new TreeMap<>(links.byId().collectAsMap());
    assertThat(links.copies()).isEqualTo(out.size());
    links.release();
    return out;
  }

  @Test
  void wireCopiesShareTheStoryOfTheirSmallestIdWhateverThePartitioning() {
    Map<String, StoryRow> links = links(1);
    assertThat(links(4)).isEqualTo(links);

    assertThat(links).containsOnlyKeys("desk-044", "wire-301", "wire-302", "brief-2");
    assertThat(links.get("brief-2")).isEqualTo(new StoryRow("brief-1", "brief-1", 1.0));
    links.remove("brief-2");
    assertThat(links.values()).extracting(StoryRow::storyId).containsOnly("blog-900");
    assertThat(links.values()).extracting(StoryRow::copyOf).containsOnly("blog-900");
    assertThat(links.values()).allSatisfy(l -> assertThat(l.similarity()).isBetween(0.5, 1.0));
    assertThat(links.get("wire-302").similarity()).isEqualTo(links.get("wire-301").similarity());
  }

  @Test
  void theStoriesAreThoseOfTheIngestClusterer() {
    Map<String, StoryRow> links = links(3);
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> ingest = new HashMap<>();
    for (ArticleRow a : ARTICLES) {
      ingest.put(a.id(), clusterer.add(a.article()).storyId());
    }

    for (ArticleRow a : ARTICLES) {
      String spark = links.containsKey(a.id()) ? links.get(a.id()).storyId() : a.id();
      assertThat(members(ARTICLES, id -> links.containsKey(id) ? links.get(id).storyId() : id, spark))
          .as(a.id()).isEqualTo(members(ARTICLES, ingest::get, ingest.get(a.id())));
    }
  }

  private static Set<String> members(List<ArticleRow> articles, java.util.function.UnaryOperator<String> story,
      String storyId) {
    Set<String> out = new TreeSet<>();
    articles.stream().map(ArticleRow::id).filter(id -> story.apply(id).equals(storyId)).forEach(out::add);
    return out;
  }

  @Test
  void jaccardIsSharedOverAllFeatures() {
    assertThat(StoryLinks.jaccard(new int[] {1, 3, 5, 7}, new int[] {3, 5, 8})).isEqualTo(2.0 / 5);
    assertThat(StoryLinks.jaccard(new int[] {}, new int[] {})).isZero();
  }
}
