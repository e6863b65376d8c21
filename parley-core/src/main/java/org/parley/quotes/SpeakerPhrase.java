// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;
import static org.parley.quotes.QuoteContext.isFinite;
import static org.parley.quotes.QuoteContext.isPunct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.article.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Finds the speaker in an attribution clause: the token heading the cue's subject (through the parse, a fronted
 * participle, a relative clause, or next to the cue when the parse lost it) and the noun phrase around it that
 * names the speaker, with a name's parenthesis and description. Every way of attributing a quote ends here.
 */
final class SpeakerPhrase {
  // The speaker's phrase keeps appositions and relative clauses ("Jane Doe, a lawyer who represents the city"):
  // they are how the article identifies the speaker.
  private static final Set<String> NP_CUT = Set.of(CCOMP, PARATAXIS, ADVCL, DEP, DISCOURSE);
  private static final int NP_MAX = 40;

  private SpeakerPhrase() {}

  static Attribution withSpeaker(QuoteContext cx, Sentence s, int cue, Span content) {
    int head = subject(cx, s, cue);
    Span cueSpan = s.tokens().get(cue).span();
    if (head < 0) {
      return new Attribution(s, -1, -1, -1, cueSpan, content);
    }
    int[] np = withParenthesis(cx, s, head, beforeCue(s, head, nounPhrase(cx, s, head), cue), cue);
    return new Attribution(s, head, np[0], np[1], cueSpan, content);
  }

  /**
   * Rule "the speaker's phrase ends before its cue": a participle that names the speaker's act ("protesters chanting
   * 'go home'", "a crowd shouting ...") hangs on the speaker's noun, but it is how they spoke, not who they are.
   */
  private static int[] beforeCue(Sentence s, int head, int[] np, int cue) {
    int last = np[1];
    if (cue > head && cue <= last) {
      last = cue - 1;
      for (Dependency d : s.children(head)) {
        List<Integer> sub = s.subtree(d.dependent());
        if (sub.contains(cue) && sub.get(0) > head) {
          last = Math.min(last, sub.get(0) - 1); // "the study, which notes": the clause that holds the cue goes too
        }
      }
      while (last > head && isPunct(s.tokens().get(last))) {
        last--;
      }
    }
    return new int[] {np[0], last};
  }

  /**
   * Rule "a name's parenthesis and description are the speaker's": "Rep. Jane Roe (D-Ore.), head of the caucus,
   * said" names its speaker with the party label and the description after it, which parsers often split off. The
   * phrase runs on over a parenthesis right after it and then over a description set off by a comma that holds no
   * verb and ends at the cue, a comma before the cue, or the sentence end.
   */
  private static int[] withParenthesis(QuoteContext cx, Sentence s, int head, int[] np, int cue) {
    List<Token> ts = s.tokens();
    int last = np[1];
    if (last + 1 >= ts.size() || !ts.get(last + 1).text().equals("(") || !ts.get(head).isProperNoun()) {
      return np;
    }
    int close = -1;
    for (int k = last + 2; k < ts.size() && k <= last + 8; k++) {
      if (ts.get(k).text().equals(")")) {
        close = k;
        break;
      }
    }
    if (close < 0 || cue > last && cue <= close) {
      return np;
    }
    last = close;
    if (last + 2 < ts.size() && ts.get(last + 1).text().equals(",") && cue > last) {
      int k = last + 2;
      while (k < ts.size() && k < cue && !ts.get(k).isVerb() && !ts.get(k).text().equals(",")
          && !cx.inAnyQuote(s, k)) {
        k++;
      }
      if (k > last + 2 && (k == cue || ts.get(k).text().equals(",") && k + 1 == cue)) {
        last = k - 1;
      }
    } else if (last + 2 < ts.size() && ts.get(last + 1).text().equals(",") && cue < np[0]) {
      int k = last + 2;
      while (k < ts.size() && !ts.get(k).isVerb() && !isPunct(ts.get(k)) && !cx.inAnyQuote(s, k)) {
        k++;
      }
      if (k > last + 2 && (k == ts.size() || ".".equals(ts.get(k).text()))) {
        last = k - 1; // '"...," said Rep. Jane Roe (D-Ore.), head of the caucus.'
      }
    }
    return new int[] {np[0], last};
  }

  /** The token heading the speaker: the cue's subject, found through the parse or next to the cue. */
  static int subject(QuoteContext cx, Sentence s, int cue) {
    int head = subjectToken(cx, s, cue);
    return head < 0 ? head : namedAfterDescriptor(cx, s, nameBeforeParenthesis(s, head));
  }

