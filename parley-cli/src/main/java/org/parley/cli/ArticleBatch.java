// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.article.Article;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.ingest.dedup.EarlierArticles;
import org.parley.ingest.dedup.StoryClusterer;

/**
 * Reads command-line inputs into clean articles in input order, reporting each bad input as one stderr line.
 * The same article read twice is kept once (with a stderr note); near-duplicate copies are kept and noted with
 * the story they copy.
 */
final class ArticleBatch {
  private final Parley parley;
  private final PrintWriter err;
  private final LocalDate published;
  private final StoryClusterer stories;
  private int problems;

  ArticleBatch(Parley parley, PrintWriter err, LocalDate published) {
    this(parley, err, published, EarlierArticles.NONE);
  }

  /** A batch whose articles are also compared with {@code earlier} ones (a store's) to find copies of them. */
  ArticleBatch(Parley parley, PrintWriter err, LocalDate published, EarlierArticles earlier) {
    this.parley = parley;
    this.err = err;
    this.published = published;
    this.stories = new StoryClusterer(earlier);
  }

  /** Reads every path into a list; bad inputs are reported and counted, never thrown. */
  List<Article> read(List<String> paths) {
    List<Article> out = new ArrayList<>();
    read(paths, out::add);
    return out;
  }

  /**
   * Reads every path, handing each article to {@code out} as soon as it is read, so that a caller working in
   * chunks never holds a whole folder or archive in memory; bad inputs are reported and counted, never thrown.
   */
  void read(List<String> paths, Consumer<Article> out) {
    InputReader reader = parley.reader();
    InputReader.Sink sink = new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        parley.article(document.withDefaultPublished(published), this).ifPresent(a -> {
          StoryClusterer.Placement place = stories.add(a);
          switch (place.kind()) {
            // A record the input names with an id of its own is the caller's unit and is always answered;
            // only unnamed copies (the same page saved twice) collapse.
            case EXACT_DUPLICATE -> {
              if (document.id() != null && !document.id().equals(place.copyOf())) {
                note(new InputProblem(a.origin(), "same text as article " + place.copyOf()
                    + "; analysed again because the input gives it its own id"));
                out.accept(a.withStory(new Article.StoryLink(place.storyId(), place.copyOf(), place.similarity())));
              } else {
                note(new InputProblem(a.origin(), "duplicate of article " + place.copyOf() + "; analysed once"));
              }
            }
            case NEAR_DUPLICATE -> {
              note(new InputProblem(a.origin(), String.format(java.util.Locale.ROOT,
                  "near-duplicate of article %s (story %s, similarity %.2f)", place.copyOf(), place.storyId(),
                  place.similarity())));
              out.accept(a.withStory(new Article.StoryLink(place.storyId(), place.copyOf(), place.similarity())));
            }
            // Passed on unchanged: the store recognises its own text and counts the article as already stored.
            case STORED_DUPLICATE, NEW_STORY -> out.accept(a);
          }
        });
      }

      @Override
      public void note(InputProblem note) {
        err.println("parley: " + note.line());
        err.flush();
      }

      @Override
      public void problem(InputProblem problem) {
        problems++;
        err.println("parley: " + problem.line());
        err.flush();
      }
    };
    for (String p : paths) {
      reader.read(p, sink);
    }
  }

  int problems() {
    return problems;
  }
}
