// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Span;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.nlp.ParsedArticle;

/** Team-written wire stories, hand-parsed in CoreNLP's UD style; the events are what the sentence coder gives. */
class DiscourseActorsTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private final DiscourseActors pass = new DiscourseActors(KB);
  private final List<Event> events = new ArrayList<>();

  /** "The sanctions hurt trade." — the sanctions are background here: nobody is said to impose them. */
  private static final String SANCTIONS_HURT = "The/DT/O/1/det sanctions|sanction/NNS/O/2/nsubj hurt/VBD/O/-1/root "
      + "trade/NN/O/2/obj ././O/2/punct";
  /** "The shelling killed ten people." — a deed told without its doer is still news. */
  private static final String SHELLING_KILLED = "The/DT/O/1/det shelling/NN/O/2/nsubj killed|kill/VBD/O/-1/root "
      + "ten/CD/O/4/nummod people|person/NNS/O/2/obj ././O/2/punct";
  /** "Talks were held." — an agentless passive heading its sentence is the sentence's own news. */
  private static final String TALKS_HELD = "Talks|talk/NNS/O/2/nsubj:pass were|be/VBD/O/2/aux:pass "
      + "held|hold/VBN/O/-1/root ././O/2/punct";

  /** "Chad refused to attend the talks." — Chad is who would attend. */
  private static final String REFUSED_TO_ATTEND = "Chad/NNP/LOCATION/1/nsubj refused|refuse/VBD/O/-1/root "
      + "to/TO/O/3/mark attend/VB/O/1/xcomp the/DT/O/5/det talks|talk/NNS/O/3/obj ././O/1/punct";

  private void event(ParsedArticle a, int sentence, String trigger, EventType type) {
    events.add(new Event("ev-" + (events.size() + 1), type, null, null, Polarity.POSITIVE, Modality.ASSERTED, null,
        null, null, null, List.of(), null, null, null, List.of(a.sentence(sentence).span()),
        a.token(sentence, trigger), 0.5));
  }

  @Test
  void anActOfPolicyThatNoOneIsSaidToDoIsLeftOut() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(SANCTIONS_HURT, SHELLING_KILLED);
    event(a, 0, "sanctions", EventType.SANCTION);
    event(a, 1, "shelling", EventType.ASSAULT);
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, events);
    // the shelling stays (its doer is unknown, not absent from the news); the sanctions are no one's act here
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(r.resolutions()).anySatisfy(res -> {
      assertThat(res.event()).isEqualTo("ev-1");
      assertThat(res.rule()).isEqualTo("authorless-act");
    });
  }

  @Test
  void anAgentlessPassiveThatHeadsItsSentenceIsKept() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(TALKS_HELD);
    event(a, 0, "held", EventType.CONSULT);
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, events);
    assertThat(r.events()).extracting(Event::type).containsExactly(EventType.CONSULT);
  }

  @Test
  void anInfinitiveActsThroughTheSubjectOfTheVerbThatGovernsIt() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 3, 4)).paragraph(REFUSED_TO_ATTEND);
    Span chad = a.token(0, "Chad");
    ActorLayer chadNamed = new ActorLayer(List.of(new Actor("act-1", "Chad", "TCDGOV", "TCD", "GOV", null, null,
        List.of(chad))), List.of(new ActorMention(chad, 0, 0, 0, "act-1", MentionKind.NAME)));
    events.add(new Event("ev-1", EventType.CONSULT, null, null, Polarity.NEGATED, Modality.ASSERTED, null, null, null,
        null, List.of(), null, null, null, List.of(a.sentence(0).span()), a.token(0, "attend"), 0.5));
    DiscourseActors.Result r = pass.apply(a.article(), chadNamed, events);
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("act-1");
      assertThat(e.polarity()).isEqualTo(Polarity.NEGATED);
    });
  }
}
