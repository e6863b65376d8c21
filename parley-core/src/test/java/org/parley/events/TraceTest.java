// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;
import org.parley.article.TraceStep;

class TraceTest {
  private static Event agree(Trace t) {
    return new Event("ev-1", EventType.AGREE, null, "057", Polarity.POSITIVE, Modality.INTENDED, "act-1", "act-2",
        null, null, List.of(), null, null, null, List.of(new Span(0, 40)), new Span(10, 14), 0.8, t);
  }

  @Test
  void stepsAreKeptInTheOrderTheyFiredAndEarlierTracesStayUnchanged() {
    Trace start = Trace.EMPTY.then("predicates.tsv:10 sign/V", "AGREE 057");
    Trace end = start.then("modal 'will'", "intended").then("negated-intent-is-refusal", "REJECT 127");

    assertThat(start.steps()).hasSize(1); // immutable: adding a step makes a new trace
    assertThat(end.steps()).extracting(TraceStep::rule)
        .containsExactly("predicates.tsv:10 sign/V", "modal 'will'", "negated-intent-is-refusal");
    assertThat(end).hasToString(
        "predicates.tsv:10 sign/V: AGREE 057 → modal 'will': intended → negated-intent-is-refusal: REJECT 127");
  }

  @Test
  void aStepWithoutChangePrintsItsNameAlone() {
    assertThat(new TraceStep("merge-same-event", null)).hasToString("merge-same-event");
  }

  @Test
  void eventsDifferingOnlyInTheirTraceAreEqualSoMergingAndTestsCompareContent() {
    Event plain = agree(Trace.EMPTY);
    Event traced = plain.traced("modal 'will'", "intended");

    assertThat(traced).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(traced.trace().steps()).hasSize(1);
    assertThat(plain.trace().isEmpty()).isTrue();
  }

  @Test
  void aContentChangeStillMakesAnotherEvent() {
    Event a = agree(Trace.EMPTY);
    Event b = new Event("ev-1", EventType.AGREE, null, "057", Polarity.NEGATED, Modality.INTENDED, "act-1", "act-2",
        null, null, List.of(), null, null, null, List.of(new Span(0, 40)), new Span(10, 14), 0.8);

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theOldConstructorGivesAnEmptyTraceNeverNull() {
    Event e = new Event("ev-1", EventType.AGREE, null, "057", Polarity.POSITIVE, Modality.ASSERTED, null, null, null,
        null, List.of(), null, null, null, List.of(new Span(0, 5)), null, 0.5);

    assertThat(e.trace()).isSameAs(Trace.EMPTY);
    assertThat(agree(null).trace()).isSameAs(Trace.EMPTY);
  }
}
