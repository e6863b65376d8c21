// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One alert rule.
 *
 * @param kind   what to watch
 * @param actors the actors it is about (codes or parts of names, any case); empty for any
 * @param text   the rule as written, named in each alert it raises
 */
public record Rule(Kind kind, List<String> actors, String text) {
  /** The kinds of rule, with the word that writes each in a rules file. */
  public enum Kind {
    /** A party's stance on an issue of a negotiation changed; actors: the track's parties (all of them). */
    STANCE_CHANGE("stance-change"),
    /** A round of talks newly reported, or one whose status (scheduled, held) or outcome changed. */
    ROUND("round"),
    /** An ASSAULT that happened (not denied, not only intended) with a watched actor as source or target. */
    ASSAULT("assault"),
    /** A report said not to have happened by another (a denial linked to an accusation). */
    CONTRADICTION("contradiction");

    final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static Kind of(String word) {
      for (Kind k : values()) {
        if (k.word.equals(word)) {
          return k;
        }
      }
      return null;
    }
  }

  public Rule {
    Objects.requireNonNull(kind, "kind");
    actors = actors.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether {@code names} (codes and names of the actors of a change) include every actor of the rule. */
  boolean coversAll(List<String> names) {
    return actors.stream().allMatch(a -> matchesAny(a, names));
  }

  /**
   * Whether {@code names} include any actor of the rule; a rule that names none ({@code *}) covers any named
   * actor, but not an act of nobody named ("the fighting broke out"), which says nothing a watch could act on.
   */
  boolean coversAny(List<String> names) {
    return actors.isEmpty() ? names.stream().anyMatch(Objects::nonNull)
        : actors.stream().anyMatch(a -> matchesAny(a, names));
  }

  private static boolean matchesAny(String actor, List<String> names) {
    for (String n : names) {
      if (n != null && (n.equalsIgnoreCase(actor) || n.toLowerCase(Locale.ROOT).contains(actor))) {
        return true;
      }
    }
    return false;
  }
}
