// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.AnnotatedArticle;

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
 *
 * <p>The work is shared out by responsibility: {@link QuoteJoiner} joins the parts of one utterance,
 * {@link QuoteAttributor} and {@link LayoutAttribution} tie a quotation to its cue, {@link SpeakerPhrase} finds the
 * speaker in the attribution clause, {@link MixedQuoteClause} cuts a partial quotation's reported clause,
 * {@link DirectQuotes} and {@link ReportedSpeech} make the quotes, all over one {@link QuoteContext}.
 */
public final class NewsQuoteFinder implements QuoteFinder {
  static final String TEXT_IS_NO_DOER = "text-speaker-is-no-doer";

  private final QuoteLexicon lexicon;

  public NewsQuoteFinder() {
    this(QuoteLexicon.builtIn());
  }

  /** The finder whose cue verbs are those of {@code speech} (the built-in ones with a user's rows added). */
  public NewsQuoteFinder(SpeechVerbs speech) {
    this(QuoteLexicon.with(speech));
  }

  /**
   * The finder whose cue verbs are those of {@code speech} and whose nouns that can say something are the built-in
   * ones with those of {@code user}'s folder added (speaker and source nouns, sector cues, titles).
   *
   * @throws org.parley.knowledge.ConfigException naming the file and line of a malformed row
   */
  public NewsQuoteFinder(SpeechVerbs speech, UserKnowledge user) {
    this(QuoteLexicon.with(speech).withNouns(user));
  }

  NewsQuoteFinder(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Quotes find(AnnotatedArticle article, ActorLayer actors) {
    String text = article.text();
    List<QuotedSegment> segments = QuoteScanner.scan(text);
    if (article.sentences().isEmpty()) {
      return new Quotes(List.of(), actors);
    }
    List<Span> quoted = segments.stream().map(QuotedSegment::outer).toList();
    QuoteContext cx = new QuoteContext(article, quoted, lexicon);
    ActorBook book = new ActorBook(cx, actors);
    // Reported speech needs no quotation marks: an article without any still reports what people said.
    List<Quote> out = DirectQuotes.direct(cx, book, segments);
    List<Quote> parsed = ReportedSpeech.indirect(cx, book, null);
    out.addAll(parsed);
    // The speakers of the reports the parse shows are the event coder's too ("the forum concluded that the donors
    // must pay" is the forum's demand); those found only by the readings the parse does not show (the report
    // before its attribution, "according to", a complement the parser lost) join after the events are coded.
    Set<String> texts = textSpeakers(book);
    ActorLayer forEvents = withoutMentionsOf(book.layer(), texts);
    out.replaceAll(q -> texts.contains(q.speakerId()) ? q.traced(TEXT_IS_NO_DOER, "no doer of events") : q);
    out.addAll(ReportedSpeech.indirect(cx, book, parsed));
    out.sort((x, y) -> x.span().compareTo(y.span()));
    return new Quotes(out, book.layer(), forEvents);
  }

  /**
   * Rule {@value #TEXT_IS_NO_DOER}: a speaker this stage named by a text or an utterance whose issuer it did not find
   * ("the report said", "a voiceover to the footage accused ...") is the quote's speaker, but no party: the event
   * coder does not read its phrases as an event's doer or target. The actor stays (its id is the quote's, and a
   * claim inside the quotation is still its claim); only its mentions are left out of the coder's layer.
   */
  private Set<String> textSpeakers(ActorBook book) {
    Set<String> texts = new HashSet<>();
    for (ActorEntry e : book.entries.values()) {
      if (e.code == null && e.headLemma != null && isText(e.headLemma)) {
        texts.add(e.id);
      }
    }
    return texts;
  }

  private static ActorLayer withoutMentionsOf(ActorLayer all, Set<String> ids) {
    return ids.isEmpty() ? all
        : new ActorLayer(all.actors(), all.mentions().stream().filter(m -> !ids.contains(m.actorId())).toList());
  }

  private boolean isText(String lemma) {
    String kind = lexicon.sourceNoun(lemma).orElse("");
    return lexicon.speakerNoun(lemma).map(QuoteLexicon.SpeakerNoun::document).orElse(false)
        || kind.equals("document") || kind.equals("utterance");
  }
}
