// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Pronoun resolution for the quotes stage: the actor a third-person pronoun continues ("He said ..."), the nearest
 * earlier compatible mention outside quotations, and what the pronouns, titles and nouns tied to an actor say of
 * its person and gender. Kept apart from {@link ActorBook} because it only reads the book's mentions.
 */
final class PronounAntecedents {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "mr.", "mr");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms", "miss");

  private final ActorBook book;

  PronounAntecedents(ActorBook book) {
    this.book = book;
  }

  /**
   * The actor a third-person pronoun refers to: the nearest earlier mention, outside quotations, of a compatible
   * actor, searching sentence by sentence backwards and, within a sentence, subjects first.
   */
  ActorMention antecedent(String pronoun, Sentence at, int offset) {
    char want;
    boolean person;
    if (MALE.contains(pronoun)) {
      want = 'm';
      person = true;
    } else if (FEMALE.contains(pronoun)) {
      want = 'f';
      person = true;
    } else if (pronoun.equals("they") || pronoun.equals("it") || pronoun.equals("who") || pronoun.equals("which")
        || pronoun.equals("that")) {
      want = '-';
      person = false;
    } else {
      return null; // first and second person speak for themselves or the writer
    }
    for (int back = at.index(); back >= 0 && back >= at.index() - 10; back--) {
      final int si = back;
      Sentence s = book.article.sentences().get(si);
      List<ActorMention> here = new ArrayList<>();
      for (ActorMention m : book.mentions) {
        if (m.sentence() == si && m.span().end() <= offset && !book.inQuote(m.span()) && !overridden(m)) {
          here.add(m);
        }
      }
      here.sort((a, b) -> {
        int sa = isSubject(s, a) ? 0 : 1;
        int sb = isSubject(s, b) ? 0 : 1;
        if (si == at.index()) {
          return sa != sb ? Integer.compare(sa, sb) : Integer.compare(b.span().start(), a.span().start());
        }
        return sa != sb ? Integer.compare(sa, sb) : Integer.compare(a.span().start(), b.span().start());
      });
      for (ActorMention m : here) {
        ActorEntry e = book.entries.get(m.actorId());
        if (e != null && compatible(e, person, want, pronoun)) {
          return m;
        }
      }
    }
    return null;
  }

  /** An actor-stage mention whose span this stage read as another actor's. */
  private boolean overridden(ActorMention m) {
    if (book.own.contains(m)) {
      return false;
    }
    for (ActorMention o : book.own) {
      if (o.span().equals(m.span()) && !o.actorId().equals(m.actorId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubject(Sentence s, ActorMention m) {
    return ParseReadings.subjectToken(s, m.firstToken(), m.lastToken()) >= 0;
  }

  private boolean compatible(ActorEntry e, boolean person, char want, String pronoun) {
    boolean isPerson = isPerson(e);
    if (person) {
      if (!isPerson) {
        return false;
      }
      char g = gender(e);
      return g == '-' || g == want;
    }
    if (pronoun.equals("they")) {
      return !isPerson || "group".equals(e.kind);
    }
    return !isPerson && !"group".equals(e.kind);
  }

  boolean isPerson(ActorEntry e) {
    if (e.kind != null) {
      return e.kind.equals("person");
    }
    for (ActorMention m : book.mentions) {
      if (m.actorId().equals(e.id)) {
        if (m.kind() == MentionKind.PRONOUN) {
          String w = m.span().of(book.article.text()).toLowerCase(Locale.ROOT);
          if (MALE.contains(w) || FEMALE.contains(w)) {
            return true;
          }
        }
        Sentence s = book.article.sentences().get(m.sentence());
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
          if ("PERSON".equals(s.tokens().get(i).ner())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** 'm', 'f' or '-' from the pronouns, titles and nouns already tied to the actor. */
  private char gender(ActorEntry e) {
    if (e.headLemma != null) {
      Optional<QuoteLexicon.SpeakerNoun> n = book.lexicon.speakerNoun(e.headLemma);
      if (n.isPresent() && n.get().gender() != '-') {
        return n.get().gender();
      }
    }
    for (ActorMention m : book.mentions) {
      if (!m.actorId().equals(e.id)) {
        continue;
      }
      Sentence s = book.article.sentences().get(m.sentence());
      if (m.firstToken() == m.lastToken() && m.kind() == MentionKind.PRONOUN) {
        String w = s.tokens().get(m.firstToken()).text().toLowerCase(Locale.ROOT);
        if (MALE.contains(w)) {
          return 'm';
        }
        if (FEMALE.contains(w)) {
          return 'f';
        }
        continue;
      }
      // A title just before or at the start of a name: "Mr. Obama", "Ms. Lynch".
      for (int i = Math.max(0, m.firstToken() - 1); i <= m.firstToken(); i++) {
        String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
        if (w.startsWith("mr")) {
          if (w.equals("mr") || w.equals("mr.")) {
            return 'm';
          }
          if (w.equals("mrs") || w.equals("mrs.")) {
            return 'f';
          }
        }
        if (w.equals("ms") || w.equals("ms.") || w.equals("miss")) {
          return 'f';
        }
      }
    }
    return '-';
  }
}
