// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.List;

/**
 * An NLP library's own quotation finder and speaker attributor, run beside Parley's as a peer
 * ({@code parley eval --set quotes --peer NAME}) so that the gap to an established open attributor is measured on
 * the same articles with the same scorer. Parley's pipeline never calls it.
 */
public interface PeerQuoteAttributor {
  /**
   * One quotation the peer found: its text (marks included), its character offsets, whom it names as speaker (the
   * mention in the text and the canonical name), and every mention of that speaker in the document (its coreference
   * chain, as Parley's actors carry all their mentions).
   */
  record AttributedQuote(String text, int begin, int end, String speaker, String canonicalSpeaker,
      List<String> speakerMentions) {
    public AttributedQuote {
      if (text == null || begin < 0 || end < begin) {
        throw new IllegalArgumentException("quote needs text and offsets 0 <= begin <= end, got " + begin + ".." + end);
      }
      speakerMentions = speakerMentions == null ? List.of() : List.copyOf(speakerMentions);
    }
  }

  /** The quotations of {@code text}, in text order. Loads the peer's models on first use; safe to call from threads. */
  List<AttributedQuote> quotes(String text);
}
