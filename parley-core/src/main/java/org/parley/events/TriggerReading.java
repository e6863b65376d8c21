// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.List;
import org.parley.events.EventLexicon.Entry;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * A reading built on one sentence's {@link TriggerSyntax} ({@link SceneSetting}, {@link ModalReading},
 * {@link NoDeedReported}, {@link Chain}, {@link Shaping}, {@link EventActors}): the parse, and its sentence, tokens,
 * lexicon entries and argument reader under the short names the readings' rules use.
 */
abstract class TriggerReading {
  final TriggerSyntax parse;
  final Sentence s;
  final List<Token> tok;
  final Entry[] lex;
  final EventArguments arguments;

  TriggerReading(TriggerSyntax parse) {
    this.parse = parse;
    this.s = parse.s;
    this.tok = parse.tok;
    this.lex = parse.lex;
    this.arguments = parse.arguments;
  }
}
