// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.Span;

/**
 * Merges the reports of one event: the same type and polarity with agreeing actors and dates, told twice in a
 * sentence or again later ("the talks" after "talks between A and B"), becomes one event with several evidence
 * spans. Ids are assigned afterwards, in text order.
 */
public final class EventMerger {
  /** Types whose two parties act together, so A→B and B→A are the same event. */
  static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE);

  private EventMerger() {}

  /**
   * @param events events in text order, each with one evidence span
   * @param text   the article text the spans point into
   * @return merged events in order of first report, numbered {@code ev-1}, {@code ev-2} ...
   */
  public static List<Event> merge(List<Event> events, String text) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int into = -1;
      for (int k = out.size() - 1; k >= 0; k--) {
        if (sameEvent(out.get(k), e, text)) {
          into = k;
          break;
        }
      }
      if (into < 0) {
        out.add(e);
      } else {
        out.set(into, combine(out.get(into), e));
      }
    }
    List<Event> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      numbered.add(new Event("ev-" + (i + 1), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), e.source(),
          e.target(), e.attributedTo(), e.stance(), e.issues(), e.date(), e.dateText(), e.location(), e.evidence(),
          e.trigger(), e.confidence(), e.trace()));
    }
    return numbered;
  }

  static boolean sameEvent(Event a, Event b, String text) {
    if (a.type() != b.type() || a.polarity() != b.polarity() || !Objects.equals(a.mode(), b.mode())) {
      return false;
    }
    if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
      return false;
    }
    boolean sameSentence = a.evidence().contains(b.evidence().get(0));
    // a bare mention ("the talks") refers back to the last event it names
    boolean bare = b.source() == null && b.target() == null && a.trigger() != null && b.trigger() != null
        && (triggerWord(a, text).equals(triggerWord(b, text)) || a.type() == EventType.CONSULT);
    if (!actorsAgree(a, b)) {
      return false;
    }
    if (sameSentence || bare) {
      return true;
    }
    if (!a.type().isVerbal() && (a.modality() == Modality.HYPOTHETICAL) != (b.modality() == Modality.HYPOTHETICAL)) {
      // a deed that only could happen ("they could deploy 300,000 troops") is not the deed reported as done; an
      // offer or a demand made on a condition is still made, and its later reports are the same act
      return false;
    }
    // a later report naming the same parties, with no new position, is the same event told again
    return Objects.equals(a.source(), b.source()) && a.source() != null
        && (Objects.equals(a.target(), b.target()) || b.target() == null)
        && a.stance() == b.stance() && a.issues().containsAll(b.issues());
  }

  private static String triggerWord(Event e, String text) {
    return e.trigger().of(text).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean actorsAgree(Event a, Event b) {
    boolean direct = compatible(a.source(), b.source()) && compatible(a.target(), b.target());
    if (direct) {
      return true;
    }
    // "A signed" and "B signed", each without a counterpart, are two acts: nothing says they were done together
    boolean bothOneSided = a.target() == null && b.target() == null;
    return SYMMETRIC.contains(a.type()) && !bothOneSided && compatible(a.source(), b.target())
        && compatible(a.target(), b.source());
  }

  private static boolean compatible(String x, String y) {
    return x == null || y == null || x.equals(y);
  }

  private static Event combine(Event a, Event b) {
    Set<Span> evidence = new LinkedHashSet<>(a.evidence());
    evidence.addAll(b.evidence());
    List<Span> sorted = new ArrayList<>(evidence);
    sorted.sort(null);
    Set<String> issues = new LinkedHashSet<>(a.issues());
    issues.addAll(b.issues());
    boolean keepA = a.confidence() >= b.confidence();
    Event main = keepA ? a : b;
    Event other = keepA ? b : a;
    String source = main.source() != null ? main.source() : other.source();
    String target = main.target() != null ? main.target() : other.target();
    if (Objects.equals(source, target)) {
      target = main.target() != null && !Objects.equals(main.target(), source) ? main.target() : null;
    }
    return new Event(a.id(), main.type(), main.mode() != null ? main.mode() : other.mode(), main.cameo(),
        main.polarity(), main.modality(), source, target,
        main.attributedTo() != null ? main.attributedTo() : other.attributedTo(),
        main.stance() != null ? main.stance() : other.stance(), List.copyOf(issues),
        main.date() != null ? main.date() : other.date(), main.date() != null ? main.dateText() : other.dateText(),
        main.location() != null ? main.location() : other.location(), sorted, main.trigger(),
        Math.max(a.confidence(), b.confidence()),
        main.trace().then("merge-same-event", "one with the report at character "
            + (other.trigger() == null ? other.evidence().get(0).start() : other.trigger().start())));
  }
}
