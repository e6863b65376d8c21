// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * A step of one sentence's resolution, with the sentence's shared state ({@link SentenceMentions}) at hand under
 * short names and the questions every step asks of tokens and mentions: whether a token is a person's name or a
 * possessive, which state a phrase names, where a cue or title stands.
 */
abstract class SentenceStep {
  final SentenceMentions m;
  final ArticleActors run;
  final ActorKnowledgeBase kb;
  final Sentence s;
  final List<Token> t;
  final int n;
  final boolean[] used;
  final String[] adjective;
  final boolean[] named;
  final List<DraftMention> here;
  final List<Integer> peoples;

  SentenceStep(SentenceMentions m) {
    this.m = m;
    this.run = m.run;
    this.kb = m.run.kb;
    this.s = m.s;
    this.t = m.s.tokens();
    this.n = t.size();
    this.used = m.used;
    this.adjective = m.adjective;
    this.named = m.named;
    this.here = m.here;
    this.peoples = m.peoples;
  }

  /** Adds a mention of tokens {@code first..last}, made by rule {@code rule} ({@code what}: a detail for the trace). */
  void add(int first, int last, String key, MentionKind kind, String rule, String what) {
    for (int i = first; i <= last; i++) {
      used[i] = true;
    }
    DraftMention d = new DraftMention(s.index(), first, last, key, kind);
    here.add(d);
    run.traceMention(d, null, rule, what);
  }

  /** Replaces mention {@code index} of {@link #here} by {@code now}, which rule {@code rule} made of it. */
  void replace(int index, DraftMention now, String rule, String what) {
    DraftMention was = here.set(index, now);
    run.traceMention(now, was, rule, what);
  }

  /** The text of tokens {@code first..last}, as written. */
  String text(int first, int last) {
    return s.span(first, last).of(run.article.text());
  }

  String lower(int i) {
    return t.get(i).text().toLowerCase(Locale.ROOT);
  }

  boolean isPerson(int i) {
    return i >= 0 && i < n && "PERSON".equals(t.get(i).ner());
  }

  boolean possessive(int i) {
    return i < n && (t.get(i).pos() != null && t.get(i).pos().equals("POS")
        || t.get(i).text().equals("'s") || t.get(i).text().equals("\u2019s"));
  }

  boolean singular(int head) {
    String pos = t.get(head).pos();
    return pos == null || !pos.endsWith("S");
  }

  /** The first mention of this sentence that covers token {@code k}, or null. */
  DraftMention draftAt(int k) {
    for (DraftMention d : here) {
      if (k >= 0 && d.first() <= k && k <= d.last()) {
        return d;
      }
    }
    return null;
  }

  /** Whether mention {@code d} holds a state's adjective ("the Zambian people"). */
  boolean hasAdjective(DraftMention d) {
    for (int k = d.first(); k <= d.last(); k++) {
      if (adjective[k] != null) {
        return true;
      }
    }
    return false;
  }

  boolean namesState(DraftMention d) {
    for (int k = d.first(); k <= d.last(); k++) {
      if (named[k]) {
        return true;
      }
    }
    return false;
  }

  /** The preposition that marks token {@code i} ("in", "against"), lower case, or "" when none does. */
  String caseWord(int i) {
    String out = "";
    for (Dependency c : s.children(i)) {
      if (c.relation().equals(CASE)) {
        out = lower(c.dependent());
      }
    }
    return out;
  }

  /** The country a state name or capital after "of", "in" or "from" on noun {@code head} names, or null. */
  String countryOfPhrase(int head) {
    if (s.dependencies().isEmpty()) {
      return null;
    }
    for (Dependency d : s.children(head)) {
      if (!d.is(NMOD)) {
        continue;
      }
      int c = d.dependent();
      boolean place = false;
      for (Dependency cd : s.children(c)) {
        place |= cd.relation().equals(CASE) && Set.of("of", "in", "from").contains(lower(cd.dependent()));
      }
      if (!place) {
        continue;
      }
      for (DraftMention dr : here) {
        if (dr.first() <= c && c <= dr.last() && dr.key().startsWith("s:") && dr.key().endsWith("|GOV")) {
          return dr.key().substring(2, dr.key().indexOf('|'));
        }
      }
    }
    return null;
  }

  /** A sector cue or title starting at {@code j} whose last word heads its noun phrase (see {@link CueFinder}). */
  CueFound cueAt(int j) {
    return m.cues.cueAt(j);
  }

  /**
   * The person a title without a name refers to (see {@link DescribedPerson}); {@link SentenceMentions#described}
   * then names the rule that found them.
   */
  String describedPerson(String country, CueFound f, boolean articleFirst) {
    return new DescribedPerson(m).find(country, f, articleFirst);
  }

  static String code(String country, String sector) {
    return ArticleActors.code(country, sector);
  }
}
