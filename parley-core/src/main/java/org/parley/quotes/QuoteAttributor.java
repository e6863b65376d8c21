// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;
import static org.parley.quotes.LayoutAttribution.dash;
import static org.parley.quotes.LayoutAttribution.transcriptLabel;
import static org.parley.quotes.MixedQuoteClause.mixedContent;
import static org.parley.quotes.QuoteContext.QUOTE_TOKENS;
import static org.parley.quotes.QuoteContext.isFinite;
import static org.parley.quotes.QuoteContext.isWordy;
import static org.parley.quotes.QuoteContext.opensSentence;
import static org.parley.quotes.QuoteContext.words;
import static org.parley.quotes.SpeakerPhrase.nounAfter;
import static org.parley.quotes.SpeakerPhrase.nounPhrase;
import static org.parley.quotes.SpeakerPhrase.withSpeaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.article.Span;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Ties a quotation to its speech cue: through the dependency parse, "according to", a cue just after or before the
 * quotation, a colon ending the sentence before, or a quoted predicate whose subject stands outside the marks. The
 * grammar of attribution; the layout cues (transcript labels, a dash and a name) are {@link LayoutAttribution}'s.
 */
final class QuoteAttributor {
  private static final Set<String> SPEECH_PATH = Set.of(CCOMP, XCOMP, PARATAXIS, DEP, OBJ, ADVCL,
      CSUBJ, ROOT, LIST);

  /** Words after a closing mark within which any cue attributes the quotation: '..." he told reporters'. */
  private static final int NEAR_CUE_WORDS = 6;
  /** Words a speaker's name and description may run to before its cue (a verb among them ends it sooner). */
  private static final int SPEAKER_PHRASE_WORDS = 20;

  private QuoteAttributor() {}

  // --- attribution --------------------------------------------------------------------------------------

  static Attribution attribute(QuoteContext cx, QuoteGroup g) {
    Attribution a = transcriptLabel(cx, g);
    if (a != null) {
      return Attribution.by("transcript-label", a);
    }
    a = dash(cx, g);
    if (a != null) {
      return Attribution.by("dash-and-name", a);
    }
    Sentence last = cx.article().sentenceAt(Math.max(0, g.outer().end() - 1));
    Sentence first = cx.article().sentenceAt(g.outer().start());
    List<Sentence> sentences = new ArrayList<>();
    if (last != null) {
      sentences.add(last);
    }
    if (first != null && first != last) {
      sentences.add(first);
    }
    for (Sentence s : cx.article().sentences()) {
      if (s.span().overlaps(g.outer()) && !sentences.contains(s)) {
        sentences.add(s);
      }
    }
    for (Sentence s : sentences) {
      a = byParse(cx, g, s);
      if (a != null) {
        return Attribution.by("speech-cue-by-parse", a);
      }
    }
    for (Sentence s : sentences) {
      a = accordingTo(cx, g, s);
      if (a != null) {
        return Attribution.by("according-to", a);
      }
    }
    if (last != null) {
      a = adjacentAfter(cx, g, last);
      if (a == null && last.index() + 1 < cx.article().sentences().size()) {
        // The splitter may end the sentence at the closing mark: '..." Trump said, looking out.'
        Sentence next = cx.article().sentences().get(last.index() + 1);
        if (cx.paragraph(next.span().start()) == cx.paragraph(g.outer().end() - 1)
            && words(cx.article().text().substring(g.outer().end(), next.span().start())).isEmpty()) {
          a = adjacentAfter(cx, g, next);
        }
      }
      if (a != null) {
        return Attribution.by("speech-cue-after-quote", a);
      }
    }
    // "...," Ms. Moore said. "...": the attribution between the parts of an interrupted quotation, where the
    // tagger took the closing mark for an opening one and the parse did not tie the cue to the quotation
    for (QuotedSegment part : g.segments().subList(0, g.segments().size() - 1)) {
      int end = part.outer().end();
      Sentence s = cx.article().sentenceAt(Math.max(0, end - 1));
      for (int k = 0; k < 2 && s != null; k++) {
        a = adjacentAfter(cx, end, s);
        if (a != null) {
          return Attribution.by("speech-cue-between-parts", a);
        }
        int next = s.index() + 1;
        s = next < cx.article().sentences().size()
            && words(cx.article().text().substring(end,
                Math.max(end, cx.article().sentences().get(next).span().start())))
                .isEmpty() ? cx.article().sentences().get(next) : null;
      }
    }
    if (first != null) {
      a = adjacentBefore(cx, g, first);
      if (a != null) {
        return Attribution.by("speech-cue-before-quote", a);
      }
      return Attribution.by("introduced-by-colon", introducedByColon(cx, g, first));
    }
    return null;
  }