  /** "Rep. Jane Roe (D-Ore.) said": a subject read inside a name's parenthesis is the name before it. */
  private static int nameBeforeParenthesis(Sentence s, int head) {
    for (int k = head - 1; k >= 1 && k >= head - 6; k--) {
      String w = s.tokens().get(k).text();
      if (w.equals(")")) {
        return head;
      }
      if (w.equals("(")) {
        return s.tokens().get(k - 1).isProperNoun() ? k - 1 : head;
      }
    }
    return head;
  }

  /**
   * Descriptor then name: "the ruling party's daily Al-Minbar", "the state news agency Sana". Parsers often head
   * such a phrase on the descriptor's owner; the name after the speaker noun is who speaks.
   */
  private static int namedAfterDescriptor(QuoteContext cx, Sentence s, int head) {
    int i = head + 1;
    if (i + 1 >= s.tokens().size() || !s.tokens().get(head).isNoun()
        || cx.lexicon().speakerNoun(s.tokens().get(i).text().toLowerCase(Locale.ROOT)).isEmpty()
        || !s.tokens().get(i + 1).isProperNoun()) {
      return head;
    }
    return ActorBook.properRunEnd(s, i + 1);
  }

  /**
   * Rule "fronted participle": in "Calling the plan 'a trap', the minister said ..." or "Saying 'nothing is
   * settled', the council urged ...", the participle opening the sentence has no subject of its own; its speaker
   * is the subject of the main clause that follows, wherever the parser hung the participle.
   */
  private static int frontedParticipleSubject(QuoteContext cx, Sentence s, int cue) {
    Token t = s.tokens().get(cue);
    if (!"VBG".equals(t.pos()) || s.children(cue).stream().anyMatch(d -> d.relation().startsWith(NSUBJ))) {
      return -1;
    }
    for (int i = 0; i < cue; i++) {
      String pos = s.tokens().get(i).pos();
      if (!isPunct(s.tokens().get(i)) && (pos == null || !(pos.equals("CC") || pos.startsWith("RB")))) {
        return -1; // not at the start of its sentence
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals(NSUBJ) && d.dependent() > cue && d.head() >= 0 && !cx.inAnyQuote(s, d.dependent())
          && !cx.inAnyQuote(s, d.head()) && s.tokens().get(d.head()).isVerb()
          && isFinite(s.tokens().get(d.head()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static int subjectToken(QuoteContext cx, Sentence s, int cue) {
    int fronted = frontedParticipleSubject(cx, s, cue);
    if (fronted >= 0) {
      return fronted;
    }
    int agent = passiveAgent(cx, s, cue);
    if (agent >= 0) {
      return agent;
    }
    int x = cue;
    for (int climb = 0; climb < 4 && x >= 0; climb++) {
      for (Dependency d : nearestSubjectFirst(s, x)) {
        if (d.relation().equals(NSUBJ) || d.relation().equals(NSUBJ_PASS) && climb > 0) {
          int subj = d.dependent();
          if (cx.inAnyQuote(s, subj)) {
            break;
          }
          Token t = s.tokens().get(subj);
          Dependency up = s.headArc(x);
          if (t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
            // "Smith, who said ...": the speaker is the noun the clause describes
            if (up != null && up.relation().startsWith(ACL) && up.head() >= 0) {
              return up.head();
            }
            int described = describedBy(cx, s, subj);
            if (described >= 0) {
              return described;
            }
          }
          return subj;
        }
      }
      Dependency up = s.headArc(x);
      if (up == null || up.head() < 0) {
        break;
      }
      String pos = s.tokens().get(x).pos();
      boolean participle = pos != null && (pos.equals("VBG") || pos.equals("VBN") || pos.equals("VB"));
      int earlier = participle && cx.inAnyQuote(s, up.head()) ? earlierCueSubject(cx, s, cue) : -1;
      if (earlier >= 0) {
        return earlier;
      }
      if (participle && !cx.inAnyQuote(s, up.head())) {
        // "Trump attacked Clinton over Libya, saying ...": the participle's speaker is the subject of the clause it
        // hangs from, wherever the parser attached it.
        int y = up.head();
        while (y >= 0 && !s.tokens().get(y).isVerb() && s.headArc(y) != null) {
          y = s.headArc(y).head();
        }
        if (y < 0 || cx.inAnyQuote(s, y)) {
          int before = earlierCueSubject(cx, s, cue);
          if (before >= 0) {
            return before;
          }
          break;
        }
        x = y;
        continue;
      }
      // "Bush, asked whether ..., replied: '...'": a finite cue without a subject that the parser hung loosely
      // ("dep") on another verb outside the quotation shares that verb's subject.
      boolean loose = up.is(DEP) && isFinite(s.tokens().get(x))
          && s.tokens().get(up.head()).isVerb() && !cx.inAnyQuote(s, up.head());
      if (!loose && !Set.of(ADVCL, XCOMP, CONJ).contains(up.baseRelation())) {
        // a ccomp or parataxis head is usually the quote's own verb, whose subject is not the speaker
        break;
      }
      x = up.head();
    }
    return nextToCue(cx, s, cue);
  }

  /** Inverted attribution ("said Smith") or a parse that lost the subject: the nearest noun next to the cue. */
  private static int nextToCue(QuoteContext cx, Sentence s, int cue) {
    int after = nounAfter(cx, s, cue);
    if (after >= 0 && !cx.inAnyQuote(s, after)) {
      return after;
    }
    int named = namedBetweenQuoteAndCue(cx, s, cue);
    if (named >= 0) {
      return named;
    }
    for (int i = cue - 1; i >= 0 && i >= cue - 3; i--) {
      Token t = s.tokens().get(i);
      if (cx.inAnyQuote(s, i) || isPunct(t)) {
        break;
      }
      if (t.isNoun() || t.isPronoun()) {
        return outOfPrepositions(s, i);
      }
    }
    return -1;
  }

  /**
   * Rule "a passive cue's agent speaks": in "'Lost Harbour' was written by Ana Reyes after the flood" the words are
   * the agent's, the phrase after "by", not the passive subject's. -1 when the cue is not so built.
   */
  private static int passiveAgent(QuoteContext cx, Sentence s, int cue) {
    if (s.children(cue).stream().noneMatch(d -> d.relation().equals(AUX_PASS))) {
      return -1;
    }
    for (Dependency d : s.children(cue)) {
      int n = d.dependent();
      boolean by = s.children(n).stream().anyMatch(c -> c.is(CASE)
          && s.tokens().get(c.dependent()).lemmaLower().equals("by"));
      if (n > cue && (d.relation().equals(OBL_AGENT) || d.is(OBL) && by) && !cx.inAnyQuote(s, n)
          && (s.tokens().get(n).isNoun() || s.tokens().get(n).isPronoun())) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Rule "a participle goes on from the cue before it": in '"...," the senator said, going on to add that ...' or
   * '..., the mayor said, adding that ...' the participle hangs where the parser put the quotation, whose words
   * are not the speaker's; its speaker is the subject of the nearest cue before it outside the quotation.
   */
  private static int earlierCueSubject(QuoteContext cx, Sentence s, int cue) {
    for (int k = cue - 1; k >= 0; k--) {
      if (cx.inAnyQuote(s, k) || cx.cue(s, k).isEmpty()) {
        continue;
      }
      for (Dependency d : s.children(k)) {
        if (d.relation().equals(NSUBJ) && !cx.inAnyQuote(s, d.dependent())) {
          return d.dependent();
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * Rule "the nearer of two subjects": in "It was, the envoy said, 'a turning point'" the parser gives the cue both
   * the quotation's subject and its own; the one nearest before the cue is the speaker's. The children of
   * {@code x}, subjects before it nearest first.
   */
  private static List<Dependency> nearestSubjectFirst(Sentence s, int x) {
    List<Dependency> out = new ArrayList<>(s.children(x));
    out.sort(Comparator.comparingInt((Dependency d) -> d.relation().equals(NSUBJ) && d.dependent() < x
        ? x - d.dependent() : Integer.MAX_VALUE));
    return out;
  }

  /**
   * Rule "a noun after a preposition is not the subject": in "Protesters marching through the streets of the
   * capital chanted '...'" the noun before the cue sits in a prepositional phrase; climbing out of it, and out of a
   * participle describing a noun, reaches the noun that phrase describes (Protesters).
   */
  private static int outOfPrepositions(Sentence s, int noun) {
    int x = noun;
    for (int steps = 0; steps < 6; steps++) {
      boolean governed = s.children(x).stream().anyMatch(d -> d.is(CASE));
      Dependency up = s.headArc(x);
      if (!governed || up == null || up.head() < 0 || up.head() > noun) {
        break;
      }
      int y = up.head();
      Dependency upY = s.headArc(y);
      Token head = s.tokens().get(y);
      if (head.isVerb() && upY != null && upY.is(ACL) && upY.head() >= 0) {
        y = upY.head(); // "marching through the streets" describes Protesters
      } else if (!head.isNoun()) {
        break;
      }
      x = y;
    }
    return s.tokens().get(x).isNoun() || s.tokens().get(x).isPronoun() ? x : noun;
  }

  /**
   * Rule "name between quotation and cue": in '"...," Jane Roe, an adviser to the campaign, said on Thursday' a
   * parser may hang the name off the quotation and leave the cue without a subject. Words between the closing mark
   * and the cue that hold no verb are the speaker's name and its description; the name is the last noun before the
   * first comma after it.
   */
  private static int namedBetweenQuoteAndCue(QuoteContext cx, Sentence s, int cue) {
    int mark = cue - 1;
    while (mark >= 0 && !cx.inAnyQuote(s, mark)) {
      if (s.tokens().get(mark).isVerb()) {
        return -1;
      }
      mark--;
    }
    if (mark < 0) {
      return -1; // no quotation before the cue in its sentence
    }
    int head = -1;
    for (int k = mark + 1; k < cue; k++) {
      Token t = s.tokens().get(k);
      if (t.text().equals(",") && head >= 0) {
        break;
      }
      if (t.isNoun() || t.isPronoun() && head < 0) {
        head = k;
      }
    }
    return head;
  }

  /** The noun phrase a relative pronoun follows: "a source close to the talks, who ..." gives "source". */
  private static int describedBy(QuoteContext cx, Sentence s, int relative) {
    int i = relative - 1;
    // a time phrase between the noun and its clause describes nothing: "a memo from her office on Monday that says"
    while (i >= 0 && (isPunct(s.tokens().get(i)) || cx.lexicon().isTimeWord(s.tokens().get(i)))) {
      i--;
    }
    if (i < 0) {
      return -1;
    }
    for (int steps = 0; steps < 5; steps++) {
      Dependency d = s.headArc(i);
      if (d == null || d.head() < 0 || d.head() > relative
          || !Set.of(NMOD, OBL, AMOD, COMPOUND, FLAT, APPOS).contains(d.baseRelation())) {
        break;
      }
      Token up = s.tokens().get(d.head());
      if (!up.isNoun() && (up.pos() == null || !up.pos().startsWith("JJ"))) {
        break;
      }
      i = d.head();
    }
    return s.tokens().get(i).isNoun() || s.tokens().get(i).isPronoun() ? i : -1;
  }

  /** The head of a noun phrase right after token {@code i}, skipping an adverb ("said Monday"? no: nouns only). */
  static int nounAfter(QuoteContext cx, Sentence s, int i) {
    int j = i + 1;
    if (j < s.tokens().size() && s.tokens().get(j).pos() != null && s.tokens().get(j).pos().startsWith("RB")) {
      j++;
    }
    if (j >= s.tokens().size()) {
      return -1;
    }
    Token t = s.tokens().get(j);
    if (t.isPronoun() && !t.pos().equals("PRP$")) {
      return j;
    }
    // "said 9/11 widow Jane Doe", "said the country's foreign minister": the last noun of the run of noun-phrase
    // words that follows the cue.
    int head = -1;
    for (int k = j; k < s.tokens().size() && k < j + 10; k++) {
      Token u = s.tokens().get(k);
      String pos = u.pos() == null ? "" : u.pos();
      if (u.isNoun()) {
        head = k;
      } else if (!(pos.equals("DT") || pos.equals("JJ") || pos.equals("CD") || pos.equals("POS")
          || pos.equals("HYPH") || pos.equals("PRP$") || pos.equals("NNPS") || pos.equals("JJS")
          || pos.equals("JJR"))) {
        break;
      }
    }
    return head >= 0 && !cx.lexicon().isTimeWord(s.tokens().get(head)) ? head : -1;
  }

  /** The speaker's noun phrase around {@code head}: its subtree without clauses, as a contiguous token range. */
  static int[] nounPhrase(QuoteContext cx, Sentence s, int head) {
    Set<Integer> keep = new HashSet<>();
    collectNp(s, head, keep, 0);
    int first = head;
    int last = head;
    while (first - 1 >= 0 && keep.contains(first - 1) && !cx.inAnyQuote(s, first - 1)) {
      first--;
    }
    while (last + 1 < s.tokens().size() && keep.contains(last + 1) && !cx.inAnyQuote(s, last + 1)) {
      last++;
    }
    while (first < head && isPunct(s.tokens().get(first))) {
      first++;
    }
    while (last > head && isPunct(s.tokens().get(last))) {
      last--;
    }
    return new int[] {first, last};
  }

  private static void collectNp(Sentence s, int i, Set<Integer> keep, int depth) {
    if (depth > 12 || !keep.add(i)) {
      return;
    }
    for (Dependency d : s.children(i)) {
      String rel = d.baseRelation();
      if (NP_CUT.contains(rel) || keep.size() >= NP_MAX || depth == 0 && (rel.equals(CASE) || rel.equals(MARK))) {
        continue;
      }
      collectNp(s, d.dependent(), keep, depth + 1);
    }
  }
}
