// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** Team-written sentences, hand-parsed in CoreNLP's UD style; the actor stage's mentions given by hand. */
class GovernmentOfNamedStateTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  /**
   * "Chile's government said talks would resume. The Peru government said the border must be reopened." Each
   * government speaks for the state that names it: the second is Peru, not a continuation of the first.
   */
  @Test
  void aGovernmentNounModifiedByAStateNameIsThatState() {
    ParsedArticle p = new ParsedArticle(DAY)
        .paragraph("Chile/NNP/LOCATION/2/nmod:poss 's/POS/0/case government/NN/3/nsubj said|say/VBD/-1/root "
            + "talks/NNS/6/nsubj would/MD/6/aux resume/VB/3/ccomp ./././3/punct")
        .paragraph("The/DT/2/det Peru/NNP/LOCATION/2/compound government/NN/3/nsubj said|say/VBD/-1/root "
            + "the/DT/5/det border/NN/8/nsubj:pass must/MD/8/aux be/VB/8/aux:pass reopened|reopen/VBN/3/ccomp "
            + "./././3/punct");
    AnnotatedArticle a = p.article();
    Span chile = a.sentences().get(0).tokens().get(0).span();
    Span peru = a.sentences().get(1).tokens().get(1).span();
    ActorLayer actors = new ActorLayer(
        List.of(new Actor("act-1", "Chile", "CHLGOV", "CHL", "GOV", null, null, List.of(chile)),
            new Actor("act-2", "Peru", "PERGOV", "PER", "GOV", null, null, List.of(peru))),
        List.of(new ActorMention(chile, 0, 0, 0, "act-1", MentionKind.NAME),
            new ActorMention(peru, 1, 1, 1, "act-2", MentionKind.NAME)));

    Quotes found = new NewsQuoteFinder().find(a, actors);

    assertThat(found.quotes()).extracting(Quote::speakerId).containsExactly("act-1", "act-2");
    assertThat(found.quotes().get(1).trace().toString()).contains(GovernmentOfNamedState.NAME);
  }
}