  /** A cue the dependency parse ties to the quotation: its complement holds the quote, or it hangs off it. */
  private static Attribution byParse(QuoteContext cx, QuoteGroup g, Sentence s) {
    boolean[] in = cx.mask(s, g);
    int bestCue = -1;
    int bestChild = -1;
    int bestSteps = Integer.MAX_VALUE;
    for (int i = 0; i < in.length; i++) {
      if (!in[i]) {
        continue;
      }
      Dependency d = s.headArc(i);
      if (d == null || d.head() < 0 || in[d.head()]) {
        continue;
      }
      int prev = i;
      int x = d.head();
      // "said they were 'ready to talk' but would 'defend every village'": a quotation coordinated with another
      // climbs through the other's words to the cue they share
      for (int steps = 0; steps < 5 && x >= 0 && !in[x] && (!cx.inAnyQuote(s, x) || s.headArc(prev).is(CONJ));
          steps++) {
        Token t = s.tokens().get(x);
        Optional<SpeechVerbs.Cue> kind = cx.cue(s, x);
        if (kind.isPresent()) {
          String rel = s.headArc(prev).baseRelation();
          boolean ok = SPEECH_PATH.contains(rel) || (kind.get() != SpeechVerbs.Cue.SAY && rel.equals(OBL));
          if (ok) {
            if (steps < bestSteps) {
              bestSteps = steps;
              bestCue = x;
              bestChild = prev;
            }
            break;
          }
          // "the advertisement 'unmistakably' suggests ...": a cue word modified by the quote is not its cue
        }
        Dependency up = s.headArc(x);
        if (up == null) {
          break;
        }
        prev = x;
        x = up.head();
      }
    }
    if (bestCue < 0) {
      // "We are ready," he said: parsers often hang the speech verb off the quotation's own verb.
      for (int x = 0; x < in.length; x++) {
        if (in[x] || cx.inAnyQuote(s, x) || cx.cue(s, x).isEmpty()) {
          continue;
        }
        Dependency d = s.headArc(x);
        if (d != null && d.head() >= 0 && in[d.head()]
            && Set.of(PARATAXIS, CCOMP, ADVCL, DEP, CONJ, ACL).contains(d.baseRelation())) {
          bestCue = x;
          break;
        }
      }
    }
    if (bestCue < 0) {
      return null;
    }
    Span content = bestChild >= 0 ? mixedContent(cx, g, s, bestCue, bestChild, in) : null;
    return withSpeaker(cx, s, bestCue, content);
  }

