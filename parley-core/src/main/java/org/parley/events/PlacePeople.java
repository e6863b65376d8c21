// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorIds;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;

/**
 * The people of places that acts fall on when the article names no actor of the place's state other than the
 * one acting ("imposed a curfew in a town in the south", said of the state's own government): one actor per
 * state, code country + CVL, whose mentions are the place names.
 */
final class PlacePeople {
  private final ActorLayer base;
  private final Map<String, Actor> made = new java.util.LinkedHashMap<>();
  private final ActorIds ids;

  PlacePeople(ActorLayer base) {
    this.base = base;
    this.ids = base.freshIds();
  }

  /** The people of {@code country} at the place named at {@code span}: an actor of the layer, else a new one. */
  String at(String country, String placeName, Span span, String not) {
    for (Actor a : base.actors()) {
      if ((country + "CVL").equals(a.code()) && !a.id().equals(not)) {
        return a.id();
      }
    }
    Actor old = made.get(country);
    if (old == null) {
      Actor a = new Actor(ids.next(), "people of " + placeName, country + "CVL", country, "CVL", null, null,
          List.of(span));
      made.put(country, a);
      return a.id();
    }
    if (!old.mentions().contains(span)) {
      List<Span> spans = new ArrayList<>(old.mentions());
      spans.add(span);
      spans.sort(null);
      made.put(country, new Actor(old.id(), old.name(), old.code(), old.country(), old.sector(), null, null, spans));
    }
    return old.id();
  }

  /** The base layer with the people made for the events that kept them ({@code named}): no actor without an act. */
  ActorLayer layer(Set<String> named) {
    List<Actor> kept = made.values().stream().filter(a -> named.contains(a.id())).toList();
    if (kept.isEmpty()) {
      return base;
    }
    List<Actor> all = new ArrayList<>(base.actors());
    all.addAll(kept);
    return new ActorLayer(all, base.mentions());
  }
}
