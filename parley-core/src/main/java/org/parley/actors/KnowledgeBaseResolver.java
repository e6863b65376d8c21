// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.EntityMention;
import org.parley.nlp.Sentence;

/** Resolves mentions against the {@link ActorKnowledgeBase}. */
public final class KnowledgeBaseResolver implements ActorResolver {
  private final ActorKnowledgeBase kb;

  public KnowledgeBaseResolver(ActorKnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public ActorLayer resolve(AnnotatedArticle article) {
    Map<String, List<ActorMention>> byName = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (EntityMention e : EntityMention.of(s)) {
        if (!e.type().equals("PERSON") && !e.type().equals("ORGANIZATION")) {
          continue;
        }
        String name = e.span().of(article.text());
        String id = ids.computeIfAbsent(name, n -> "act-" + (ids.size() + 1));
        ActorMention m = new ActorMention(e.span(), s.index(), e.firstToken(), e.lastToken(), id, MentionKind.NAME);
        mentions.add(m);
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(m);
      }
    }
    List<Actor> actors = new ArrayList<>();
    byName.forEach((name, ms) -> actors.add(new Actor(ids.get(name), name, null, null, null, null, null,
        ms.stream().map(ActorMention::span).sorted().toList())));
    return new ActorLayer(actors, mentions);
  }

  static List<Span> spans(List<ActorMention> ms) {
    return ms.stream().map(ActorMention::span).toList();
  }
}
