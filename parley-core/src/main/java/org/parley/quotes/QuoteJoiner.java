// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.quotes.QuoteContext.closesSentence;
import static org.parley.quotes.QuoteContext.opensSentence;
import static org.parley.quotes.QuoteContext.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.article.Span;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule "one utterance, one quote": joins the quotation segments that are parts of one utterance, whether interrupted
 * by their attribution ("We are ready," he said, "to talk."), resumed after a whole attribution sentence, or listed
 * in one breath ("rigged," and "unfair"). Kept apart from attribution because it decides what a quote is before
 * anyone asks who said it.
 */
final class QuoteJoiner {
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "but", "then", "a", "an", "the");

  private QuoteJoiner() {}

  // --- grouping -----------------------------------------------------------------------------------------

  /** Joins a quotation interrupted by its attribution: "We are ready," he said, "to talk." */
  static List<QuoteGroup> groups(QuoteContext cx, List<QuotedSegment> segments) {
    List<QuoteGroup> out = new ArrayList<>();
    List<QuotedSegment> current = new ArrayList<>();
    int resumedFrom = -1;
    for (QuotedSegment s : segments) {
      QuotedSegment previous = current.isEmpty() ? null : current.get(current.size() - 1);
      if (previous != null && (continues(cx, previous, s) || listed(cx, previous, s))) {
        current.add(s);
        continue;
      }
      if (previous != null && resumedFrom < 0 && resumes(cx, current.get(0), previous, s)) {
        resumedFrom = current.size();
        current.add(s);
        continue;
      }
      if (!current.isEmpty()) {
        out.add(new QuoteGroup(current, resumedFrom));
      }
      current = new ArrayList<>(List.of(s));
      resumedFrom = -1;
    }
    if (!current.isEmpty()) {
      out.add(new QuoteGroup(current, resumedFrom));
    }
    return out;
  }

  private static boolean continues(QuoteContext cx, QuotedSegment a, QuotedSegment b) {
    String text = cx.article().text();
    if (!a.closed() || a.outer().end() > b.outer().start()) {
      return false;
    }
    String gap = text.substring(a.outer().end(), b.outer().start());
    if (gap.indexOf('\n') >= 0 || words(gap).size() > 30 || words(gap).isEmpty()) {
      return false;
    }
    // Only a whole utterance split by its attribution is one quote: the first part opens its sentence and the
    // second closes its own, so neither is a partial quotation inside reported speech.
    if (!opensSentence(text, a.outer().start()) || !closesSentence(cx, b)) {
      return false;
    }
    String inner = a.text(text).strip();
    char end = inner.isEmpty() ? ' ' : inner.charAt(inner.length() - 1);
    String g = gap.strip();
    if (",.!?\u2014-:;".indexOf(end) < 0 && (g.isEmpty() || ",".indexOf(g.charAt(0)) < 0)) {
      return false;
    }
    // One cue between the parts is the attribution; a second would give the second part a speech of its own
    // ("sings to her before asking, '...'").
    // A labelling participle after the cue ('the senator said, referring to the figure, "..."') adds to the
    // attribution; a speech participle ('adding, "..."') introduces a speech of its own.
    return cueCount(cx, new Span(a.outer().end(), b.outer().start()), true) == 1;
  }

  /**
   * A quotation that resumes after its attribution sentence in the same paragraph: '"We are ready to talk," the
   * minister said on Monday. "The door is open."' The second part has no attribution of its own, so it is the
   * rest of the same utterance and one quote with the first.
   */
  private static boolean resumes(QuoteContext cx, QuotedSegment groupStart, QuotedSegment a, QuotedSegment b) {
    String text = cx.article().text();
    if (!a.closed() || a.outer().end() > b.outer().start()) {
      return false;
    }
    String gap = text.substring(a.outer().end(), b.outer().start());
    String g = gap.strip();
    List<String> ws = words(gap);
    // A short attribution: a long one ("said after the witness failed to appear ...") reports events of its own
    // and the next quotation starts afresh.
    if (gap.indexOf('\n') >= 0 || ws.isEmpty() || ws.size() > 20 || g.isEmpty()
        || ".!?".indexOf(g.charAt(g.length() - 1)) < 0) {
      return false;
    }
    String inner = a.text(text).strip().replaceAll("['\u2019]+$", ""); // a nested quote closing with it
    // The first part ends as a quoted sentence does ("...," he said / "...!" she said), not as a quoted label
    // closing a narrative sentence ('called it "a disgrace." He then ...').
    if (inner.isEmpty() || ",!?".indexOf(inner.charAt(inner.length() - 1)) < 0 && !g.startsWith(",")) {
      return false;
    }
    // A partial first part ('The talks achieved "very little," he said. "..."') resumes only when the attribution
    // after it is the only one of its sentence, so the reported clause it sits in is the speaker's too.
    if (!opensSentence(text, groupStart.outer().start())) {
      Sentence first = cx.article().sentenceAt(a.outer().start());
      if (groupStart != a || first == null
          || cueCount(cx, new Span(first.span().start(), a.outer().start())) > 0) {
        return false; // the clause has its own cue before the quote: the resumed part is a new statement
      }
    }
    if (cueCount(cx, new Span(a.outer().end(), b.outer().start())) == 0) {
      return false;
    }
    // The resumed part is whole sentences that no other attribution follows.
    return b.closed() && !attributionAfter(cx, b);
  }

  /** A speech cue follows the segment before its sentence ends: '"...," she added.' */
  private static boolean attributionAfter(QuoteContext cx, QuotedSegment b) {
    String text = cx.article().text();
    String inner = b.text(text).strip();
    if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false; // the quotation ends its own sentence
    }
    Sentence s = cx.article().sentenceAt(Math.max(0, b.outer().end() - 1));
    if (s == null || s.span().end() <= b.outer().end()) {
      return false;
    }
    int end = text.indexOf('\n', b.outer().end());
    end = end < 0 ? s.span().end() : Math.min(end, s.span().end());
    return end > b.outer().end() && cueCount(cx, new Span(b.outer().end(), end)) > 0;
  }

  /** Quotations listed in one breath: '"smart as hell," "full of it"', '"rigged," and "unfair"'. */
  private static boolean listed(QuoteContext cx, QuotedSegment a, QuotedSegment b) {
    String text = cx.article().text();
    if (!a.closed() || a.outer().end() > b.outer().start()) {
      return false;
    }
    String gap = text.substring(a.outer().end(), b.outer().start());
    if (gap.indexOf('\n') >= 0) {
      return false;
    }
    List<String> ws = words(gap);
    return ws.size() <= 2 && LIST_WORDS.containsAll(ws) && gap.strip().length() <= 9;
  }

  private static int cueCount(QuoteContext cx, Span region) {
    return cueCount(cx, region, false);
  }

  private static int cueCount(QuoteContext cx, Span region, boolean skipParticiples) {
    int n = 0;
    for (Sentence s : cx.article().sentences()) {
      if (!s.span().overlaps(region)) {
        continue;
      }
      for (Token t : s.tokens()) {
        Optional<SpeechVerbs.Cue> kind = region.contains(t.span()) ? cx.cue(s, t.index()) : Optional.empty();
        if (kind.isPresent() && !(skipParticiples && n > 0 && "VBG".equals(t.pos())
            && kind.get() == SpeechVerbs.Cue.LABEL)) {
          n++;
        }
      }
    }
    return n;
  }
}
