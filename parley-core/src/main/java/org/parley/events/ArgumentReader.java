// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import org.parley.actors.ActorLayer;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * A part of {@link EventArguments} that reads one sentence for it ({@link EventTargets}, {@link UnnamedTarget}), with
 * the sentence, its tokens, its actors and its parse at hand under short names.
 */
abstract class ArgumentReader {
  final EventArguments arguments;
  final Sentence s;
  final List<Token> tok;
  final ActorLayer actors;

  ArgumentReader(EventArguments arguments, Sentence s, ActorLayer actors) {
    this.arguments = arguments;
    this.s = s;
    this.tok = s.tokens();
    this.actors = actors;
  }

  /** The parse arc that ends at token {@code i}. */
  Dependency arc(int i) {
    return ParseReadings.arc(s, i);
  }
}
