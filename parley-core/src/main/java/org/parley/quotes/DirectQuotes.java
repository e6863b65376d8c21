// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.quotes.MixedQuoteClause.clauseContent;
import static org.parley.quotes.MixedQuoteClause.cueBefore;
import static org.parley.quotes.QuoteAttributor.attribute;
import static org.parley.quotes.QuoteAttributor.quotedPredicate;
import static org.parley.quotes.QuoteContext.WORD;
import static org.parley.quotes.QuoteContext.closesSentence;
import static org.parley.quotes.QuoteContext.opensSentence;
import static org.parley.quotes.QuoteContext.words;
import static org.parley.quotes.QuoteJoiner.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parley.article.Span;
import org.parley.article.TraceStep;

/**
 * Direct and mixed quotations: the quoted segments joined by {@link QuoteJoiner}, attributed, and cut to what was
 * said; a quoted title, label or scare quote that nobody says is left out, and a quotation without a cue continues
 * the previous speaker when it follows them closely.
 */
final class DirectQuotes {
  /** Most words of a quotation short enough to be a label rather than speech. */
  static final int SHORT = 3;
  /** Longest quoted phrase that, set inside a sentence without any speaker, is taken for a scare quote. */
  private static final int PHRASE = 6;

  private DirectQuotes() {}

