// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;
import static org.parley.quotes.QuoteContext.isComplementizer;
import static org.parley.quotes.QuoteContext.isFinite;
import static org.parley.quotes.QuoteContext.isPunct;
import static org.parley.quotes.QuoteContext.words;
import static org.parley.quotes.SpeakerPhrase.nounAfter;
import static org.parley.quotes.SpeakerPhrase.nounPhrase;
import static org.parley.quotes.SpeakerPhrase.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.Span;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Indirect speech, without quotation marks: a verb of saying whose clausal complement holds what was said ("The
 * minister said the corridor would open on Friday"), the report before its attribution ("..., a spokesman said"),
 * and "according to". Separate from the direct quotations because it reads sentences, not quotation marks.
 */
final class ReportedSpeech {
  private ReportedSpeech() {}

  /**
   * Indirect speech: a verb of saying whose clausal complement follows it with no quotation marks in the sentence
   * ("The minister said (that) the corridor would open on Friday"). The quote is the complement, direct false, and
   * its speaker is the cue's subject, as the text names it (rule "reported speech for every speaker"). The first
   * pass ({@code parsed} null) reads the complements the parse shows; the second, over the sentences the first
   * left, also the readings it does not show.
   */
  static List<Quote> indirect(QuoteContext cx, ActorBook book, List<Quote> parsed) {
    List<Quote> out = new ArrayList<>();
    boolean second = parsed != null;
    for (Sentence s : cx.article().sentences()) {
      if (cx.quoted().stream().anyMatch(q -> q.overlaps(s.span()))) {
        continue; // quotation marks in the sentence: a direct or mixed quote, or a label, read above
      }
      if (second && parsed.stream().anyMatch(q -> s.span().contains(q.span()))) {
        continue; // reported in the first pass
      }
      for (Token t : s.tokens()) {
        Quote report = complementReport(cx, book, s, t, second);
        if (report != null) {
          out.add(report);
          break; // one report per sentence: a second cue inside the complement is part of what was said
        }
      }
      if (second && (out.isEmpty() || !s.span().contains(out.get(out.size() - 1).span()))) {
        Quote cited = accordingToReport(cx, book, s);
        if (cited != null) {
          out.add(cited);
        }
      }
    }
    return out;
  }

  /**
   * The report of the cue verb {@code t}: its clausal complement, or in the second pass ({@code second}) the
   * clause the parse did not mark as one or the report before the attribution. Null when {@code t} reports nothing.
   */
  private static Quote complementReport(QuoteContext cx, ActorBook book, Sentence s, Token t, boolean second) {
    String text = cx.article().text();
    // A verb of saying, or of publishing ("the agency reported that ..."): both report a source's words.
    SpeechVerbs.Cue kind = cx.cue(s, t.index()).orElse(null);
    if (kind != SpeechVerbs.Cue.SAY && kind != SpeechVerbs.Cue.REPORT) {
      return null;
    }
    Dependency complement = null;
    for (Dependency d : s.children(t.index())) {
      if (d.is(CCOMP) && d.dependent() > t.index()) {
        complement = d;
        break;
      }
    }
    int from;
    int to;
    String rule = "clause-of-speech-verb";
    if (complement == null) {
      if (!second || !cx.lexicon().reportsClause(t.lemmaLower())) {
        return null; // the readings below are for verbs that report a clause, not "continue" or "read"
      }
      int[] loose = looseComplement(s, t.index());
      if (loose == null) {
        return frontedReport(cx, book, s, t.index());
      }
      from = loose[0];
      to = loose[1];
      complement = new Dependency(t.index(), loose[2], CCOMP);
      rule = "loose-clause-of-speech-verb";
    } else {
      List<Integer> sub = s.subtree(complement.dependent());
      from = sub.get(0);
      to = sub.get(sub.size() - 1);
    }
    if (from <= t.index()) {
      return null;
    }
    Span span = trimmed(s, complement, from, to);
    if (words(span.of(text)).size() < 3) {
      return null;
    }
    int head = subject(cx, s, t.index());
    String speaker = head < 0 ? null : reportingSpeaker(cx, book, s, head);
    if (speaker == null) {
      return null;
    }
    return traced(new Quote(span, span.of(text), speaker, t.span(), false), rule, t.text(), book, s, head);
  }

  /**
   * The complement's tokens {@code from..to} as what was said: without a contrast the writer adds after it, the
   * complementizer "that", and punctuation at either edge.
   */
  private static Span trimmed(Sentence s, Dependency complement, int from, int to) {
    // a contrast the writer adds ("..., while the other side denied it") is not part of what was said
    for (Dependency d : s.children(complement.dependent())) {
      if (d.is(ADVCL) && d.dependent() > complement.dependent()
          && s.children(d.dependent()).stream().anyMatch(m -> m.relation().equals(MARK)
              && CONTRAST_MARKS.contains(s.tokens().get(m.dependent()).lemmaLower()))) {
        to = Math.min(to, s.subtree(d.dependent()).get(0) - 1);
      }
    }
    while (from < to && (isPunct(s.tokens().get(from)) || isComplementizer(s, from))) {
      from++; // "said that the corridor ...": the report starts after "that"
    }
    while (to > from && isPunct(s.tokens().get(to))) {
      to--;
    }
    return s.span(from, to);
  }

  /**
   * The report of tokens {@code from..to}, read by {@code rule} at {@code cue}, with the speaker the attribution's
   * subject ({@code head}) names; null when it holds under four words or the subject names nobody.
   */
  private static Quote reportOf(QuoteContext cx, ActorBook book, Sentence s, int head, int from, int to, Span cue,
      String rule, String cueText) {
    if (words(s.span(from, to).of(cx.article().text())).size() < 4) {
      return null;
    }
    String speaker = reportingSpeaker(cx, book, s, head);
    if (speaker == null) {
      return null;
    }
    Span span = s.span(from, to);
    return traced(new Quote(span, span.of(cx.article().text()), speaker, cue, false), rule, cueText, book, s, head);
  }

  /** The report with its trace: the rule that read it at cue {@code cue}, and the rule that named its speaker. */
  private static Quote traced(Quote report, String rule, String cue, ActorBook book, Sentence s, int head) {
    return report.traced(rule, cue).traced(book.reason(), s.tokens().get(head).text());
  }

  /**
   * The clause a verb of saying reports when the parser did not call it a clausal complement: "said new elections
   * would be held" parsed as an object ("elections") and a loose verb ("held"), or "tells our reporter they will
   * not attend" with the clause in parataxis. The loose verb must be finite or carry an auxiliary, so that "said
   * goodbye" or "told them to leave" report nothing. Tokens {from, to, verb}, or null.
   */
  private static int[] looseComplement(Sentence s, int cue) {
    Dependency up = s.headArc(cue);
    if (up != null && up.head() > cue && up.relation().startsWith(CSUBJ) && s.tokens().get(up.head()).isVerb()
        || up != null && up.head() > cue && up.relation().startsWith(CSUBJ) && s.children(up.head()).stream()
            .anyMatch(a -> a.is(COP))) {
      // "warned the new rules will leave ..." parsed upside down: the cue as the subject of the reported verb,
      // with the reported clause's subject as the cue's object
      int v = up.head();
      for (Dependency o : s.children(cue)) {
        if (o.is(OBJ) && o.dependent() > cue && o.dependent() < v
            && s.children(v).stream().anyMatch(a -> a.is(AUX) || a.is(COP))) {
          List<Integer> sub = s.subtree(v);
          return new int[] {s.subtree(o.dependent()).get(0), sub.get(sub.size() - 1), v};
        }
      }
    }
    for (Dependency d : s.children(cue)) {
      String rel = d.baseRelation();
      int v = d.dependent();
      if (v <= cue || !(rel.equals(DEP) || rel.equals(PARATAXIS)) || !s.tokens().get(v).isVerb()) {
        continue;
      }
      boolean tensed = isFinite(s.tokens().get(v)) || s.children(v).stream().anyMatch(a ->
          a.is(AUX) && !"TO".equals(s.tokens().get(a.dependent()).pos()));
      if (!tensed || s.children(v).stream().anyMatch(a -> a.is(MARK)
          && !s.tokens().get(a.dependent()).lemmaLower().equals("that"))) {
        continue;
      }
      boolean ownSubject = s.children(v).stream().anyMatch(a -> a.relation().startsWith(NSUBJ));
      List<Integer> sub = s.subtree(v);
      int from = sub.get(0);
      int to = sub.get(sub.size() - 1);
      if (!ownSubject) {
        // the clause's subject hung on the cue as its object: "said [new elections] would be held"
        int subject = -1;
        for (Dependency o : s.children(cue)) {
          if (o.is(OBJ) && o.dependent() > cue && o.dependent() < v) {
            subject = o.dependent();
          }
        }
        if (subject < 0) {
          continue;
        }
        from = Math.min(from, s.subtree(subject).get(0));
      }
      if (from <= cue) {
        continue;
      }
      return new int[] {from, to, v};
    }
    return null;
  }

  /**
   * Rule "attribution after the report", the wire's habit: "Talks will resume on Monday, a spokesman said." The
   * report is the clause before the comma that precedes the attribution; the attribution is the cue with its
   * subject (either side of it) and at most a time or a channel ("in a statement", "late on Sunday"), ending the
   * sentence. Null when the sentence is not so built.
   */
  private static Quote frontedReport(QuoteContext cx, ActorBook book, Sentence s, int cue) {
    List<Token> ts = s.tokens();
    if (s.children(cue).stream().anyMatch(d -> d.dependent() > cue
        && Set.of(CCOMP, XCOMP, OBJ, IOBJ).contains(d.baseRelation()))) {
      return null; // the cue reports or addresses something after it
    }
    int head = subject(cx, s, cue);
    if (head < 0) {
      return null;
    }
    int[] np = nounPhrase(cx, s, head);
    int attributionStart = Math.min(np[0], cue);
    int comma = attributionStart - 1;
    while (comma >= 0 && (ts.get(comma).pos() != null && ts.get(comma).pos().startsWith("RB"))) {
      comma--;
    }
    if (comma < 3 || !ts.get(comma).text().equals(",")) {
      return null;
    }
    // the attribution ends the sentence: after the cue and its subject only adverbials, no further clause
    for (int i = Math.max(cue, np[1]) + 1; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.isVerb() || t.text().equals(",") || t.text().equals(";")) {
        return null;
      }
    }
    int from = 0;
    while (from < comma && (isPunct(ts.get(from)) || "CC".equals(ts.get(from).pos()))) {
      from++;
    }
    int to = comma - 1;
    boolean finite = false;
    for (int i = from; i <= to; i++) {
      if (isFinite(ts.get(i)) || "MD".equals(ts.get(i).pos())) {
        finite = true;
      }
      if (cx.cue(s, i).isPresent()) {
        return null; // the clause before has its own verb of saying: not the report of this one
      }
    }
    return finite ? reportOf(cx, book, s, head, from, to, ts.get(cue).span(), "attribution-after-report",
        ts.get(cue).text()) : null;
  }

  /**
   * Rule "according to" as reported speech: "The convoy left at dawn, according to the harbour authority" or
   * "According to aid workers, the camp is full" reports the source's words, the clause on the other side of the
   * comma. Null when the sentence is not so built.
   */
  private static Quote accordingToReport(QuoteContext cx, ActorBook book, Sentence s) {
    List<Token> ts = s.tokens();
    for (int i = 0; i + 2 < ts.size(); i++) {
      if (!ts.get(i).text().equalsIgnoreCase("according") || !ts.get(i + 1).text().equalsIgnoreCase("to")) {
        continue;
      }
      int head = nounAfter(cx, s, i + 1);
      Dependency d = s.headArc(i);
      if (d != null && d.head() > i + 1 && ts.get(d.head()).isNoun()) {
        head = d.head();
      }
      if (head < 0) {
        return null;
      }
      int[] np = nounPhrase(cx, s, head);
      int from;
      int to;
      if (i > 0 && ts.get(i - 1).text().equals(",")) {
        for (int k = np[1] + 1; k < ts.size(); k++) {
          if (!isPunct(ts.get(k))) {
            return null; // the source ends the sentence
          }
        }
        from = 0;
        to = i - 2;
      } else if (i == 0 && np[1] + 2 < ts.size() && ts.get(np[1] + 1).text().equals(",")) {
        from = np[1] + 2;
        to = ts.size() - 1;
      } else {
        return null;
      }
      while (from < to && (isPunct(ts.get(from)) || "CC".equals(ts.get(from).pos()))) {
        from++;
      }
      while (to > from && isPunct(ts.get(to))) {
        to--;
      }
      boolean finite = false;
      for (int k = from; k <= to; k++) {
        finite |= isFinite(ts.get(k)) || "MD".equals(ts.get(k).pos());
      }
      return finite ? reportOf(cx, book, s, head, from, to, s.span(i, i + 1), "according-to-report", "according to")
          : null;
    }
    return null;
  }

  /**
   * Rule "reported speech for every speaker": the cue's subject as the actor stage read it, else as the text
   * names it ("aid agencies", "a military source", "the rebel commander": a descriptive actor with its sector),
   * else the person a third-person pronoun continues. Null for a subject that names nobody ("it", "I", "this").
   */
  private static String reportingSpeaker(QuoteContext cx, ActorBook book, Sentence s, int head) {
    Token h = s.tokens().get(head);
    String known = book.knownSpeaker(s, head);
    if (known != null) {
      // the actor stage's reading, with the phrase that names the speaker here among its mentions
      int[] np = nounPhrase(cx, s, head);
      return book.because("actor-stage-reading", h.isPronoun() ? known : book.knownSpeaker(s, head, np[0], np[1]));
    }
    if (!h.isNoun() && !h.isPronoun() || cx.lexicon().isTimeWord(h)) {
      return null;
    }
    int[] np = nounPhrase(cx, s, head);
    for (int i = np[0]; i < head; i++) {
      String pos = s.tokens().get(i).pos();
      // "the junta's spokesman", "the militia's leader" speak for a body and are kept as the text names them;
      // kin and counsel ("the boy's father", "the family's lawyer") are defined by the person they belong to
      boolean kin = cx.lexicon().relational(h.lemmaLower());
      if ("POS".equals(pos) && (kin || h.isPronoun()) || "PRP$".equals(pos) && !h.isProperNoun()) {
        // "the boy's father", "his lawyer": a speaker defined by someone else, whom only the document pass can
        // resolve; a bare new actor would hide that tie from the later stages
        return null;
      }
    }
    return book.speaker(s, head, np[0], np[1]);
  }



  private static final Set<String> CONTRAST_MARKS = Set.of("while", "whereas", "although", "though");
}
