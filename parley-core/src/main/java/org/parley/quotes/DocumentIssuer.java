// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.NSUBJ;
import static org.parley.nlp.UdRelation.OBJ;

import java.util.Optional;
import org.parley.actors.ActorMention;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule "a document speaks for its issuer": the actor behind a statement, resolution, editorial or message that is
 * quoted as speaking. A document is no speaker of its own, so its words are given to the name the phrase gives or
 * to the institution that spoke or acted just before.
 */
final class DocumentIssuer {
  static final String ISSUED_BY_SUBJECT = "document-speaks-for-the-subject-that-issued-it";

  static final String NAME = "document-speaks-for-issuer";

  private final ActorBook book;
  /** The rule that named the last issuer, for the quote's trace. */
  private String rule = NAME;

  DocumentIssuer(ActorBook book) {
    this.book = book;
  }

  /**
   * Rule "a document speaks for its issuer": a statement, resolution, editorial or message says what the body that
   * issued it says. The issuer is the name the phrase gives ("Granma's editorial", "a statement of the Western
   * Alliance", "the party daily Al-Minbar's front page"), else the institution that spoke or acted just before
   * ("The council met on Monday. A resolution ... 'expresses its sorrow'"). Null when neither is found.
   */
  String documentIssuer(Sentence s, int head, int first, int last) {
    rule = NAME;
    int[] owner = ownerName(s, head, first);
    if (owner != null) {
      Optional<ActorMention> m = book.mentionAt(s.index(), owner[1]);
      if (m.isPresent()) {
        return m.get().actorId();
      }
      String name = s.span(owner[0], owner[1]).of(book.article.text());
      String id = book.byName(name);
      return id != null ? id : book.create(name, null, null, null, null, "organisation");
    }
    String issuer = issuingSubject(s, head);
    rule = issuer != null ? ISSUED_BY_SUBJECT : NAME;
    return issuer != null ? issuer : institutionBefore(s, s.tokens().get(first).span().start());
  }

  /** The name of the rule that found the last issuer. */
  String rule() {
    return rule;
  }

  /**
   * Rule {@value #ISSUED_BY_SUBJECT}: "The governor released a letter from her physician that says ...": a document
   * that a clause issues speaks for that clause's subject, as the actor stage read it. Null when there is none.
   */
  private String issuingSubject(Sentence s, int head) {
    Dependency up = s.headArc(head);
    if (up == null || !up.is(OBJ) || up.head() < 0
        || !book.lexicon.issues(s.tokens().get(up.head()).lemmaLower())) {
      return null;
    }
    for (Dependency d : s.children(up.head())) {
      if (d.relation().equals(NSUBJ) && !book.inQuote(s.tokens().get(d.dependent()).span())) {
        return book.mentionAt(s.index(), d.dependent()).map(ActorMention::actorId).orElse(null);
      }
    }
    return null;
  }

  /**
   * The proper-name run (or a noun the actor stage read as an actor) naming a document's owner: after the noun, the
   * last one introduced by "of", "by", "from", a possessive or a speaker noun ("edition of the party daily Al-Minbar"); else a name before the noun inside its
   * phrase ("the Western Alliance statement"). Token range, or null.
   */
  private int[] ownerName(Sentence s, int head, int first) {
    int[] found = null;
    for (int i = head + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.isVerb() && !"VBG".equals(t.pos()) && !"VBN".equals(t.pos()) || ",;:.!?()".contains(t.text())
          || book.inQuote(t.span())) {
        break; // the next clause: "a message that was read to ..."
      }
      boolean actor = !t.isProperNoun() && t.isNoun() && book.mentionAt(s.index(), i).isPresent();
      if (!t.isProperNoun() && !actor || s.tokens().get(i - 1).isProperNoun() || book.lexicon.isTimeWord(t)) {
        continue; // "Friday's edition" dates the document, it does not own it
      }
      int j = actor ? i : ActorBook.properRunEnd(s, i);
      int k = i - 1;
      while (k > head && ActorBook.DETERMINERS.contains(s.tokens().get(k).lemmaLower())) {
        k--;
      }
      String before = s.tokens().get(k).lemmaLower();
      // "a statement from the army", "a message from Hamas": the body the document came from
      if (before.equals("of") || before.equals("by") || before.equals("from")
          || book.lexicon.speakerNoun(before).isPresent()
          || j + 1 < s.tokens().size() && "POS".equals(s.tokens().get(j + 1).pos())) {
        found = new int[] {i, j};
      }
      i = j;
    }
    if (found != null) {
      return found;
    }
    for (int i = head - 1; i >= first; i--) {
      if (s.tokens().get(i).isProperNoun()) {
        return new int[] {ActorBook.properRunStart(s, i, first), i};
      }
    }
    return null;
  }

  /**
   * The institution (not a person) that spoke, or was the subject of a clause, most recently before
   * {@code offset}, within a few sentences: the issuer of an unowned document.
   */
  private String institutionBefore(Sentence at, int offset) {
    for (int back = at.index(); back >= 0 && back >= at.index() - 4; back--) {
      final int si = back;
      String best = null;
      int bestAt = -1;
      for (ActorMention m : book.spoken) {
        ActorEntry e = book.entries.get(m.actorId());
        if (m.sentence() == si && m.span().start() < offset && m.span().start() > bestAt && institution(e)) {
          best = e.id;
          bestAt = m.span().start();
        }
      }
      if (best != null) {
        return best;
      }
      Sentence s = book.article.sentences().get(si);
      for (ActorMention m : book.mentions) {
        ActorEntry e = book.entries.get(m.actorId());
        if (m.sentence() == si && m.span().end() <= offset && !book.inQuote(m.span()) && saysOrIssues(s, m)
            && institution(e)) {
          return e.id;
        }
      }
    }
    return null;
  }

  /** The mention is the subject of a verb of saying or of issuing a text ("condemned", "adopted", "published"). */
  private boolean saysOrIssues(Sentence s, ActorMention m) {
    int subject = ParseReadings.subjectToken(s, m.firstToken(), m.lastToken());
    if (subject < 0) {
      return false;
    }
    String verb = s.tokens().get(s.headArc(subject).head()).lemmaLower();
    return book.lexicon.cue(verb).isPresent() || book.lexicon.issues(verb);
  }

  private boolean institution(ActorEntry e) {
    return e != null && !book.pronouns.isPerson(e) && !"group".equals(e.kind) && !"CVL".equals(e.sector)
        && !"REF".equals(e.sector)
        && (e.headLemma == null || book.noun(e.headLemma).map(n -> !n.document()).orElse(true));
  }
}
