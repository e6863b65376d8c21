// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.NSUBJ;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #RULE}: "The foreign minister said the talks had failed. 'We will not return,' he told reporters." A
 * speaking pronoun with no actor to refer to continues the person who spoke just before: the subject of a verb of
 * saying in one of the two sentences before it, named by a name or by a word for a person ("the foreign minister",
 * "a spokeswoman"), which the actor stage often leaves unread when it names no state. That person becomes the
 * speaker, kept as the text names them.
 */
final class EarlierSayer {
  static final String RULE = "pronoun-continues-the-sayer-before";
  private static final int SENTENCES_BACK = 2;

  private final QuoteContext cx;
  private final ActorBook book;

  EarlierSayer(QuoteContext cx, ActorBook book) {
    this.cx = cx;
    this.book = book;
  }

  /** The actor the pronoun at {@code head} of {@code s} continues, or null when no sayer stands just before. */
  String before(Sentence s, int head) {
    String pronoun = s.tokens().get(head).text().toLowerCase(Locale.ROOT);
    if (!pronoun.equals("he") && !pronoun.equals("she")) {
      return null; // "they", "it", "we": a group or a body is no one person's continuation
    }
    List<Sentence> all = book.article.sentences();
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - SENTENCES_BACK; k--) {
      Sentence prev = all.get(k);
      int sayer = lastSayer(prev);
      if (sayer >= 0) {
        int[] np = SpeakerPhrase.nounPhrase(cx, prev, sayer);
        return book.speaker(prev, sayer, np[0], np[1]);
      }
    }
    return null;
  }

  /** The head of the last subject of a verb of saying in {@code s} that names a person, or -1. */
  private int lastSayer(Sentence s) {
    int found = -1;
    for (Dependency d : s.dependencies()) {
      if (!d.is(NSUBJ) || d.head() < 0) {
        continue;
      }
      Token subject = s.tokens().get(d.dependent());
      Optional<SpeechVerbs.Cue> cue = cx.cue(s, d.head());
      if (cue.filter(c -> c == SpeechVerbs.Cue.SAY).isPresent() && !subject.isPronoun()
          && names(subject) && d.dependent() > found) {
        found = d.dependent();
      }
    }
    return found;
  }

  private boolean names(Token t) {
    return "PERSON".equals(t.ner()) || book.noun(t).filter(QuoteLexicon.SpeakerNoun::person).isPresent();
  }
}
