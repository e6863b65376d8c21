// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.Objects;

/**
 * A Universal Dependencies arc between two tokens of one sentence.
 *
 * @param head      index of the governing token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  UD relation with subtype, e.g. {@code nsubj}, {@code obl:under}, {@code nmod:poss}
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
  }

  /** The relation without its subtype: {@code obl:under} gives {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
