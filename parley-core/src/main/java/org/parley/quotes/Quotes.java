// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.List;
import org.parley.actors.ActorLayer;

/**
 * What the quotes stage returns: the quotes, and the actor layer extended with speakers that only the
 * attribution revealed ("a senior official said") and the mentions that identify them.
 *
 * @param quotes quotations in text order
 * @param actors the actor layer the later stages use
 */
public record Quotes(List<Quote> quotes, ActorLayer actors) {
  public Quotes {
    quotes = List.copyOf(quotes);
    java.util.Objects.requireNonNull(actors, "actors");
  }
}
