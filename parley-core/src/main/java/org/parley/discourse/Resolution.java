// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.discourse;

import java.util.Objects;

/**
 * One decision of the document pass, kept so an explanation can show why an event has the actor it has (or why it
 * was left out).
 *
 * @param event   the event's id as the sentence coder numbered it
 * @param role    {@code source}, {@code target} or {@code event} (a decision on the whole event)
 * @param rule    the short name of the rule that decided, e.g. {@code pronoun-person}, {@code description-in-focus}
 * @param actorId the actor chosen, or null when the rule removed one or the event
 * @param words   the words resolved ("he", "the police"), or null
 */
public record Resolution(String event, String role, String rule, String actorId, String words) {
  public Resolution {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return event + " " + role + " <- " + rule + (actorId == null ? "" : " " + actorId)
        + (words == null ? "" : " (\"" + words + "\")");
  }
}
