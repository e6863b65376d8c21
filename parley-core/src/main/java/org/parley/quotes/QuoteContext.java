// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The reading of an article that the quote rules share: its text and sentences, the paragraph of each offset, where
 * the quotation marks are, which tokens are speech cues, and the word-level tests every rule applies. Built once
 * per article so the rules stay small functions of it.
 */
final class QuoteContext {
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  static final Set<String> QUOTE_TOKENS = Set.of("\"", "\u201c", "\u201d", "''", "``", "'", "\u2019",
      "\u2018", "\u00ab", "\u00bb");

  private final AnnotatedArticle article;
  private final List<Span> quoted;
  private final QuoteLexicon lexicon;
  private final int[] paragraphOf;

  QuoteContext(AnnotatedArticle article, List<Span> quoted, QuoteLexicon lexicon) {
    this.article = article;
    this.quoted = quoted;
    this.lexicon = lexicon;
    String text = article.text();
    paragraphOf = new int[text.length() + 1];
    int p = 0;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (!blank) {
          p++;
        }
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
      paragraphOf[i] = p;
    }
    paragraphOf[text.length()] = p;
  }

  AnnotatedArticle article() {
    return article;
  }

  List<Span> quoted() {
    return quoted;
  }

  QuoteLexicon lexicon() {
    return lexicon;
  }

  int paragraph(int offset) {
    return paragraphOf[Math.min(offset, paragraphOf.length - 1)];
  }

  boolean inAnyQuote(Sentence s, int token) {
    Span t = s.tokens().get(token).span();
    for (Span q : quoted) {
      if (q.start() <= t.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Which tokens of {@code s} lie inside the group's quotation marks. */
  boolean[] mask(Sentence s, QuoteGroup g) {
    boolean[] in = new boolean[s.tokens().size()];
    for (Token t : s.tokens()) {
      in[t.index()] = g.covers(t.span());
    }
    return in;
  }

  /** The cue kind of token {@code i}, unless it is used as an adjective ("so-called", "the added cost"). */
  Optional<SpeechVerbs.Cue> cue(Sentence s, int i) {
    Dependency d = s.headArc(i);
    if (d != null && (d.is(AMOD) || d.is(COMPOUND))) {
      return Optional.empty();
    }
    Optional<SpeechVerbs.Cue> cue = cueKind(s.tokens().get(i));
    return cue.isPresent() ? cue : phrasalCue(s, i);
  }

  /**
   * A verb that is a cue only with its particle ("pointed out that ...", "spelled out"): listed in
   * {@code speech-verbs.tsv} as the lemma and the particle.
   */
  private Optional<SpeechVerbs.Cue> phrasalCue(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!t.isVerb()) {
      return Optional.empty();
    }
    for (Dependency d : s.children(i)) {
      if (d.is(COMPOUND_PRT)) {
        return lexicon.cue(t.lemmaLower() + " " + s.tokens().get(d.dependent()).lemmaLower());
      }
    }
    return Optional.empty();
  }

  private Optional<SpeechVerbs.Cue> cueKind(Token t) {
    if (!t.isVerb()) {
      return Optional.empty();
    }
    return lexicon.cue(t.lemmaLower());
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static boolean isPunct(Token t) {
    return !WORD.matcher(t.text()).find();
  }

  static boolean isWordy(Token t) {
    return !isPunct(t);
  }

  static boolean isFinite(Token t) {
    return t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
  }

  /** Nothing but a sentence end, a colon or a paragraph break precedes {@code offset}. */
  static boolean opensSentence(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || ".!?:\n\"\u201d'\u2019)".indexOf(text.charAt(i)) >= 0;
  }

  /** The quotation ends its sentence: only punctuation follows it before the sentence or paragraph ends. */
  static boolean closesSentence(QuoteContext cx, QuotedSegment b) {
    String text = cx.article().text();
    String inner = b.text(text).strip();
    if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return true;
    }
    int i = b.outer().end();
    while (i < text.length() && text.charAt(i) != '\n') {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
      i++;
    }
    return true;
  }


  static boolean isComplementizer(Sentence s, int i) {
    Dependency d = s.headArc(i);
    return d != null && d.relation().equals(MARK) && s.tokens().get(i).lemmaLower().equals("that");
  }
}
