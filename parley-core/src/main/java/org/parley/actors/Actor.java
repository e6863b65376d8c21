// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.List;
import java.util.Objects;
import org.parley.article.Span;

/**
 * One distinct actor of an article, coded as of the article's date.
 *
 * @param id           id unique within the article, e.g. {@code act-3}
 * @param name         canonical name: "Sergey Lavrov", "Russia", "NATO", "Western media"
 * @param code         CAMEO-style code (country + sector, e.g. RUSGOV; IGO codes for organisations), or null
 * @param country      ISO 3166-1 alpha-3 of the state the actor belongs to or acts for, or null
 * @param sector       CAMEO sector (GOV, MIL, REB, MED, IGO, ...), or null
 * @param organization international or non-state organisation (NATO, UN, Azov ...), or null
 * @param role         office held on the article's date, or null
 * @param mentions     every span of the text that refers to the actor, in text order
 */
public record Actor(
    String id, String name, String code, String country, String sector, String organization, String role,
    List<Span> mentions) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }

  /** Whether this actor is a state or a state's institution rather than a person or organisation. */
  public boolean isCollective() {
    return role == null;
  }
}
