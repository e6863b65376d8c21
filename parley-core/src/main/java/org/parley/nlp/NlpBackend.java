// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.List;
import java.util.Optional;

/**
 * A provider of annotators, found with {@link java.util.ServiceLoader} so that the core never links to an NLP
 * library. The CoreNLP adapter module is the default implementation.
 */
public interface NlpBackend {
  /** The name configuration uses to pick this backend, e.g. {@code corenlp}. */
  String name();

  /**
   * The annotators for {@code profile}, loading models on first use and sharing them afterwards.
   *
   * @throws IllegalArgumentException for a profile this backend does not know (the message lists the valid ones)
   */
  List<Annotator> annotators(String profile);

  /** The profiles {@link #annotators(String)} accepts. */
  List<String> profiles();

  /**
   * A PETRARCH-style reference pipeline (tokens, tags and a constituency parse) used only by benchmarks as
   * a baseline run in the same process.
   */
  Annotator baseline();

  /**
   * The library's own quotation attributor, used only as a peer in evaluation; empty when the backend has none.
   * Its models load on its first call, not here.
   */
  default Optional<PeerQuoteAttributor> peerQuoteAttributor() {
    return Optional.empty();
  }
}
