// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;
import static org.parley.quotes.QuoteContext.QUOTE_TOKENS;
import static org.parley.quotes.QuoteContext.isPunct;
import static org.parley.quotes.QuoteContext.opensSentence;
import static org.parley.quotes.QuoteContext.words;
import static org.parley.quotes.SpeakerPhrase.withSpeaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Cuts the reported clause around a partial quotation (said the plan was "a trap" for the villages): the quote of
 * a mixed quotation is that whole clause, because it is what the speaker is reported to have said. Decides where
 * the clause starts after its cue and where it ends, and when the quoted words are most of it (then the quote is
 * direct).
 */
final class MixedQuoteClause {
  /** The rule that keeps the cue's adjuncts out of a quoted sentence said after them. */
  static final String QUOTED_SENTENCE_AFTER_ADJUNCTS = "quoted-sentence-after-adjuncts";

  private MixedQuoteClause() {}

  /**
   * The reported clause around a partial quotation, or null when the quoted words are most of it (then the quote
   * is direct).
   */
  static Span mixedContent(QuoteContext cx, QuoteGroup g, Sentence s, int cue, int child, boolean[] in) {
    int lastIn = lastIn(in);
    Set<Integer> drop = new HashSet<>();
    for (Dependency d : s.children(child)) {
      // A further clause coordinated after the quotation is a separate statement ("and encouraged ...").
      boolean afterComma = d.dependent() > lastIn && commaBefore(s, s.subtree(d.dependent()).get(0));
      Token dt = s.tokens().get(d.dependent());
      boolean participle = afterComma && dt.pos() != null && (dt.pos().equals("VBG") || dt.pos().equals("VBN"));
      if ((d.is(CONJ) && !reportedToo(s, d.dependent()) || d.is(PARATAXIS)
          || d.is(ADVCL) && afterComma || participle) && d.dependent() > lastIn
          && dt.isVerb()) {
        drop.addAll(s.subtree(d.dependent()));
      }
      if (d.is(APPOS) && afterComma) {
        drop.addAll(s.subtree(d.dependent())); // "... 'burning the bridges' - a charge that stung"
      }
    }
    List<Integer> sub = new ArrayList<>(s.subtree(child));
    sub.removeAll(drop);
    int from = sub.get(0);
    int to = from;
    while (to + 1 < s.tokens().size() && sub.contains(to + 1)) {
      to++;
    }
    if (to < lastIn) {
      to = sub.get(sub.size() - 1);
    }
    // Further quoted words inside the same reported clause belong to it ("called him a 'liar' who is 'amoral'");
    // only a quotation before this one is cut away.
    int[] clipped = clip(cx, s, in, from, to, false);
    from = clipped[0];
    to = clipped[1];
    for (Dependency d : s.children(cue)) {
      // What stands between the cue and the clause belongs to what was said: the thing a label verb names
      // ("called the test 'reckless'") or a subject the parser hung on the cue ("said the state is 'dire'").
      String rel = d.baseRelation();
      if ((rel.equals(OBJ) || rel.equals(DEP) || rel.equals(NSUBJ) && d.dependent() > cue)
          && d.dependent() > cue && d.dependent() < from && !cx.lexicon().addressee(s.tokens().get(cue).lemmaLower())) {
        from = s.subtree(d.dependent()).get(0);
      }
    }
    Span span = withoutEdgePunctuation(s, in, from, to);
    String text = cx.article().text();
    int quotedWords = words(g.text(text)).size();
    int allWords = words(span.of(text)).size();
    if (span.contains(s.tokens().get(cue).span())) {
      return null; // a parse that put the attribution inside the quotation's clause
    }
    if (allWords == 0 || quotedWords >= 0.6 * allWords || !span.contains(g.inner().start() == g.inner().end()
        ? g.inner() : new Span(g.inner().start(), g.inner().start() + 1))) {
      return null;
    }
    return span.union(g.outer().start() >= span.start() ? new Span(span.start(), Math.max(span.end(),
        Math.min(g.outer().end(), s.span().end()))) : span);
  }

