// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorIds;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.article.Span;

/**
 * What the quotes stage returns: the quotes, and the actor layer extended with speakers that only the
 * attribution revealed ("a senior official said") and the mentions that identify them.
 *
 * @param quotes      quotations in text order
 * @param actors      the actor layer with every speaker, those of reported speech included
 * @param eventActors the actor layer as the direct quotations left it, for the event coder: reported speech is
 *                    left to the coder's own reading, so the speakers only it revealed do not change the events
 */
public record Quotes(List<Quote> quotes, ActorLayer actors, ActorLayer eventActors) {
  public Quotes {
    quotes = List.copyOf(quotes);
    java.util.Objects.requireNonNull(actors, "actors");
    java.util.Objects.requireNonNull(eventActors, "eventActors");
  }

  public Quotes(List<Quote> quotes, ActorLayer actors) {
    this(quotes, actors, actors);
  }

  /**
   * The quotes with their speakers carried into {@code later}, the layer the later stages made from
   * {@link #eventActors()}: the speakers that only reported speech revealed are added (under a fresh id where a
   * later stage took theirs), and the phrases naming a known speaker join its mentions. Speaker ids are renamed to
   * match.
   */
  public Quotes carriedInto(ActorLayer later) {
    Set<String> before = new HashSet<>();
    eventActors.actors().forEach(a -> before.add(a.id()));
    Map<String, Actor> out = new LinkedHashMap<>();
    later.actors().forEach(a -> out.put(a.id(), a));
    ActorIds ids = later.freshIds();
    Map<String, String> renamed = new HashMap<>();
    List<ActorMention> mentions = new ArrayList<>(later.mentions());
    for (Actor a : actors.actors()) {
      if (before.contains(a.id())) {
        Actor kept = out.get(a.id());
        if (kept != null) {
          List<Span> spans = new ArrayList<>(kept.mentions());
          a.mentions().stream().filter(m -> !spans.contains(m)).forEach(spans::add);
          spans.sort(Span::compareTo);
          out.put(a.id(), new Actor(kept.id(), kept.name(), kept.code(), kept.country(), kept.sector(),
              kept.organization(), kept.role(), spans));
        }
        continue;
      }
      String id = out.containsKey(a.id()) ? ids.next() : a.id();
      ids.taken(id);
      renamed.put(a.id(), id);
      out.put(id, new Actor(id, a.name(), a.code(), a.country(), a.sector(), a.organization(), a.role(),
          a.mentions()));
    }
    for (ActorMention m : actors.mentions()) {
      String id = renamed.get(m.actorId());
      if (id != null) {
        mentions.add(new ActorMention(m.span(), m.sentence(), m.firstToken(), m.lastToken(), id, m.kind()));
      }
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    List<Quote> qs = quotes.stream().map(q -> renamed.containsKey(q.speakerId())
        ? q.withSpeaker(renamed.get(q.speakerId())) : q).toList();
    ActorLayer merged = new ActorLayer(new ArrayList<>(out.values()), mentions);
    return new Quotes(qs, merged, merged);
  }
}