  private static Attribution accordingTo(QuoteContext cx, QuoteGroup g, Sentence s) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.text().equalsIgnoreCase("according") && s.tokens().get(i + 1).text().equalsIgnoreCase("to")
          && !cx.inAnyQuote(s, i)) {
        Dependency d = s.headArc(i);
        int head = d != null && d.head() > i + 1 && !cx.inAnyQuote(s, d.head()) ? d.head() : nounAfter(cx, s, i + 1);
        if (head < 0) {
          return null;
        }
        int[] np = nounPhrase(cx, s, head);
        return new Attribution(s, head, np[0], np[1], s.span(i, i + 1), null);
      }
    }
    return null;
  }

  /** A cue within a few words after the closing mark: "...," said the minister. */
  private static Attribution adjacentAfter(QuoteContext cx, QuoteGroup g, Sentence s) {
    return adjacentAfter(cx, g.outer().end(), s);
  }

  /**
   * A cue within a few words after offset {@code end} (a closing mark) in sentence {@code s}; further on only after
   * words with no verb among them, which name the speaker however long the name and its description are (rule
   * "long speaker before cue": '..." the mayor's niece, state senator Jane Roe, shouted to the crowd').
   */
  private static Attribution adjacentAfter(QuoteContext cx, int end, Sentence s) {
    int seen = 0;
    boolean verbSeen = false;
    for (Token t : s.tokens()) {
      if (t.span().start() < end || cx.inAnyQuote(s, t.index())) {
        if (t.span().start() >= end) {
          break;
        }
        continue;
      }
      if (!isWordy(t)) {
        continue;
      }
      if (++seen > NEAR_CUE_WORDS && (verbSeen || seen > SPEAKER_PHRASE_WORDS)) {
        break;
      }
      if (cx.cue(s, t.index()).isPresent()) {
        return withSpeaker(cx, s, t.index(), null);
      }
      verbSeen |= t.isVerb();
    }
    return null;
  }

  /** A cue within a few words before the opening mark: He told reporters: "..." */
  private static Attribution adjacentBefore(QuoteContext cx, QuoteGroup g, Sentence s) {
    int seen = 0;
    for (int i = s.tokens().size() - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      if (t.span().end() > g.outer().start()) {
        continue;
      }
      if (cx.inAnyQuote(s, i)) {
        break;
      }
      if (!isWordy(t)) {
        continue;
      }
      if (++seen > 8) {
        break;
      }
      if (cx.cue(s, i).isPresent()) {
        return withSpeaker(cx, s, i, null);
      }
    }
    return null;
  }

  /** A quotation opening its sentence after one that ends with a colon: "Trump tweeted:" */
  private static Attribution introducedByColon(QuoteContext cx, QuoteGroup g, Sentence s) {
    String text = cx.article().text();
    String before = text.substring(s.span().start(), Math.max(s.span().start(), g.outer().start())).strip();
    if (before.endsWith(":") && !words(before).isEmpty()) {
      // "The envoy has a fresh warning for the rebels: '...'" : the clause before the colon presents its subject's
      // words.
      int root = s.root();
      if (root >= 0 && !cx.inAnyQuote(s, root) && s.tokens().get(root).isVerb()) {
        return withSpeaker(cx, s, root, null);
      }
    }
    if (!text.substring(s.span().start(), g.outer().start()).isBlank() || s.index() == 0) {
      return null;
    }
    Sentence prev = cx.article().sentences().get(s.index() - 1);
    String prevText = prev.span().of(text).strip();
    if (!prevText.endsWith(":")) {
      return null;
    }
    int cue = -1;
    for (Token t : prev.tokens()) {
      if (cx.cue(prev, t.index()).isPresent() && !cx.inAnyQuote(prev, t.index())) {
        cue = t.index();
      }
    }
    if (cue < 0) {
      cue = prev.root();
      if (cue < 0 || !prev.tokens().get(cue).isVerb()) {
        return null;
      }
    }
    return withSpeaker(cx, prev, cue, null);
  }

  /**
   * Rule "quoted predicate": a quotation that starts with a finite verb and continues a sentence whose subject
   * stands outside it ("The declaration, signed by all six parties, 'calls on every armed group to withdraw'") is
   * what that subject says, though no verb of saying introduces it.
   */
  static Attribution quotedPredicate(QuoteContext cx, QuoteGroup g) {
    String text = cx.article().text();
    Sentence s = cx.article().sentenceAt(g.outer().start());
    if (s == null || opensSentence(text, g.outer().start())) {
      return null;
    }
    boolean[] in = cx.mask(s, g);
    int verb = -1;
    for (int i = 0; i < in.length && verb < 0; i++) {
      if (in[i] && isWordy(s.tokens().get(i))) {
        verb = i;
      }
    }
    Token v = verb < 1 ? null : s.tokens().get(verb);
    // taggers often read a verb right after an opening mark as a plural noun ("calls on", "urges")
    boolean verbal = v != null && (isFinite(v) || "NNS".equals(v.pos())
        && cx.lexicon().cue(v.lemmaLower()).isPresent());
    if (!verbal || words(g.text(text)).size() <= DirectQuotes.SHORT || !Character.isLowerCase(v.text().charAt(0))) {
      return null;
    }
    int k = verb - 1;
    while (k > 0 && QUOTE_TOKENS.contains(s.tokens().get(k).text())) {
      k--;
    }
    String before = s.tokens().get(k).pos();
    Dependency up = s.headArc(verb);
    if (before == null || before.equals("MD") || before.equals("TO") || before.startsWith("VB")
        || up != null && Set.of(ADVCL, ACL, CCOMP, XCOMP, CSUBJ).contains(up.baseRelation())
        || s.children(verb).stream().anyMatch(d -> d.is(MARK))) {
      return null; // the quotation starts inside a verb group, or is a subordinate clause, not the main predicate
    }
    int head = -1;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith(NSUBJ) && !in[d.dependent()] && !cx.inAnyQuote(s, d.dependent())) {
        head = d.dependent();
      }
    }
    int root = s.root();
    if (head < 0 && root >= 0 && root < verb && !cx.inAnyQuote(s, root) && s.tokens().get(root).isNoun()) {
      head = root; // the parser made the subject the root and hung the quoted verb elsewhere
    }
    if (head < 0) {
      return null;
    }
    int[] np = nounPhrase(cx, s, head);
    return new Attribution(s, head, np[0], np[1], null, null);
  }
}