  /**
   * A partial quotation after a cue earlier in its sentence, read from the words alone because parsers stumble
   * over quotation marks: the reported speech runs from after the cue to the end of its clause ("said the plan was
   * 'a trap' for the border villages, but ..."). Null when the quotation is most of it.
   */
  static Attribution cueBefore(QuoteContext cx, QuoteGroup g) {
    Sentence s = sentenceHolding(cx, g);
    if (s == null || opensSentence(cx.article().text(), g.outer().start())) {
      return null;
    }
    boolean[] in = cx.mask(s, g);
    int firstIn = firstIn(in);
    int lastIn = lastIn(in);
    if (firstIn < 0) {
      return null;
    }
    int cue = -1;
    for (int i = firstIn - 1; i >= 0 && i >= firstIn - 15; i--) {
      if (cx.inAnyQuote(s, i)) {
        break;
      }
      if (cx.cue(s, i).isPresent()) {
        cue = i;
        break;
      }
    }
    if (cue < 0) {
      cue = labelledAs(cx, s, firstIn);
    }
    if (cue < 0) {
      return null;
    }
    int from = cue + 1;
    while (from < firstIn && isPunct(s.tokens().get(from))) {
      from++;
    }
    String text = cx.article().text();
    String inner = g.text(text).strip();
    if (from < firstIn && quotedSentenceAfterBreak(s, firstIn, inner)) {
      return Attribution.by(QUOTED_SENTENCE_AFTER_ADJUNCTS, withSpeaker(cx, s, cue, g.inner()));
    }
    int to = lastIn;
    if (inner.isEmpty() || ".;!?".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      // a quoted sentence ('... on Monday, "This changes nothing," after ...') is its own; quoted words run on
      to = Character.isUpperCase(inner.isEmpty() ? 'a' : inner.charAt(0)) ? lastIn : reportedClauseEnd(cx, s, to);
    }
    Span span = s.span(from, to);
    if (mostlyQuotedOrLong(text, g, span)) {
      return null;
    }
    return withSpeaker(cx, s, cue, span);
  }

