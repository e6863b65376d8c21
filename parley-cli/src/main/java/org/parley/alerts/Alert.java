// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One change worth telling.
 *
 * @param id      stable for the change (the same change found again has the same id): receivers deduplicate by it
 * @param rule    the rule that raised it, as written
 * @param kind    the rule's kind
 * @param summary the change in words
 * @param details what the store says about it (the board's change or round, the event, the corroboration group)
 */
public record Alert(String id, String rule, Rule.Kind kind, String summary, JsonNode details) {
  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
  }
}
