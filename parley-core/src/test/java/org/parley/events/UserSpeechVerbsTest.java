// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.ActorLayer;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;
import org.parley.quotes.NewsQuoteFinder;
import org.parley.quotes.Quote;

/** A speech verb of a user's knowledge folder is read by the quotes and the events stage alike. */
class UserSpeechVerbsTest {
  private static final String OPINED = "The ministry opined that the crossing would reopen.\n";
  private static final String SAID = "The ministry said that the crossing would reopen.\n";

  private static AnnotatedArticle parsed(String text, String verb) {
    return ParsedArticle.over(text).paragraph(
        "The/DT/1/det ministry/NN/2/nsubj " + verb + "/VBD/-1/root that/IN/7/mark the/DT/5/det crossing/NN/7/nsubj "
            + "would/MD/7/aux reopen/VB/2/ccomp ././2/punct").article();
  }

  @Test
  void aNewVerbOfTheUsersFileReportsSpeechAndTheClaimsInItsClause(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("speech-verbs.tsv"), "lemma\tcue\tclause\troles\nopine\tsay\tclause\tevent-say\n");
    SpeechVerbs mine = UserKnowledge.of(dir).speechVerbs();
    AnnotatedArticle opined = parsed(OPINED, "opined|opine");

    assertThat(new NewsQuoteFinder().find(opined, ActorLayer.EMPTY).quotes()).isEmpty();
    List<Quote> found = new NewsQuoteFinder(mine).find(opined, ActorLayer.EMPTY).quotes();
    List<Quote> asSaid = new NewsQuoteFinder().find(parsed(SAID, "said|say"), ActorLayer.EMPTY).quotes();
    assertThat(asSaid).singleElement().satisfies(q -> assertThat(q.direct()).isFalse());
    assertThat(found).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo(asSaid.get(0).text());
      assertThat(q.cue().of(OPINED)).isEqualTo("opined");
    });

    assertThat(EventLexicon.builtIn().match(opined.sentences().get(0), 2)).isNull();
    assertThat(EventLexicon.load(List.of(), mine).match(opined.sentences().get(0), 2))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(EventLexicon.Kind.SAY))
        .satisfies(e -> assertThat(e.origin()).isEqualTo(dir.resolve("speech-verbs.tsv") + ":2"));
  }
}
