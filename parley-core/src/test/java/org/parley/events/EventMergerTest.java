// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;

/** When two reports of an article are one event, and when they are two. */
class EventMergerTest {
  private static final String TEXT = "The navy deployed two carriers to the gulf. "
      + "Commanders said they could deploy many more ships.";
  private static final Span FIRST = new Span(0, 43);
  private static final Span SECOND = new Span(44, TEXT.length());

  private static Event event(String id, EventType type, Modality modality, Span sentence, String trigger) {
    int at = TEXT.indexOf(trigger, sentence.start());
    return new Event(id, type, null, "154", Polarity.POSITIVE, modality, "act-1", null, null, null, List.of(), null,
        null, null, List.of(sentence), new Span(at, at + trigger.length()), 0.5);
  }

  @Test
  void aDeedThatOnlyCouldHappenIsNotTheDeedReportedAsDone() {
    List<Event> merged = EventMerger.merge(List.of(
        event("a", EventType.MOBILIZE, Modality.ASSERTED, FIRST, "deployed"),
        event("b", EventType.MOBILIZE, Modality.HYPOTHETICAL, SECOND, "deploy")), TEXT);

    assertThat(merged).hasSize(2);
  }

  @Test
  void anOfferMadeOnAConditionIsTheSameOfferToldAgain() {
    List<Event> merged = EventMerger.merge(List.of(
        event("a", EventType.AGREE, Modality.HYPOTHETICAL, FIRST, "deployed"),
        event("b", EventType.AGREE, Modality.ASSERTED, SECOND, "deploy")), TEXT);

    assertThat(merged).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(2));
  }

  @Test
  void theSameDeedToldAgainIsOneEvent() {
    List<Event> merged = EventMerger.merge(List.of(
        event("a", EventType.MOBILIZE, Modality.ASSERTED, FIRST, "deployed"),
        event("b", EventType.MOBILIZE, Modality.ASSERTED, SECOND, "deploy")), TEXT);

    assertThat(merged).hasSize(1);
  }
}
