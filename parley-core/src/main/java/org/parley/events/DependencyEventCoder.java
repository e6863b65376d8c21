// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Sentence;
import org.parley.places.EventPlacing;
import org.parley.places.Gazetteer;
import org.parley.quotes.Quote;
import org.parley.knowledge.SpeechVerbs;
import org.parley.time.EventDating;

/**
 * Codes events from the dependency parse. Each verb, adjective or noun the {@link EventLexicon} knows, in the
 * frame it lists, triggers an event unless it is the content of another event ("agreed to <i>establish</i>
 * corridors", "demanded a <i>ceasefire</i>"), which then only refines that event's code and issues. Words on the
 * way up from a trigger shape it: speech verbs make it the speaker's claim, "failed to" and "not" negate it,
 * "plans to", "will" and "open to" make it intended ("open to a meeting" is an offer to meet: AGREE, as PLOVER
 * codes intent to cooperate) and "if" hypothetical. Source and target are read from subject, agent, object and
 * prepositional arguments, and are the actors the {@link ActorLayer} resolved there; {@link EventArguments} reads
 * those actors, and {@link EventActors} decides which of them an event takes. This class runs a
 * {@link SentenceCoder} over each sentence, then places the events in the article's setting and merges them.
 */
public final class DependencyEventCoder implements EventCoder {
  private final EventLexicon lexicon;
  private final IssueTagger issueTagger;
  private final EventDating dating;
  private final EventPlacing placing;
  private final DiscourseSetting setting;

  public DependencyEventCoder(EventLexicon lexicon, IssueTagger issueTagger, EventDating dating, EventPlacing placing) {
    this(lexicon, issueTagger, dating, placing, Gazetteer.bundled(), SpeechVerbs.builtIn());
  }

  /**
   * The coder whose article-wide setting places events with {@code gazetteer} and reads the verbs that report speech
   * from {@code speech} (the gazetteer and verbs {@code placing}, and the verbs {@code lexicon} and {@code dating},
   * were built with).
   */
  public DependencyEventCoder(EventLexicon lexicon, IssueTagger issueTagger, EventDating dating, EventPlacing placing,
                              Gazetteer gazetteer, SpeechVerbs speech) {
    this.setting = new DiscourseSetting(gazetteer, speech);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.issueTagger = Objects.requireNonNull(issueTagger, "issueTagger");
    this.dating = Objects.requireNonNull(dating, "dating");
    this.placing = Objects.requireNonNull(placing, "placing");
  }

  /** The coder with the built-in lexicon and issue cues. */
  public DependencyEventCoder(EventDating dating, EventPlacing placing) {
    this(EventLexicon.builtIn(), IssueTagger.builtIn(), dating, placing);
  }

  @Override
  public List<Event> code(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    return codeWithActors(article, actors, quotes).events();
  }

  @Override
  public Coded codeWithActors(AnnotatedArticle article, ActorLayer actors, List<Quote> quotes) {
    List<Event> raw = new ArrayList<>();
    List<Event> dropped = new ArrayList<>();
    Parties parties = new Parties();
    PlacePeople placePeople = new PlacePeople(actors);
    AnnotatedArticle dated = setting.datelineDay(article);
    for (Sentence s : dated.sentences()) {
      if (s.dependencies().isEmpty()) {
        continue;
      }
      raw.addAll(new SentenceCoder(dated, s, actors, quotes, parties, placePeople, dropped, lexicon, issueTagger,
          dating, placing).code());
    }
    List<Event> events = EventMerger.merge(setting.apply(dated, actors, mediatedParties(raw)), article.text());
    Set<String> named = new HashSet<>();
    for (Event e : events) {
      named.add(e.source());
      named.add(e.target());
    }
    return new Coded(events, placePeople.layer(named), dropped);
  }

  /**
   * A mediator reported without the parties ("C, who mediated the meeting") mediates between the parties of the
   * talks the article reported last.
   */
  private static List<Event> mediatedParties(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    Event lastTalks = null;
    for (Event e : events) {
      boolean mediation = Mediation.thirdPartyTalks(e);
      if (e.type() == EventType.CONSULT && !mediation && e.source() != null && e.polarity() == Polarity.POSITIVE) {
        lastTalks = e;
      }
      if (mediation && e.target() == null && lastTalks != null) {
        String party = !Objects.equals(lastTalks.source(), e.source()) ? lastTalks.source() : lastTalks.target();
        e = new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), e.source(), party,
            e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(), e.trigger(),
            e.confidence(), e.trace().then("mediation-between-last-talks", "target → " + party));
      }
      out.add(e);
    }
    return out;
  }
}
