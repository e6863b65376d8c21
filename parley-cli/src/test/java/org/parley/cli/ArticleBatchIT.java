// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;

/** What {@code analyze} reads: one article per distinct text, duplicates noted on stderr. */
class ArticleBatchIT {
  private static final String STORY = "Negotiators for the government and the northern rebels met in the lakeside "
      + "town on Monday for the first time since the spring, mediators said. The talks focused on a prisoner "
      + "exchange and on opening a corridor for aid convoys to the besieged districts. \"Both sides came with "
      + "proposals,\" one mediator told reporters after the session. A second round is planned for next week, "
      + "and observers said a ceasefire could be discussed if the exchange goes ahead as planned.";

  @TempDir
  Path dir;

  @Test
  void readsTheSameArticleOnceAndKeepsANoteOfItsNearDuplicateCopy() throws IOException {
    Path first = Files.writeString(dir.resolve("a.txt"), STORY);
    Path again = Files.writeString(dir.resolve("b.txt"), STORY.replace(". ", ".\n\n"));
    Path copy = Files.writeString(dir.resolve("c.txt"), STORY.replace("on Monday", "on Monday morning")
        + " The foreign ministry welcomed the meeting.");
    StringWriter err = new StringWriter();
    ArticleBatch batch = new ArticleBatch(SharedParley.get(), new PrintWriter(err, true), null);
    List<Article> read = batch.read(List.of(first.toString(), again.toString(), copy.toString()));
    assertThat(read).extracting(Article::origin).containsExactly(first.toString(), copy.toString());
    assertThat(batch.problems()).isZero();
    assertThat(err.toString()).contains(again + ": duplicate of article " + read.get(0).id() + "; analysed once")
        .contains(copy + ": near-duplicate of article " + read.get(0).id());
    assertThat(read.get(0).story()).isNull();
    assertThat(read.get(1).story()).satisfies(link -> {
      assertThat(link.copyOf()).isEqualTo(read.get(0).id());
      assertThat(link.storyId()).isEqualTo(read.get(0).id());
      assertThat(link.similarity()).isBetween(0.5, 1.0);
    });
    // The link reaches the contract, and the contract reader gives it back.
    String line = org.parley.contract.AnalysisJson.line(SharedParley.get().analyze(read.get(1)));
    Article.StoryLink back = org.parley.contract.AnalysisJsonReader.read(line).article().story();
    assertThat(back.copyOf()).isEqualTo(read.get(0).id());
    assertThat(back.similarity()).isCloseTo(read.get(1).story().similarity(), org.assertj.core.data.Offset.offset(0.001));
  }
}
