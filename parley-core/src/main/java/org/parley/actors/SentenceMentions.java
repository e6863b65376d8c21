// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import org.parley.nlp.Sentence;

/**
 * What the steps of one sentence's resolution share: which of its tokens a mention already uses, the state
 * adjectives and names read in it, and the mentions found so far. Each step ({@link KnownNames},
 * {@link SurnamesAndUnknownNames}, ...) reads and adds to it in the order {@link KnowledgeBaseResolver} runs them.
 */
final class SentenceMentions {
  final ArticleActors run;
  final Sentence s;
  /** Tokens already part of a mention. */
  final boolean[] used;
  /** The alpha-3 code of the state whose adjective a token is, else null. */
  final String[] adjective;
  /** Tokens that name a state in the text: its name, capital, adjective or people. */
  final boolean[] named;
  /** The mentions of this sentence found so far. */
  final List<DraftMention> here = new ArrayList<>();
  /** Indexes in {@link #here} of mentions made from a people's name ("Albanians"). */
  final List<Integer> peoples = new ArrayList<>();
  /** While reading a title before a name: the name's first token, else -1. */
  int nameAfterTitle = -1;
  /** The rule by which the last {@link DescribedPerson#find} found its person, for the trace. */
  String described = "";
  final CueFinder cues;

  SentenceMentions(ArticleActors run, Sentence s) {
    this.run = run;
    this.s = s;
    int n = s.tokens().size();
    this.used = new boolean[n];
    this.adjective = new String[n];
    this.named = new boolean[n];
    this.cues = new CueFinder(this);
  }
}
