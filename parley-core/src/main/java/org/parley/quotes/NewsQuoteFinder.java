// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Finds direct and mixed quotations in news text and names their speakers.
 *
 * <p>Quotation marks are found by {@link QuoteScanner}. Each quotation is tied to a speech cue ("said", "told",
 * "according to", a dash before a name, a colon ending the previous sentence) through the dependency parse or,
 * when the parse of a quotation fails, by adjacency; the cue's subject names the speaker, resolved by
 * {@link ActorBook}. A quotation interrupted by its attribution ("We are ready," he said, "to talk.") is one
 * quote. A quotation without a cue continues the previous speaker when it follows them closely; a short
 * quoted phrase without any cue, or a quoted title, is a label rather than speech and is not reported.
 *
 * <p>For a mixed quotation (reported speech with quoted words inside: said her proposals were "met with
 * silence"), the quote's span and text are the whole reported clause, quotation marks included, because that is
 * what the speaker is reported to have said.
 */
public final class NewsQuoteFinder implements QuoteFinder {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> SPEECH_PATH = Set.of("ccomp", "xcomp", "parataxis", "dep", "obj", "advcl",
      "csubj", "root", "list");
  // The speaker's phrase keeps appositions and relative clauses ("Jane Doe, a lawyer who represents the city"):
  // they are how the article identifies the speaker.
  private static final Set<String> NP_CUT = Set.of("ccomp", "parataxis", "advcl", "dep", "discourse");
  private static final int NP_MAX = 40;
  private static final int SHORT = 3;
  /** Longest quoted phrase that, set inside a sentence without any speaker, is taken for a scare quote. */
  private static final int PHRASE = 6;
  private static final Set<String> QUOTE_TOKENS = Set.of("\"", "\u201c", "\u201d", "''", "``", "'", "\u2019",
      "\u2018", "\u00ab", "\u00bb");
  private static final Set<String> TITLE_LOWER = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "of",
      "on", "in", "at", "to", "by", "as", "up", "vs", "via", "with", "from", "into", "over", "per", "than");
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "but", "then", "a", "an", "the");

  private final QuoteLexicon lexicon;

  public NewsQuoteFinder() {
    this(QuoteLexicon.builtIn());
  }

  NewsQuoteFinder(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Quotation segments read as one quote.
   *
   * @param resumedFrom index of the first segment that resumes the quote after a whole attribution sentence, or -1
   */
  private record Group(List<QuotedSegment> segments, int resumedFrom) {
    QuotedSegment first() {
      return segments.get(0);
    }

    QuotedSegment last() {
      return segments.get(segments.size() - 1);
    }

    Span inner() {
      return new Span(first().inner().start(), last().inner().end());
    }

    Span outer() {
      return new Span(first().outer().start(), last().outer().end());
    }

    boolean covers(Span s) {
      for (QuotedSegment q : segments) {
        if (q.outer().start() <= s.start() && s.end() <= q.outer().end()) {
          return true;
        }
      }
      return false;
    }

    String text(String article) {
      StringBuilder b = new StringBuilder();
      for (QuotedSegment q : segments) {
        if (!b.isEmpty()) {
          b.append(' ');
        }
        b.append(q.text(article));
      }
      return b.toString();
    }
  }

  /** Where a quotation's speaker is named. */
  private record Attribution(Sentence sentence, int speakerHead, int npFirst, int npLast, Span cue, Span content) {}

  @Override
  public Quotes find(AnnotatedArticle article, ActorLayer actors) {
    String text = article.text();
    List<QuotedSegment> segments = QuoteScanner.scan(text);
    if (article.sentences().isEmpty()) {
      return new Quotes(List.of(), actors);
    }
    List<Span> quoted = segments.stream().map(QuotedSegment::outer).toList();
    ActorBook book = new ActorBook(article, actors, lexicon, quoted);
    Context cx = new Context(article, quoted);
    // Reported speech needs no quotation marks: an article without any still reports what people said.
    List<Quote> out = direct(cx, book, segments);
    List<Quote> parsed = indirect(cx, book, null);
    out.addAll(parsed);
    // The speakers of the reports the parse shows are the event coder's too ("the forum concluded that the donors
    // must pay" is the forum's demand); those found only by the readings the parse does not show (the report
    // before its attribution, "according to", a complement the parser lost) join after the events are coded.
    ActorLayer forEvents = book.layer();
    out.addAll(indirect(cx, book, parsed));
    out.sort((x, y) -> x.span().compareTo(y.span()));
    return new Quotes(out, book.layer(), forEvents);
  }

  /** Direct and mixed quotations: the quoted segments grouped, attributed and cut to what was said. */
  private List<Quote> direct(Context cx, ActorBook book, List<QuotedSegment> segments) {
    String text = cx.article.text();
    List<Quote> out = new ArrayList<>();
    String lastSpeaker = null;
    int lastParagraph = -10;
    for (Group g : groups(cx, segments)) {
      // A quotation resumed after its attribution sentence is attributed, and its clause read, from its first part.
      Group opening = g.resumedFrom() > 0 ? new Group(g.segments().subList(0, g.resumedFrom()), -1) : g;
      Attribution a = attribute(cx, opening);
      String quoteText = g.text(text);
      int words = words(quoteText).size();
      int paragraph = cx.paragraph(g.outer().start());
      String speaker;
      Span span = g.inner();
      if (isTitle(quoteText) && (a == null || !opensSentence(text, g.outer().start()))) {
        continue; // the name of a show, book or slogan: "on 'Face the Nation'"
      }
      if (a == null || a.content() == null) {
        Attribution before = cueBefore(cx, opening);
        if (before != null) {
          a = before;
        }
      }
      if (a == null) {
        a = quotedPredicate(cx, opening);
      }
      Span clause = (a == null || a.content() == null) ? clauseContent(cx, opening) : null;
      if (a != null && a.speakerHead() >= 0 && clause == null && a.content() == null && isAccordingTo(text, a)
          && words <= SHORT && !opensSentence(text, g.outer().start())) {
        // "joined a national 'sit-down', according to the organisers": the source vouches for the sentence,
        // the marks only set off a word of it
        continue;
      }
      if (a == null) {
        boolean wholeSentence = opensSentence(text, g.outer().start()) && closesSentence(cx, g.last());
        if (words <= SHORT && !(wholeSentence && paragraph - lastParagraph <= 1 && lastSpeaker != null)) {
          continue; // a label or a title in quotation marks, not speech
        }
        if (words <= PHRASE && !opensSentence(text, g.outer().start())) {
          continue; // a phrase marked inside the writer's own sentence with nobody saying it: a scare quote
        }
        if (!g.last().closed()) {
          continue; // a paragraph opened by a quotation mark that never closes and no one says: an excerpt's layout
        }
        speaker = paragraph - lastParagraph <= 1 ? lastSpeaker : null;
        if (clause != null) {
          span = clause;
          quoteText = span.of(text);
        }
      } else {
        if (a.speakerHead() >= 0) {
          speaker = book.speaker(a.sentence(), a.speakerHead(), a.npFirst(), a.npLast());
        } else {
          speaker = null;
        }
        if (a.content() != null) {
          span = a.content();
          quoteText = span.of(text);
        } else if (clause != null) {
          span = clause;
          quoteText = span.of(text);
        }
      }
      if (g.resumedFrom() > 0 && span.end() < g.inner().end()) {
        // the reported clause of a partial first part, then the quotation resumed after the attribution
        StringBuilder rest = new StringBuilder(quoteText);
        for (QuotedSegment q : g.segments().subList(g.resumedFrom(), g.segments().size())) {
          rest.append(' ').append(q.text(text));
        }
        quoteText = rest.toString();
        span = new Span(span.start(), g.inner().end());
      }
      Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.span().overlaps(span)) {
        // Two partial quotes of one reported clause ("was 'disgusting' and 'a con'") are one quote.
        Span union = previous.span().union(span);
        out.set(out.size() - 1, new Quote(union, union.of(text), previous.speakerId(), previous.cue(), true));
        continue;
      }
      out.add(new Quote(span, quoteText, speaker, a == null ? null : a.cue(), true));
      if (speaker != null) {
        lastSpeaker = speaker;
      }
      lastParagraph = paragraph;
    }
    return out;
  }

  /**
   * Indirect speech: a verb of saying whose clausal complement follows it with no quotation marks in the sentence
   * ("The minister said (that) the corridor would open on Friday"). The quote is the complement, direct false, and
   * its speaker is the cue's subject, as the text names it (rule "reported speech for every speaker"). The first
   * pass ({@code parsed} null) reads the complements the parse shows; the second, over the sentences the first
   * left, also the readings it does not show.
   */
  private List<Quote> indirect(Context cx, ActorBook book, List<Quote> parsed) {
    String text = cx.article.text();
    List<Quote> out = new ArrayList<>();
    boolean second = parsed != null;
    for (Sentence s : cx.article.sentences()) {
      if (cx.quoted.stream().anyMatch(q -> q.overlaps(s.span()))) {
        continue; // quotation marks in the sentence: a direct or mixed quote, or a label, read above
      }
      if (second && parsed.stream().anyMatch(q -> s.span().contains(q.span()))) {
        continue; // reported in the first pass
      }
      for (Token t : s.tokens()) {
        // A verb of saying, or of publishing ("the agency reported that ..."): both report a source's words.
        QuoteLexicon.CueKind kind = cue(s, t.index()).orElse(null);
        if (kind != QuoteLexicon.CueKind.SAY && kind != QuoteLexicon.CueKind.REPORT) {
          continue;
        }
        Dependency complement = null;
        for (Dependency d : s.children(t.index())) {
          if (d.baseRelation().equals("ccomp") && d.dependent() > t.index()) {
            complement = d;
            break;
          }
        }
        int from;
        int to;
        if (complement == null) {
          if (!second || !REPORTING.contains(t.lemmaLower())) {
            continue; // the readings below are for verbs that report a clause, not "continue" or "read"
          }
          int[] loose = looseComplement(s, t.index());
          if (loose == null) {
            Quote fronted = frontedReport(cx, book, s, t.index());
            if (fronted != null) {
              out.add(fronted);
              break;
            }
            continue;
          }
          from = loose[0];
          to = loose[1];
          complement = new Dependency(t.index(), loose[2], "ccomp");
        } else {
          List<Integer> sub = s.subtree(complement.dependent());
          from = sub.get(0);
          to = sub.get(sub.size() - 1);
        }
        if (from <= t.index()) {
          continue;
        }
        // a contrast the writer adds ("..., while the other side denied it") is not part of what was said
        for (Dependency d : s.children(complement.dependent())) {
          if (d.baseRelation().equals("advcl") && d.dependent() > complement.dependent()
              && s.children(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
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
        Span span = s.span(from, to);
        if (words(span.of(text)).size() < 3) {
          continue;
        }
        int head = subject(cx, s, t.index());
        String speaker = head < 0 ? null : reportingSpeaker(cx, book, s, head);
        if (speaker == null) {
          continue;
        }
        out.add(new Quote(span, span.of(text), speaker, t.span(), false));
        break; // one report per sentence: a second cue inside the complement is part of what was said
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
   * The clause a verb of saying reports when the parser did not call it a clausal complement: "said new elections
   * would be held" parsed as an object ("elections") and a loose verb ("held"), or "tells our reporter they will
   * not attend" with the clause in parataxis. The loose verb must be finite or carry an auxiliary, so that "said
   * goodbye" or "told them to leave" report nothing. Tokens {from, to, verb}, or null.
   */
  private static int[] looseComplement(Sentence s, int cue) {
    Dependency up = s.headArc(cue);
    if (up != null && up.head() > cue && up.relation().startsWith("csubj") && s.tokens().get(up.head()).isVerb()
        || up != null && up.head() > cue && up.relation().startsWith("csubj") && s.children(up.head()).stream()
            .anyMatch(a -> a.baseRelation().equals("cop"))) {
      // "warned the new rules will leave ..." parsed upside down: the cue as the subject of the reported verb,
      // with the reported clause's subject as the cue's object
      int v = up.head();
      for (Dependency o : s.children(cue)) {
        if (o.baseRelation().equals("obj") && o.dependent() > cue && o.dependent() < v
            && s.children(v).stream().anyMatch(a -> a.baseRelation().equals("aux") || a.baseRelation().equals("cop"))) {
          List<Integer> sub = s.subtree(v);
          return new int[] {s.subtree(o.dependent()).get(0), sub.get(sub.size() - 1), v};
        }
      }
    }
    for (Dependency d : s.children(cue)) {
      String rel = d.baseRelation();
      int v = d.dependent();
      if (v <= cue || !(rel.equals("dep") || rel.equals("parataxis")) || !s.tokens().get(v).isVerb()) {
        continue;
      }
      boolean tensed = isFinite(s.tokens().get(v)) || s.children(v).stream().anyMatch(a ->
          a.baseRelation().equals("aux") && !"TO".equals(s.tokens().get(a.dependent()).pos()));
      if (!tensed || s.children(v).stream().anyMatch(a -> a.baseRelation().equals("mark")
          && !s.tokens().get(a.dependent()).lemmaLower().equals("that"))) {
        continue;
      }
      boolean ownSubject = s.children(v).stream().anyMatch(a -> a.relation().startsWith("nsubj"));
      List<Integer> sub = s.subtree(v);
      int from = sub.get(0);
      int to = sub.get(sub.size() - 1);
      if (!ownSubject) {
        // the clause's subject hung on the cue as its object: "said [new elections] would be held"
        int subject = -1;
        for (Dependency o : s.children(cue)) {
          if (o.baseRelation().equals("obj") && o.dependent() > cue && o.dependent() < v) {
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
  private Quote frontedReport(Context cx, ActorBook book, Sentence s, int cue) {
    List<Token> ts = s.tokens();
    if (s.children(cue).stream().anyMatch(d -> d.dependent() > cue
        && Set.of("ccomp", "xcomp", "obj", "iobj").contains(d.baseRelation()))) {
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
      if (cue(s, i).isPresent()) {
        return null; // the clause before has its own verb of saying: not the report of this one
      }
    }
    if (!finite || words(s.span(from, to).of(cx.article.text())).size() < 4) {
      return null;
    }
    String speaker = reportingSpeaker(cx, book, s, head);
    if (speaker == null) {
      return null;
    }
    Span span = s.span(from, to);
    return new Quote(span, span.of(cx.article.text()), speaker, ts.get(cue).span(), false);
  }

  /**
   * Rule "according to" as reported speech: "The convoy left at dawn, according to the harbour authority" or
   * "According to aid workers, the camp is full" reports the source's words, the clause on the other side of the
   * comma. Null when the sentence is not so built.
   */
  private Quote accordingToReport(Context cx, ActorBook book, Sentence s) {
    List<Token> ts = s.tokens();
    for (int i = 0; i + 2 < ts.size(); i++) {
      if (!ts.get(i).text().equalsIgnoreCase("according") || !ts.get(i + 1).text().equalsIgnoreCase("to")) {
        continue;
      }
      int head = nounAfter(s, i + 1);
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
      if (!finite || words(s.span(from, to).of(cx.article.text())).size() < 4) {
        return null;
      }
      String speaker = reportingSpeaker(cx, book, s, head);
      if (speaker == null) {
        return null;
      }
      Span span = s.span(from, to);
      return new Quote(span, span.of(cx.article.text()), speaker, s.span(i, i + 1), false);
    }
    return null;
  }

  /**
   * Rule "reported speech for every speaker": the cue's subject as the actor stage read it, else as the text
   * names it ("aid agencies", "a military source", "the rebel commander": a descriptive actor with its sector),
   * else the person a third-person pronoun continues. Null for a subject that names nobody ("it", "I", "this").
   */
  private String reportingSpeaker(Context cx, ActorBook book, Sentence s, int head) {
    Token h = s.tokens().get(head);
    String known = book.knownSpeaker(s, head);
    if (known != null) {
      // the actor stage's reading, with the phrase that names the speaker here among its mentions
      int[] np = nounPhrase(cx, s, head);
      return h.isPronoun() ? known : book.knownSpeaker(s, head, np[0], np[1]);
    }
    if (!h.isNoun() && !h.isPronoun() || isTimeWord(h)) {
      return null;
    }
    int[] np = nounPhrase(cx, s, head);
    for (int i = np[0]; i < head; i++) {
      String pos = s.tokens().get(i).pos();
      // "the junta's spokesman", "the militia's leader" speak for a body and are kept as the text names them;
      // kin and counsel ("the boy's father", "the family's lawyer") are defined by the person they belong to
      boolean kin = RELATIONAL.contains(h.lemmaLower());
      if ("POS".equals(pos) && (kin || h.isPronoun()) || "PRP$".equals(pos) && !h.isProperNoun()) {
        // "the boy's father", "his lawyer": a speaker defined by someone else, whom only the document pass can
        // resolve; a bare new actor would hide that tie from the later stages
        return null;
      }
    }
    return book.speaker(s, head, np[0], np[1]);
  }

  // --- grouping -----------------------------------------------------------------------------------------

  /** Joins a quotation interrupted by its attribution: "We are ready," he said, "to talk." */
  private List<Group> groups(Context cx, List<QuotedSegment> segments) {
    List<Group> out = new ArrayList<>();
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
        out.add(new Group(current, resumedFrom));
      }
      current = new ArrayList<>(List.of(s));
      resumedFrom = -1;
    }
    if (!current.isEmpty()) {
      out.add(new Group(current, resumedFrom));
    }
    return out;
  }

  private boolean continues(Context cx, QuotedSegment a, QuotedSegment b) {
    String text = cx.article.text();
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
  private boolean resumes(Context cx, QuotedSegment groupStart, QuotedSegment a, QuotedSegment b) {
    String text = cx.article.text();
    if (!a.closed() || a.outer().end() > b.outer().start()) {
      return false;
    }
    String gap = text.substring(a.outer().end(), b.outer().start());
    String g = gap.strip();
    List<String> ws = words(gap);
    // A short attribution: a long one ("said after the witness failed to appear ...") reports events of its own
    // and the next quotation starts afresh.
    if (gap.indexOf('\n') >= 0 || ws.isEmpty() || ws.size() > 20 || g.isEmpty() || ".!?".indexOf(g.charAt(g.length() - 1)) < 0) {
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
      Sentence first = cx.article.sentenceAt(a.outer().start());
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
  private boolean attributionAfter(Context cx, QuotedSegment b) {
    String text = cx.article.text();
    String inner = b.text(text).strip();
    if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false; // the quotation ends its own sentence
    }
    Sentence s = cx.article.sentenceAt(Math.max(0, b.outer().end() - 1));
    if (s == null || s.span().end() <= b.outer().end()) {
      return false;
    }
    int end = text.indexOf('\n', b.outer().end());
    end = end < 0 ? s.span().end() : Math.min(end, s.span().end());
    return end > b.outer().end() && cueCount(cx, new Span(b.outer().end(), end)) > 0;
  }

  /** Quotations listed in one breath: '"smart as hell," "full of it"', '"rigged," and "unfair"'. */
  private static boolean listed(Context cx, QuotedSegment a, QuotedSegment b) {
    String text = cx.article.text();
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

  /** Nothing but a sentence end, a colon or a paragraph break precedes {@code offset}. */
  private static boolean opensSentence(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || ".!?:\n\"\u201d'\u2019)".indexOf(text.charAt(i)) >= 0;
  }

  /** The quotation ends its sentence: only punctuation follows it before the sentence or paragraph ends. */
  private static boolean closesSentence(Context cx, QuotedSegment b) {
    String text = cx.article.text();
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

  private int cueCount(Context cx, Span region) {
    return cueCount(cx, region, false);
  }

  private int cueCount(Context cx, Span region, boolean skipParticiples) {
    int n = 0;
    for (Sentence s : cx.article.sentences()) {
      if (!s.span().overlaps(region)) {
        continue;
      }
      for (Token t : s.tokens()) {
        Optional<QuoteLexicon.CueKind> kind = region.contains(t.span()) ? cue(s, t.index()) : Optional.empty();
        if (kind.isPresent() && !(skipParticiples && n > 0 && "VBG".equals(t.pos())
            && kind.get() == QuoteLexicon.CueKind.LABEL)) {
          n++;
        }
      }
    }
    return n;
  }

  // --- attribution --------------------------------------------------------------------------------------

  private Attribution attribute(Context cx, Group g) {
    Attribution a = transcriptLabel(cx, g);
    if (a != null) {
      return a;
    }
    a = dash(cx, g);
    if (a != null) {
      return a;
    }
    Sentence last = cx.article.sentenceAt(Math.max(0, g.outer().end() - 1));
    Sentence first = cx.article.sentenceAt(g.outer().start());
    List<Sentence> sentences = new ArrayList<>();
    if (last != null) {
      sentences.add(last);
    }
    if (first != null && first != last) {
      sentences.add(first);
    }
    for (Sentence s : cx.article.sentences()) {
      if (s.span().overlaps(g.outer()) && !sentences.contains(s)) {
        sentences.add(s);
      }
    }
    for (Sentence s : sentences) {
      a = byParse(cx, g, s);
      if (a != null) {
        return a;
      }
    }
    for (Sentence s : sentences) {
      a = accordingTo(cx, g, s);
      if (a != null) {
        return a;
      }
    }
    if (last != null) {
      a = adjacentAfter(cx, g, last);
      if (a == null && last.index() + 1 < cx.article.sentences().size()) {
        // The splitter may end the sentence at the closing mark: '..." Trump said, looking out.'
        Sentence next = cx.article.sentences().get(last.index() + 1);
        if (cx.paragraph(next.span().start()) == cx.paragraph(g.outer().end() - 1)
            && words(cx.article.text().substring(g.outer().end(), next.span().start())).isEmpty()) {
          a = adjacentAfter(cx, g, next);
        }
      }
      if (a != null) {
        return a;
      }
    }
    // "...," Ms. Moore said. "...": the attribution between the parts of an interrupted quotation, where the
    // tagger took the closing mark for an opening one and the parse did not tie the cue to the quotation
    for (QuotedSegment part : g.segments().subList(0, g.segments().size() - 1)) {
      int end = part.outer().end();
      Sentence s = cx.article.sentenceAt(Math.max(0, end - 1));
      for (int k = 0; k < 2 && s != null; k++) {
        a = adjacentAfter(cx, end, s);
        if (a != null) {
          return a;
        }
        int next = s.index() + 1;
        s = next < cx.article.sentences().size()
            && words(cx.article.text().substring(end, Math.max(end, cx.article.sentences().get(next).span().start())))
                .isEmpty() ? cx.article.sentences().get(next) : null;
      }
    }
    if (first != null) {
      a = adjacentBefore(cx, g, first);
      if (a != null) {
        return a;
      }
      return introducedByColon(cx, g, first);
    }
    return null;
  }

  /** A cue the dependency parse ties to the quotation: its complement holds the quote, or it hangs off it. */
  private Attribution byParse(Context cx, Group g, Sentence s) {
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
      for (int steps = 0; steps < 5 && x >= 0 && !in[x] && !cx.inAnyQuote(s, x); steps++) {
        Token t = s.tokens().get(x);
        Optional<QuoteLexicon.CueKind> kind = cue(s, x);
        if (kind.isPresent()) {
          String rel = s.headArc(prev).baseRelation();
          boolean ok = SPEECH_PATH.contains(rel) || (kind.get() != QuoteLexicon.CueKind.SAY && rel.equals("obl"));
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
        if (in[x] || cx.inAnyQuote(s, x) || cue(s, x).isEmpty()) {
          continue;
        }
        Dependency d = s.headArc(x);
        if (d != null && d.head() >= 0 && in[d.head()]
            && Set.of("parataxis", "ccomp", "advcl", "dep", "conj", "acl").contains(d.baseRelation())) {
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

  /**
   * The reported clause around a partial quotation, or null when the quoted words are most of it (then the quote
   * is direct).
   */
  private Span mixedContent(Context cx, Group g, Sentence s, int cue, int child, boolean[] in) {
    int lastIn = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        lastIn = i;
      }
    }
    Set<Integer> drop = new HashSet<>();
    for (Dependency d : s.children(child)) {
      // A further clause coordinated after the quotation is a separate statement ("and encouraged ...").
      boolean afterComma = d.dependent() > lastIn && commaBefore(s, s.subtree(d.dependent()).get(0));
      Token dt = s.tokens().get(d.dependent());
      boolean participle = afterComma && dt.pos() != null && (dt.pos().equals("VBG") || dt.pos().equals("VBN"));
      if ((d.baseRelation().equals("conj") || d.baseRelation().equals("parataxis")
          || d.baseRelation().equals("advcl") && afterComma || participle) && d.dependent() > lastIn
          && dt.isVerb()) {
        drop.addAll(s.subtree(d.dependent()));
      }
      if (d.baseRelation().equals("appos") && afterComma) {
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
      if ((rel.equals("obj") || rel.equals("dep") || rel.equals("nsubj") && d.dependent() > cue)
          && d.dependent() > cue && d.dependent() < from && !s.tokens().get(cue).lemmaLower().equals("tell")) {
        from = s.subtree(d.dependent()).get(0);
      }
    }
    Span span = withoutEdgePunctuation(s, in, from, to);
    String text = cx.article.text();
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
  private Attribution cueBefore(Context cx, Group g) {
    Sentence s = cx.article.sentenceAt(g.outer().start());
    if (s == null || s != cx.article.sentenceAt(Math.max(0, g.outer().end() - 1))
        || opensSentence(cx.article.text(), g.outer().start())) {
      return null;
    }
    boolean[] in = cx.mask(s, g);
    int firstIn = -1;
    int lastIn = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        firstIn = firstIn < 0 ? i : firstIn;
        lastIn = i;
      }
    }
    if (firstIn < 0) {
      return null;
    }
    int cue = -1;
    for (int i = firstIn - 1; i >= 0 && i >= firstIn - 15; i--) {
      if (cx.inAnyQuote(s, i)) {
        break;
      }
      if (cue(s, i).isPresent()) {
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
    String text = cx.article.text();
    String inner = g.text(text).strip();
    int to = lastIn;
    if (inner.isEmpty() || ".;!?".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      // a quoted sentence ('... on Monday, "This changes nothing," after ...') is its own; quoted words run on
      to = Character.isUpperCase(inner.isEmpty() ? 'a' : inner.charAt(0)) ? lastIn : reportedClauseEnd(cx, s, to);
    }
    Span span = s.span(from, to);
    int quotedWords = words(g.text(text)).size();
    int allWords = words(span.of(text)).size();
    if (allWords > 45 || quotedWords >= 0.6 * allWords) {
      return null;
    }
    return withSpeaker(cx, s, cue, span);
  }

  /**
   * Rule "the report runs on after the quoted words": the reported clause a partial quotation sits in goes on past
   * the closing mark ('said there remains a "wide gap," when it comes to pay', 'urged them to "stop the shelling"
   * and reopen the road') to the sentence end, unless a semicolon, a contrast ("but", "while"), a clause joined
   * after a comma, another quotation, or a further verb of saying ('..., adding', '..., the minister said') ends it
   * first. Returns the last token of the clause.
   */
  private int reportedClauseEnd(Context cx, Sentence s, int lastIn) {
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
          cueAhead |= cue(s, j).isPresent() || ts.get(j).text().equalsIgnoreCase("according");
        }
        Dependency up = s.headArc(k);
        if (cueAhead || "WDT".equals(ts.get(k).pos()) || up != null && up.baseRelation().equals("appos")) {
          break; // the attribution, or a remark on the words ("..., a charge she denied")
        }
      } else if (cue(s, to + 1).isPresent()) {
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
   * Rule "quoted predicate": a quotation that starts with a finite verb and continues a sentence whose subject
   * stands outside it ("The declaration, signed by all six parties, 'calls on every armed group to withdraw'") is
   * what that subject says, though no verb of saying introduces it.
   */
  private Attribution quotedPredicate(Context cx, Group g) {
    String text = cx.article.text();
    Sentence s = cx.article.sentenceAt(g.outer().start());
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
    boolean verbal = v != null && (isFinite(v) || "NNS".equals(v.pos()) && lexicon.cue(v.lemmaLower()).isPresent());
    if (!verbal || words(g.text(text)).size() <= SHORT || !Character.isLowerCase(v.text().charAt(0))) {
      return null;
    }
    int k = verb - 1;
    while (k > 0 && QUOTE_TOKENS.contains(s.tokens().get(k).text())) {
      k--;
    }
    String before = s.tokens().get(k).pos();
    Dependency up = s.headArc(verb);
    if (before == null || before.equals("MD") || before.equals("TO") || before.startsWith("VB")
        || up != null && Set.of("advcl", "acl", "ccomp", "xcomp", "csubj").contains(up.baseRelation())
        || s.children(verb).stream().anyMatch(d -> d.baseRelation().equals("mark"))) {
      return null; // the quotation starts inside a verb group, or is a subordinate clause, not the main predicate
    }
    int head = -1;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("nsubj") && !in[d.dependent()] && !cx.inAnyQuote(s, d.dependent())) {
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

  /**
   * The verb of "[someone] [verb] [something] as '[label]'" ("admires the general as a 'strong leader'", "went
   * after him as 'unfit'"): the label is the subject's words even when the verb is not one of saying.
   */
  private int labelledAs(Context cx, Sentence s, int firstIn) {
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
   * The clause a partial quotation sits in when no cue's complement gave it ("the decision smells of 'panic' and
   * haste"), or null when the quotation is its own clause.
   */
  private Span clauseContent(Context cx, Group g) {
    Sentence s = cx.article.sentenceAt(g.outer().start());
    if (s == null || s != cx.article.sentenceAt(Math.max(0, g.outer().end() - 1))) {
      return null;
    }
    boolean[] in = cx.mask(s, g);
    int root = -1;
    int lastIn = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        lastIn = i;
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
      if ((rel.equals("conj") || rel.equals("parataxis") || rel.equals("advcl") || rel.equals("cc")
          || rel.equals("punct"))
          && d.dependent() > lastIn) {
        drop.addAll(s.subtree(d.dependent()));
      }
      if (rel.equals("appos") && d.dependent() > lastIn && commaBefore(s, s.subtree(d.dependent()).get(0))) {
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
    String text = cx.article.text();
    int quotedWords = words(g.text(text)).size();
    int allWords = words(span.of(text)).size();
    if (allWords > 45 || quotedWords >= 0.6 * allWords || !span.contains(g.first().parts().get(0))) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      if (!in[i] && cue(s, i).isPresent()) {
        return null; // the clause holds its own attribution: the quotation is direct
      }
    }
    return span;
  }

  private static boolean commaBefore(Sentence s, int i) {
    int j = i - 1;
    while (j >= 0 && QUOTE_TOKENS.contains(s.tokens().get(j).text())) {
      j--; // '"This changes nothing," after ...': the comma sits inside the closing mark
    }
    return j >= 0 && Set.of(",", "-", "--", "\u2014", "\u2013", ";").contains(s.tokens().get(j).text());
  }

  /** Narrows {@code from..to} so that it holds no other quotation than the group's own. */
  private static int[] clip(Context cx, Sentence s, boolean[] in, int from, int to, boolean cutAfter) {
    int firstIn = -1;
    int lastIn = -1;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        firstIn = firstIn < 0 ? i : firstIn;
        lastIn = i;
      }
    }
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
      if (d.relation().startsWith("nsubj") || d.baseRelation().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  private Attribution accordingTo(Context cx, Group g, Sentence s) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.text().equalsIgnoreCase("according") && s.tokens().get(i + 1).text().equalsIgnoreCase("to")
          && !cx.inAnyQuote(s, i)) {
        Dependency d = s.headArc(i);
        int head = d != null && d.head() > i + 1 && !cx.inAnyQuote(s, d.head()) ? d.head() : nounAfter(s, i + 1);
        if (head < 0) {
          return null;
        }
        int[] np = nounPhrase(cx, s, head);
        return new Attribution(s, head, np[0], np[1], s.span(i, i + 1), null);
      }
    }
    return null;
  }

  /** A transcript turn: the quoted paragraph opens with its speaker's name in capitals and a colon. */
  private Attribution transcriptLabel(Context cx, Group g) {
    String text = cx.article.text();
    Span inner = g.first().parts().get(0);
    Matcher m = QuoteScanner.SPEAKER_LABEL.matcher(text.substring(inner.start(), inner.end()));
    if (!m.lookingAt()) {
      return null;
    }
    Sentence s = cx.article.sentenceAt(inner.start());
    if (s == null) {
      return null;
    }
    int labelEnd = inner.start() + m.end();
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() >= inner.start() && t.span().end() <= labelEnd && isWordy(t)) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    if (first < 0) {
      return null;
    }
    Span content = new Span(labelEnd, g.inner().end());
    return new Attribution(s, last, first, last, s.span(first, last), content);
  }

  /** A dash after the closing mark and a name: "... our greatest shame." ― Jane Doe */
  private Attribution dash(Context cx, Group g) {
    String text = cx.article.text();
    int i = g.outer().end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int nl = text.indexOf('\n', i);
    int end = nl < 0 ? text.length() : nl;
    if (words(text.substring(i, end)).size() > 8) {
      return null;
    }
    Sentence s = cx.article.sentenceAt(i + 1 < end ? i + 1 : i);
    if (s == null) {
      return null;
    }
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() > i && t.span().end() <= end && isWordy(t)) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    if (first < 0) {
      return null;
    }
    int head = last;
    for (int k = first; k <= last; k++) {
      if (s.tokens().get(k).isProperNoun()) {
        head = k;
      }
    }
    return new Attribution(s, head, first, last, new Span(i, i + 1), null);
  }

  /** A cue within a few words after the closing mark: "...," said the minister. */
  private Attribution adjacentAfter(Context cx, Group g, Sentence s) {
    return adjacentAfter(cx, g.outer().end(), s);
  }

  /** A cue within a few words after offset {@code end} (a closing mark) in sentence {@code s}. */
  private Attribution adjacentAfter(Context cx, int end, Sentence s) {
    int seen = 0;
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
      if (++seen > 6) {
        break;
      }
      if (cue(s, t.index()).isPresent()) {
        return withSpeaker(cx, s, t.index(), null);
      }
    }
    return null;
  }

  /** A cue within a few words before the opening mark: He told reporters: "..." */
  private Attribution adjacentBefore(Context cx, Group g, Sentence s) {
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
      if (cue(s, i).isPresent()) {
        return withSpeaker(cx, s, i, null);
      }
    }
    return null;
  }

  /** A quotation opening its sentence after one that ends with a colon: "Trump tweeted:" */
  private Attribution introducedByColon(Context cx, Group g, Sentence s) {
    String text = cx.article.text();
    String before = text.substring(s.span().start(), Math.max(s.span().start(), g.outer().start())).strip();
    if (before.endsWith(":") && !words(before).isEmpty()) {
      // "The envoy has a fresh warning for the rebels: '...'" : the clause before the colon presents its subject's words.
      int root = s.root();
      if (root >= 0 && !cx.inAnyQuote(s, root) && s.tokens().get(root).isVerb()) {
        return withSpeaker(cx, s, root, null);
      }
    }
    if (!text.substring(s.span().start(), g.outer().start()).isBlank() || s.index() == 0) {
      return null;
    }
    Sentence prev = cx.article.sentences().get(s.index() - 1);
    String prevText = prev.span().of(text).strip();
    if (!prevText.endsWith(":")) {
      return null;
    }
    int cue = -1;
    for (Token t : prev.tokens()) {
      if (cue(prev, t.index()).isPresent() && !cx.inAnyQuote(prev, t.index())) {
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

  private Attribution withSpeaker(Context cx, Sentence s, int cue, Span content) {
    int head = subject(cx, s, cue);
    Span cueSpan = s.tokens().get(cue).span();
    if (head < 0) {
      return new Attribution(s, -1, -1, -1, cueSpan, content);
    }
    int[] np = withParenthesis(cx, s, head, nounPhrase(cx, s, head), cue);
    return new Attribution(s, head, np[0], np[1], cueSpan, content);
  }

  /**
   * Rule "a name's parenthesis and description are the speaker's": "Rep. Jane Roe (D-Ore.), head of the caucus,
   * said" names its speaker with the party label and the description after it, which parsers often split off. The
   * phrase runs on over a parenthesis right after it and then over a description set off by a comma that holds no
   * verb and ends at the cue, a comma before the cue, or the sentence end.
   */
  private static int[] withParenthesis(Context cx, Sentence s, int head, int[] np, int cue) {
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
  private int subject(Context cx, Sentence s, int cue) {
    int head = subjectToken(cx, s, cue);
    return head < 0 ? head : namedAfterDescriptor(s, nameBeforeParenthesis(s, head));
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
  private int namedAfterDescriptor(Sentence s, int head) {
    int i = head + 1;
    if (i + 1 >= s.tokens().size() || !s.tokens().get(head).isNoun()
        || lexicon.speakerNoun(s.tokens().get(i).text().toLowerCase(Locale.ROOT)).isEmpty()
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
  private int frontedParticipleSubject(Context cx, Sentence s, int cue) {
    Token t = s.tokens().get(cue);
    if (!"VBG".equals(t.pos()) || s.children(cue).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
      return -1;
    }
    for (int i = 0; i < cue; i++) {
      String pos = s.tokens().get(i).pos();
      if (!isPunct(s.tokens().get(i)) && (pos == null || !(pos.equals("CC") || pos.startsWith("RB")))) {
        return -1; // not at the start of its sentence
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("nsubj") && d.dependent() > cue && d.head() >= 0 && !cx.inAnyQuote(s, d.dependent())
          && !cx.inAnyQuote(s, d.head()) && s.tokens().get(d.head()).isVerb()
          && isFinite(s.tokens().get(d.head()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean isFinite(Token t) {
    return t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
  }

  private int subjectToken(Context cx, Sentence s, int cue) {
    int fronted = frontedParticipleSubject(cx, s, cue);
    if (fronted >= 0) {
      return fronted;
    }
    int x = cue;
    for (int climb = 0; climb < 4 && x >= 0; climb++) {
      for (Dependency d : s.children(x)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass") && climb > 0) {
          int subj = d.dependent();
          if (cx.inAnyQuote(s, subj)) {
            break;
          }
          Token t = s.tokens().get(subj);
          Dependency up = s.headArc(x);
          if (t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
            // "Smith, who said ...": the speaker is the noun the clause describes
            if (up != null && up.relation().startsWith("acl") && up.head() >= 0) {
              return up.head();
            }
            int described = describedBy(s, subj);
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
      if (participle && !cx.inAnyQuote(s, up.head())) {
        // "Trump attacked Clinton over Libya, saying ...": the participle's speaker is the subject of the clause it
        // hangs from, wherever the parser attached it.
        int y = up.head();
        while (y >= 0 && !s.tokens().get(y).isVerb() && s.headArc(y) != null) {
          y = s.headArc(y).head();
        }
        if (y < 0 || cx.inAnyQuote(s, y)) {
          break;
        }
        x = y;
        continue;
      }
      // "Bush, asked whether ..., replied: '...'": a finite cue without a subject that the parser hung loosely
      // ("dep") on another verb outside the quotation shares that verb's subject.
      boolean loose = up.baseRelation().equals("dep") && isFinite(s.tokens().get(x))
          && s.tokens().get(up.head()).isVerb() && !cx.inAnyQuote(s, up.head());
      if (!loose && !Set.of("advcl", "xcomp", "conj").contains(up.baseRelation())) {
        // a ccomp or parataxis head is usually the quote's own verb, whose subject is not the speaker
        break;
      }
      x = up.head();
    }
    // Inverted attribution ("said Smith") or a parse that lost the subject: the nearest noun next to the cue.
    int after = nounAfter(s, cue);
    if (after >= 0 && !cx.inAnyQuote(s, after)) {
      return after;
    }
    for (int i = cue - 1; i >= 0 && i >= cue - 3; i--) {
      Token t = s.tokens().get(i);
      if (cx.inAnyQuote(s, i) || isPunct(t)) {
        break;
      }
      if (t.isNoun() || t.isPronoun()) {
        return i;
      }
    }
    return -1;
  }

  /** The noun phrase a relative pronoun follows: "a source close to the talks, who ..." gives "source". */
  private static int describedBy(Sentence s, int relative) {
    int i = relative - 1;
    while (i >= 0 && isPunct(s.tokens().get(i))) {
      i--;
    }
    if (i < 0) {
      return -1;
    }
    for (int steps = 0; steps < 5; steps++) {
      Dependency d = s.headArc(i);
      if (d == null || d.head() < 0 || d.head() > relative
          || !Set.of("nmod", "obl", "amod", "compound", "flat", "appos").contains(d.baseRelation())) {
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
  private static int nounAfter(Sentence s, int i) {
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
    return head >= 0 && !isTimeWord(s.tokens().get(head)) ? head : -1;
  }

  static boolean isTimeWord(Token t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || t.lemmaLower().matches(
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|night|morning|"
            + "evening|afternoon|day|time|january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.");
  }

  /** The speaker's noun phrase around {@code head}: its subtree without clauses, as a contiguous token range. */
  private int[] nounPhrase(Context cx, Sentence s, int head) {
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
      if (NP_CUT.contains(rel) || keep.size() >= NP_MAX || depth == 0 && (rel.equals("case") || rel.equals("mark"))) {
        continue;
      }
      collectNp(s, d.dependent(), keep, depth + 1);
    }
  }

  private static boolean isAccordingTo(String text, Attribution a) {
    return a.cue() != null && a.cue().of(text).toLowerCase(Locale.ROOT).startsWith("according");
  }

  private static boolean isTitle(String quoteText) {
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
      } else if (w.length() > 1 && !TITLE_LOWER.contains(w)) {
        counted++; // "of", "the", "and" stay lower case in titles; "you", "do", "it" do not
      }
    }
    return counted > 0 && capitals * 4 >= counted * 3;
  }

  /** The cue kind of token {@code i}, unless it is used as an adjective ("so-called", "the added cost"). */
  private Optional<QuoteLexicon.CueKind> cue(Sentence s, int i) {
    Dependency d = s.headArc(i);
    if (d != null && (d.baseRelation().equals("amod") || d.baseRelation().equals("compound"))) {
      return Optional.empty();
    }
    return cueKind(s.tokens().get(i));
  }

  private Optional<QuoteLexicon.CueKind> cueKind(Token t) {
    if (!t.isVerb()) {
      return Optional.empty();
    }
    return lexicon.cue(t.lemmaLower());
  }

  /**
   * Verbs that report a clause in news English; only these are read with a reported clause the parser did not
   * mark as their complement, or placed before them.
   */
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "claim", "insist", "argue", "warn",
      "announce", "confirm", "deny", "report", "state", "allege", "acknowledge", "admit", "stress", "explain",
      "note", "predict", "promise", "vow", "pledge", "reiterate", "caution", "estimate", "assert", "maintain",
      "contend", "concede", "suggest", "declare", "write", "testify", "complain", "charge", "emphasize",
      "emphasise");

  /** Nouns naming someone by their tie to another person: such a speaker is theirs, not an actor of their own. */
  private static final Set<String> RELATIONAL = Set.of("father", "mother", "son", "daughter", "brother", "sister",
      "wife", "husband", "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece", "parent", "child",
      "family", "relative", "friend", "lawyer", "attorney", "grandmother", "grandfather", "fiancee", "partner");

  private static final Set<String> CONTRAST_MARKS = Set.of("while", "whereas", "although", "though");

  private static boolean isComplementizer(Sentence s, int i) {
    Dependency d = s.headArc(i);
    return d != null && d.relation().equals("mark") && s.tokens().get(i).lemmaLower().equals("that");
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

  private static boolean isPunct(Token t) {
    return !WORD.matcher(t.text()).find();
  }

  private static boolean isWordy(Token t) {
    return !isPunct(t);
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Per-article lookups. */
  private static final class Context {
    final AnnotatedArticle article;
    final List<Span> quoted;
    final int[] paragraphOf;

    Context(AnnotatedArticle article, List<Span> quoted) {
      this.article = article;
      this.quoted = quoted;
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

    boolean[] mask(Sentence s, Group g) {
      boolean[] in = new boolean[s.tokens().size()];
      for (Token t : s.tokens()) {
        in[t.index()] = g.covers(t.span());
      }
      return in;
    }
  }
}
