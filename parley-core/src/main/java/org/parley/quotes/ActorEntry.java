// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parley.actors.Actor;
import org.parley.article.Span;

/**
 * An actor as the quotes stage keeps it while it names speakers: the actor stage's fields, the mentions so far, and
 * for a descriptive actor this stage created its head noun and kind. Mutable because mentions are added as quotes
 * are read; {@link #actor()} gives the value the later stages see.
 */
final class ActorEntry {
  final String id;
  String name;
  final String code;
  final String country;
  final String sector;
  final String organization;
  final String role;
  final List<Span> mentions;
  final String headLemma; // for descriptive actors this stage created
  final String kind; // person | group | organisation | null when unknown

  ActorEntry(Actor a) {
    this(a.id(), a.name(), a.code(), a.country(), a.sector(), a.organization(), a.role(), a.mentions(), null,
        a.role() != null ? "person" : null);
  }

  ActorEntry(String id, String name, String code, String country, String sector, String organization, String role,
        List<Span> mentions, String headLemma, String kind) {
    this.id = id;
    this.name = name;
    this.code = code;
    this.country = country;
    this.sector = sector;
    this.organization = organization;
    this.role = role;
    this.mentions = new ArrayList<>(mentions);
    this.headLemma = headLemma;
    this.kind = kind;
  }

  Actor actor() {
    return new Actor(id, name, code, country, sector, organization, role, mentions.stream().sorted().toList());
  }
}
