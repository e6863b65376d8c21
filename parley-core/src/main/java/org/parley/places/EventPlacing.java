// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.util.Optional;
import org.parley.nlp.Sentence;

/**
 * Finds where the event triggered at a token happened (not merely any place in the sentence) and geocodes
 * it with the bundled offline gazetteer.
 */
public interface EventPlacing {
  /**
   * @param sentence     the parsed sentence
   * @param triggerToken index of the event's predicate or noun
   * @param text         the article text the sentence's spans point into
   */
  Optional<Place> place(Sentence sentence, int triggerToken, String text);
}
