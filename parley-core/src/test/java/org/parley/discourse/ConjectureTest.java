// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorLayer;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.nlp.ParsedArticle;

/**
 * Rule {@code conjecture-not-reported} of {@link DiscourseActors}, on a team-written analysis paragraph hand-parsed in
 * CoreNLP's UD style; the events are what the sentence coder gives.
 */
class ConjectureTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private final DiscourseActors pass = new DiscourseActors(KB);

  /** "The rebels could attack the port." — the writer weighing an option, not a reported deed. */
  private static final String COULD_ATTACK = "The/DT/1/det rebels|rebel/NNS/3/nsubj could/MD/3/aux attack/VB/-1/root "
      + "the/DT/5/det port/NN/3/obj ././3/punct";
  /** "The army shelled the port." — the article's own news. */
  private static final String SHELLED = "The/DT/1/det army/NN/2/nsubj shelled|shell/VBD/-1/root the/DT/4/det "
      + "port/NN/2/obj ././2/punct";

  private static Event event(ParsedArticle a, String id, int sentence, String trigger, Modality modality,
                             String attributedTo) {
    return new Event(id, EventType.ASSAULT, null, null, Polarity.POSITIVE, modality, null, null, attributedTo, null,
        List.of(), null, null, null, List.of(a.sentence(sentence).span()), a.token(sentence, trigger), 0.5);
  }

  @Test
  void theWritersOwnConjectureIsNotReportedAsAnEvent() {
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 6, 2)).paragraph(COULD_ATTACK, SHELLED);
    List<Event> coded = List.of(event(a, "ev-1", 0, "attack", Modality.HYPOTHETICAL, null),
        event(a, "ev-2", 1, "shelled", Modality.ASSERTED, null));
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, coded);
    // the shelling is news; the attack the writer says could come is not an attack
    assertThat(r.events()).extracting(Event::id).containsExactly("ev-2");
    assertThat(r.resolutions()).anySatisfy(res -> {
      assertThat(res.event()).isEqualTo("ev-1");
      assertThat(res.rule()).isEqualTo("conjecture-not-reported");
    });
  }

  @Test
  void aPartysWarningThatSomethingCouldHappenStaysAsItsClaim() {
    // the same words as a party's claim ("the minister warned the rebels could attack the port"): kept, attributed
    ParsedArticle a = new ParsedArticle(LocalDate.of(2025, 6, 2)).paragraph(COULD_ATTACK);
    List<Event> coded = List.of(event(a, "ev-1", 0, "attack", Modality.HYPOTHETICAL, "act-1"));
    DiscourseActors.Result r = pass.apply(a.article(), ActorLayer.EMPTY, coded);
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
      assertThat(e.attributedTo()).isEqualTo("act-1");
    });
  }
}