  /**
   * Rule "a quoted sentence after the cue's adjuncts is the speaker's own": in 'said at the rally on Friday, "That
   * is not true,"' or 'told the council in a letter: "We will stay"', the words between the cue and the comma or
   * colon say when, where or how the words were said, and the quotation, opened with a capital after that break,
   * is what was said.
   */
  private static boolean quotedSentenceAfterBreak(Sentence s, int firstIn, String inner) {
    if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0))) {
      return false;
    }
    int k = firstIn - 1;
    while (k >= 0 && QUOTE_TOKENS.contains(s.tokens().get(k).text())) {
      k--;
    }
    return k >= 0 && (s.tokens().get(k).text().equals(",") || s.tokens().get(k).text().equals(":"));
  }

  /**
   * Rule "the report runs on after the quoted words": the reported clause a partial quotation sits in goes on past
   * the closing mark ('said there remains a "wide gap," when it comes to pay', 'urged them to "stop the shelling"
   * and reopen the road') to the sentence end, unless a semicolon, a contrast ("but", "while"), a clause joined
   * after a comma, another quotation, or a further verb of saying ('..., adding', '..., the minister said') ends it
   * first. Returns the last token of the clause.
   */
  private static int reportedClauseEnd(QuoteContext cx, Sentence s, int lastIn) {
    List<Token> ts = s.tokens();
    int to = lastIn;
    while (to + 1 < ts.size() && !cx.inAnyQuote(s, to + 1)) {
      Token next = ts.get(to + 1);
      String w = next.text();
      if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || w.matches("-+|[\u2013\u2014\u2015]+")) {
        break;
      }
      if ("CC".equals(next.pos()) && (isPunct(ts.get(to)) || !next.lemmaLower().equals("and")
          && !next.lemmaLower().equals("or"))) {
        break; // ", and the other side ...", "but ...": a clause of the writer's
      }
      if (isPunct(next)) {
        int k = to + 2;
        if (k >= ts.size() || isPunct(ts.get(k)) || "CC".equals(ts.get(k).pos()) || cx.inAnyQuote(s, k)) {
          break;
        }
        boolean cueAhead = false;
        for (int j = k; j < ts.size() && j < k + 7 && !isPunct(ts.get(j)); j++) {
          cueAhead |= cx.cue(s, j).isPresent() || ts.get(j).text().equalsIgnoreCase("according");
        }
        Dependency up = s.headArc(k);
        if (cueAhead || "WDT".equals(ts.get(k).pos()) || up != null && up.is(APPOS)) {
          break; // the attribution, or a remark on the words ("..., a charge she denied")
        }
      } else if (cx.cue(s, to + 1).isPresent()) {
        break;
      }
      to++;
    }
    while (to > lastIn && isPunct(ts.get(to))) {
      to--;
    }
    return to;
  }

  /**
   * The verb of "[someone] [verb] [something] as '[label]'" ("admires the general as a 'strong leader'", "went
   * after him as 'unfit'"): the label is the subject's words even when the verb is not one of saying.
   */
  private static int labelledAs(QuoteContext cx, Sentence s, int firstIn) {
    int as = -1;
    for (int i = firstIn - 1; i >= 0 && i >= firstIn - 3; i--) {
      if (s.tokens().get(i).text().equalsIgnoreCase("as")) {
        as = i;
        break;
      }
    }
    if (as < 0) {
      return -1;
    }
    for (int i = as - 1; i >= 0 && i >= as - 10; i--) {
      if (cx.inAnyQuote(s, i) || isPunct(s.tokens().get(i))) {
        return -1;
      }
      Token t = s.tokens().get(i);
      if (t.isVerb() && !t.lemmaLower().equals("be") && !t.lemmaLower().equals("have")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the quoted words are most of the clause around them (then the quotation is direct, not mixed) or the
   * clause runs over 45 words (then it is no clause the quotation sits in).
   */
  private static boolean mostlyQuotedOrLong(String text, QuoteGroup g, Span clause) {
    int quotedWords = words(g.text(text)).size();
    int allWords = words(clause.of(text)).size();
    return allWords > 45 || quotedWords >= 0.6 * allWords;
  }

  /** The first token of the quotation's mask, or -1 when it holds none. */
  private static int firstIn(boolean[] in) {
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        return i;
      }
    }
    return -1;
  }

  /** The last token of the quotation's mask, or -1 when it holds none. */
  private static int lastIn(boolean[] in) {
    for (int i = in.length - 1; i >= 0; i--) {
      if (in[i]) {
        return i;
      }
    }
    return -1;
  }

  /** The sentence the whole quotation group stands in, or null when it spans sentences. */
  private static Sentence sentenceHolding(QuoteContext cx, QuoteGroup g) {
    Sentence s = cx.article().sentenceAt(g.outer().start());
    return s != null && s == cx.article().sentenceAt(Math.max(0, g.outer().end() - 1)) ? s : null;
  }

  /**
   * The clause a partial quotation sits in when no cue's complement gave it ("the decision smells of 'panic' and
   * haste"), or null when the quotation is its own clause.
   */
  static Span clauseContent(QuoteContext cx, QuoteGroup g) {
    Sentence s = sentenceHolding(cx, g);
    if (s == null) {
      return null;
    }
    boolean[] in = cx.mask(s, g);
    int root = -1;
    int lastIn = lastIn(in);
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        Dependency d = s.headArc(i);
        if (root < 0 && d != null && (d.head() < 0 || !in[d.head()]) && !isPunct(s.tokens().get(i))) {
          root = i;
        }
      }
    }
    if (root < 0 || s.headArc(root).head() < 0) {
      return null;
    }
    int x = root;
    for (int steps = 0; steps < 6 && !isClauseHead(s, x); steps++) {
      Dependency up = s.headArc(x);
      if (up == null || up.head() < 0) {
        break;
      }
      x = up.head();
    }
    if (x == root) {
      return null; // the quotation is a whole clause: a direct quote
    }
    Set<Integer> drop = new HashSet<>();
    for (Dependency d : s.children(x)) {
      String rel = d.baseRelation();
      if ((rel.equals(CONJ) || rel.equals(PARATAXIS) || rel.equals(ADVCL) || rel.equals(CC)
          || rel.equals(PUNCT))
          && d.dependent() > lastIn) {
        drop.addAll(s.subtree(d.dependent()));
      }
      if (rel.equals(APPOS) && d.dependent() > lastIn && commaBefore(s, s.subtree(d.dependent()).get(0))) {
        drop.addAll(s.subtree(d.dependent()));
      }
      // "According to X, ..." (or "..., according to X") names the source; it is not part of what was said
      if ((d.dependent() < root || d.dependent() > lastIn) && s.subtree(d.dependent()).stream()
          .anyMatch(k -> s.tokens().get(k).text().equalsIgnoreCase("according"))) {
        drop.addAll(s.subtree(d.dependent()));
      }
    }
    List<Integer> sub = new ArrayList<>(s.subtree(x));
    sub.removeAll(drop);
    int[] clipped = clip(cx, s, in, sub.get(0), sub.get(sub.size() - 1), true);
    int from = clipped[0];
    int to = clipped[1];
    Span span = withoutEdgePunctuation(s, in, from, to);
    String text = cx.article().text();
    if (mostlyQuotedOrLong(text, g, span) || !span.contains(g.first().parts().get(0))) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      if (!in[i] && cx.cue(s, i).isPresent()) {
        return null; // the clause holds its own attribution: the quotation is direct
      }
    }
    return span;
  }

  /**
   * Rule "and that ... is said too": a clause coordinated with its own "that" ('said the talks were "over" and that
   * the envoy would leave') is a second thing the same cue reports, and part of the quote's reported content.
   */
  private static boolean reportedToo(Sentence s, int conj) {
    return s.children(conj).stream().anyMatch(d -> d.is(MARK) && d.dependent() < conj
        && s.tokens().get(d.dependent()).lemmaLower().equals("that"));
  }

  private static boolean commaBefore(Sentence s, int i) {
    int j = i - 1;
    while (j >= 0 && QUOTE_TOKENS.contains(s.tokens().get(j).text())) {
      j--; // '"This changes nothing," after ...': the comma sits inside the closing mark
    }
    return j >= 0 && Set.of(",", "-", "--", "\u2014", "\u2013", ";").contains(s.tokens().get(j).text());
  }

  /** Narrows {@code from..to} so that it holds no other quotation than the group's own. */
  private static int[] clip(QuoteContext cx, Sentence s, boolean[] in, int from, int to, boolean cutAfter) {
    int firstIn = firstIn(in);
    int lastIn = lastIn(in);
    for (int i = from; i < firstIn; i++) {
      if (cx.inAnyQuote(s, i)) {
        from = i + 1;
      }
    }
    for (int i = lastIn + 1; i <= to && cutAfter; i++) {
      if (cx.inAnyQuote(s, i)) {
        to = i - 1;
        break;
      }
    }
    return new int[] {from, to};
  }

  private static boolean isClauseHead(Sentence s, int i) {
    if (s.tokens().get(i).isVerb()) {
      return true;
    }
    for (Dependency d : s.children(i)) {
      if (d.relation().startsWith(NSUBJ) || d.is(COP)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens {@code from..to} without the punctuation at either edge, unless it lies inside the quotation. */
  private static Span withoutEdgePunctuation(Sentence s, boolean[] in, int from, int to) {
    while (from < to && isPunct(s.tokens().get(from)) && !in[from]) {
      from++;
    }
    while (to > from && isPunct(s.tokens().get(to)) && !in[to]) {
      to--;
    }
    return s.span(from, to);
  }
}
