// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import org.parley.actors.ActorLayer;

/**
 * Rule {@value #NAME}: a speaker reporting that another party refuses or demands something accuses that party
 * of it ("Kyiv says Moscow is reluctant to negotiate because it wants surrender"); the reported event stays too.
 */
final class SpeakerAccusesOtherSide {
  static final String NAME = "speaker-accuses-other-side";

  private SpeakerAccusesOtherSide() {}

  /** The accusation the speaker of {@code ev} makes, or null. */
  static Event claim(Event ev, EventArguments arguments, ActorLayer actors) {
    String speaker = ev.attributedTo();
    boolean hostile = ev.type() == EventType.REJECT
        || ev.type() == EventType.REQUEST && ev.cameo() != null && ev.cameo().startsWith("10");
    if (speaker == null || ev.source() == null || speaker.equals(ev.source()) || !hostile
        || ev.polarity() != Polarity.POSITIVE) {
      return null;
    }
    if (!arguments.placed(speaker) || arguments.sameState(speaker, ev.source())
        || actors.actor(speaker).map(a -> a.country() == null).orElse(true)) {
      // an international body reporting a refusal monitors it; only a state's side accuses the other
      // "X rejected the request, a security official said": an unplaced or same-side source reports, not accuses
      return null;
    }
    return new Event("ev-0", EventType.ACCUSE, "allege", "112", Polarity.POSITIVE, Modality.ASSERTED, speaker,
        ev.source(), null, null, List.of(), ev.date(), ev.dateText(), null, ev.evidence(), ev.trigger(),
        Math.max(0.05, ev.confidence() - 0.2),
        ev.trace().then(NAME, "ACCUSE 112 " + speaker + " → " + ev.source()));
  }
}