  /** Direct and mixed quotations: the quoted segments grouped, attributed and cut to what was said. */
  static List<Quote> direct(QuoteContext cx, ActorBook book, List<QuotedSegment> segments) {
    String text = cx.article().text();
    List<Quote> out = new ArrayList<>();
    String lastSpeaker = null;
    int lastParagraph = -10;
    for (QuoteGroup g : groups(cx, segments)) {
      int paragraph = cx.paragraph(g.outer().start());
      Quote quote = quote(cx, book, g, paragraph - lastParagraph <= 1 ? lastSpeaker : null);
      if (quote == null) {
        continue;
      }
      Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.span().overlaps(quote.span())) {
        // Two partial quotes of one reported clause ("was 'disgusting' and 'a con'") are one quote.
        Span union = previous.span().union(quote.span());
        out.set(out.size() - 1, new Quote(union, union.of(text), previous.speakerId(), previous.cue(), true,
            previous.trace()).traced("partial-quotes-of-one-clause", ""));
        continue;
      }
      out.add(quote);
      if (quote.speakerId() != null) {
        lastSpeaker = quote.speakerId();
      }
      lastParagraph = paragraph;
    }
    return out;
  }

  /**
   * The quote one group makes, or null when it is a title, a label or a scare quote rather than speech.
   *
   * @param continuing the previous quote's speaker when this group follows it closely enough to continue it, or null
   */
  private static Quote quote(QuoteContext cx, ActorBook book, QuoteGroup g, String continuing) {
    String text = cx.article().text();
    // A quotation resumed after its attribution sentence is attributed, and its clause read, from its first part.
    QuoteGroup opening = g.resumedFrom() > 0 ? new QuoteGroup(g.segments().subList(0, g.resumedFrom()), -1) : g;
    Attribution a = attribute(cx, opening);
    Attribution vouched = AccordingToSentence.vouched(cx, opening, a);
    Attribution around = vouched == null ? ParentheticalAttribution.around(cx, opening, a) : null;
    a = vouched != null ? vouched : around != null ? around : a;
    Attribution named = vouched == null && around == null ? WhatTheyCall.named(cx, opening, a) : null;
    a = named != null ? named : a;
    String quoteText = g.text(text);
    int words = words(quoteText).size();
    Span span = g.inner();
    boolean opens = opensSentence(text, g.outer().start());
    if (isTitle(cx.lexicon(), quoteText) && vouched == null && (a == null || !opens)) {
      return null; // the name of a show, book or slogan: "on 'Face the Nation'"
    }
    if (a == null || a.content() == null) {
      Attribution before = cueBefore(cx, opening);
      if (before != null) {
        a = before.rule() != null ? before : Attribution.by("speech-cue-earlier-in-sentence", before);
      }
    }
    if (a == null) {
      a = Attribution.by("quoted-predicate", quotedPredicate(cx, opening));
    }
    Span clause = (a == null || a.content() == null) ? clauseContent(cx, opening) : null;
    if (a != null && a.speakerHead() >= 0 && clause == null && a.content() == null && isAccordingTo(text, a)
        && words <= SHORT && !opensSentence(text, g.outer().start())) {
      // "joined a national 'sit-down', according to the organisers": the source vouches for the sentence,
      // the marks only set off a word of it
      return null;
    }
    String speaker;
    TraceStep why;
    if (a == null) {
      if (!unattributedSpeech(cx, g, words, continuing)) {
        return null;
      }
      speaker = continuing;
      why = new TraceStep(continuing != null ? "continues-previous-speaker" : "no-attribution", "");
    } else if (a.speakerHead() >= 0) {
      speaker = book.speaker(a.sentence(), a.speakerHead(), a.npFirst(), a.npLast());
      String phrase = a.sentence().span(a.npFirst(), a.npLast()).of(text);
      why = new TraceStep(speaker == null ? "speaker-names-nobody" : book.reason(), phrase);
    } else {
      speaker = null;
      why = new TraceStep("cue-without-subject", "");
    }
    Span reported = a != null && a.content() != null ? a.content() : clause;
    if (reported != null) {
      span = reported;
      quoteText = span.of(text);
    }
    Quote quote = new Quote(span, quoteText, speaker, a == null ? null : a.cue(), true);
    quote = traced(text, quote, a, why, reported != null);
    return g.resumedFrom() > 0 && span.end() < g.inner().end() ? withResumedParts(text, g, quote) : quote;
  }

  /** The quote with its trace: the rule that found its attribution, the rule that named its speaker, its clause. */
  private static Quote traced(String text, Quote quote, Attribution a, TraceStep why, boolean clause) {
    if (a != null) {
      quote = quote.traced(a.rule() == null ? "attribution" : a.rule(), a.cue() == null ? "" : a.cue().of(text));
    }
    quote = quote.traced(why.rule(), why.change());
    return clause ? quote.traced("cut-to-reported-clause", "") : quote;
  }

  /** Whether a quotation nobody is said to say is still speech: the previous speaker's, or a whole sentence. */
  private static boolean unattributedSpeech(QuoteContext cx, QuoteGroup g, int words, String continuing) {
    String text = cx.article().text();
    boolean wholeSentence = opensSentence(text, g.outer().start()) && closesSentence(cx, g.last());
    if (words <= SHORT && !(wholeSentence && continuing != null)) {
      return false; // a label or a title in quotation marks, not speech
    }
    if (words <= PHRASE && !opensSentence(text, g.outer().start())) {
      return false; // a phrase marked inside the writer's own sentence with nobody saying it: a scare quote
    }
    // a paragraph opened by a quotation mark that never closes and no one says: an excerpt's layout
    return g.last().closed();
  }

  /** The reported clause of a partial first part, then the quotation resumed after the attribution. */
  private static Quote withResumedParts(String text, QuoteGroup g, Quote quote) {
    StringBuilder rest = new StringBuilder(quote.text());
    for (QuotedSegment q : g.segments().subList(g.resumedFrom(), g.segments().size())) {
      rest.append(' ').append(q.text(text));
    }
    Span span = new Span(quote.span().start(), g.inner().end());
    return new Quote(span, rest.toString(), quote.speakerId(), quote.cue(), true, quote.trace())
        .traced("resumed-after-attribution", "");
  }

  private static boolean isAccordingTo(String text, Attribution a) {
    return a.cue() != null && a.cue().of(text).toLowerCase(Locale.ROOT).startsWith("according");
  }

  private static boolean isTitle(QuoteLexicon lexicon, String quoteText) {
    List<String> ws = new ArrayList<>();
    Matcher m = WORD.matcher(quoteText);
    while (m.find()) {
      ws.add(m.group());
    }
    if (ws.isEmpty()) {
      return false;
    }
    if (ws.size() > 8) {
      return false;
    }
    int capitals = 0;
    int counted = 0;
    for (String w : ws) {
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
        capitals++;
        counted++;
      } else if (w.length() > 1 && !lexicon.titleSmallWord(w)) {
        counted++; // "of", "the", "and" stay lower case in titles; "you", "do", "it" do not
      }
    }
    return counted > 0 && capitals * 4 >= counted * 3;
  }
}
