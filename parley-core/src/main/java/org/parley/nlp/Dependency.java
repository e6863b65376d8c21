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

  /**
   * Whether this arc's relation is {@code relation} or a subtype of it: an {@code obl:tmod} arc is both
   * {@link UdRelation#OBL} and {@link UdRelation#OBL_TMOD}, an {@code obl} arc is not {@code OBL_TMOD}. For a
   * relation without subtype this is {@code baseRelation().equals(relation)}.
   */
  public boolean is(String relation) {
    return UdRelation.is(this.relation, relation);
  }

  /** The relation without its subtype: {@code obl:under} gives {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
