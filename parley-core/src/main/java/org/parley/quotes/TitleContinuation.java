// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;

import java.util.Locale;
import java.util.Optional;
import org.parley.actors.ActorMention;
import org.parley.article.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Finds whom a definite description continues ("the official" after "a senior official", "the president" after
 * "President Amara Diallo"): the actor last so described, or the person last given that title beside their name.
 * Kept apart from {@link ActorBook} because it searches the article backwards rather than resolving one phrase.
 */
final class TitleContinuation {


  private final ActorBook book;

  TitleContinuation(ActorBook book) {
    this.book = book;
  }

  /**
   * Rule "a title continues the person it titled": a definite description ("the spokeswoman", "the commander",
   * "the president") is the person last given that title beside their name, in apposition ("the spokeswoman for
   * the ministry, Eva Rahn") or before it ("President Amara Diallo"), unless an actor described by the same noun
   * without a name was mentioned since ("a senior officer ... the officer"). Only a person's noun is read so: "the
   * ministry" is no one's title.
   */
  String byDescriptionOrTitle(Sentence s, int head, String lemma, int before) {
    String described = byDescription(lemma, before);
    int describedAt = described == null ? -1 : lastMentionBefore(book.entries.get(described), before);
    Optional<QuoteLexicon.SpeakerNoun> noun = book.noun(s.tokens().get(head));
    if (noun.isEmpty() || !noun.get().person() || s.tokens().get(head).pos() != null
        && s.tokens().get(head).pos().endsWith("S")) {
      return described;
    }
    int titledAt = -1;
    String titled = null;
    for (Sentence x : book.article.sentences()) {
      if (x.span().start() >= before) {
        break;
      }
      for (Token t : x.tokens()) {
        if (t.span().start() >= before || !t.isNoun() || !t.lemmaLower().equals(lemma) || book.inQuote(t.span())) {
          continue;
        }
        String named = titledName(x, t.index());
        if (named != null && t.span().start() > titledAt) {
          titledAt = t.span().start();
          titled = named;
        }
      }
    }
    return titled != null && titledAt > describedAt ? titled : described;
  }

  /** The named person that the title noun at {@code i} describes, through apposition or as a title before it. */
  private String titledName(Sentence s, int i) {
    for (Dependency d : s.dependencies()) {
      int other;
      Dependency up = d.head() >= 0 ? s.headArc(d.head()) : null;
      boolean onTitle = d.head() == i || up != null && up.head() == i && up.is(NMOD);
      if (d.is(APPOS) && (onTitle || d.dependent() == i)) {
        // "the spokeswoman for the ministry, Eva Rahn": parsers often hang the name on the title's last noun
        other = onTitle ? d.dependent() : d.head();
      } else if ((d.is(COMPOUND) || d.is(FLAT)) && d.dependent() == i
          && d.head() > i) {
        other = d.head(); // "President Amara Diallo", "Lt. Col. Piotr Vasko"
      } else {
        continue;
      }
      if (other < 0 || !s.tokens().get(other).isProperNoun()) {
        continue;
      }
      Optional<ActorMention> m = book.mentionAt(s.index(), other);
      if (m.isPresent()) {
        ActorEntry e = book.entries.get(m.get().actorId());
        if (e != null && ("person".equals(e.kind) || "PERSON".equals(s.tokens().get(other).ner()))) {
          return e.id;
        }
      } else if ("PERSON".equals(s.tokens().get(other).ner())) {
        // a person the actor stage left aside ("the spokeswoman, Eva Rahn, spoke to reporters"): named here
        int end = ActorBook.properRunEnd(s, other);
        return book.namedSpeaker(s, end, ActorBook.properRunStart(s, end, 0), end);
      }
    }
    return null;
  }

  private static int lastMentionBefore(ActorEntry e, int before) {
    int at = -1;
    if (e != null) {
      for (Span m : e.mentions) {
        if (m.start() < before && m.start() > at) {
          at = m.start();
        }
      }
    }
    return at;
  }

  /** The most recently mentioned actor with this head noun or office ("the source" after "a source"). */
  private String byDescription(String lemma, int before) {
    String best = null;
    int bestAt = -1;
    for (ActorEntry e : book.entries.values()) {
      String[] words = e.name.toLowerCase(Locale.ROOT).split("\\s+");
      boolean fits = lemma.equals(e.headLemma) || (e.role != null && e.role.toLowerCase(Locale.ROOT).contains(lemma))
          || e.role == null && words.length > 1 && words[words.length - 1].equals(lemma); // "a senior official"
      if (!fits) {
        continue;
      }
      for (Span m : e.mentions) {
        if (m.start() < before && m.start() > bestAt) {
          bestAt = m.start();
          best = e.id;
        }
      }
    }
    return best;
  }
}
