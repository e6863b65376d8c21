// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.time;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.nlp.Sentence;

/**
 * Finds when the event triggered at a token happened: the time expression governing or near the trigger
 * ("on Thursday", "earlier this week", "last month", "since then"), normalised against the publication date.
 */
public interface EventDating {
  /**
   * @param sentence     the parsed sentence
   * @param triggerToken index of the event's predicate or noun
   * @param text         the article text the sentence's spans point into
   * @param published    publication date, or null (then only absolute dates resolve)
   */
  Optional<EventDate> date(Sentence sentence, int triggerToken, String text, LocalDate published);
}
