// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.engine;

import org.parley.actors.ActorKnowledgeBase;
import org.parley.events.EventLexicon;
import org.parley.events.IssueTagger;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.negotiation.TalkWords;
import org.parley.places.Gazetteer;
import org.parley.quotes.NewsQuoteFinder;

/**
 * The knowledge Parley's stages read: the built-in files with a configuration's actor files, lexicon files and
 * knowledge folder ({@link UserKnowledge}) added, built once and handed to each stage, so that no stage reads a
 * user's file itself and two Parleys of one process may read different knowledge.
 *
 * @param speech the speech verbs, read by every stage
 * @param actors the actor dictionaries, with the sector cues and titles
 * @param quotes the quotes stage, with the speech verbs and the nouns that can say something
 */
public record Knowledge(SpeechVerbs speech, ActorKnowledgeBase actors, NewsQuoteFinder quotes, EventLexicon lexicon,
                        IssueTagger issues, Gazetteer gazetteer, TalkWords talkWords) {
  /**
   * Reads every knowledge file {@code config} names.
   *
   * @throws org.parley.knowledge.ConfigException naming the file, and the line of a malformed row
   */
  public static Knowledge read(ParleyConfig config) {
    UserKnowledge user = config.knowledge();
    SpeechVerbs speech = user.speechVerbs();
    ActorKnowledgeBase actors = ActorKnowledgeBase.load(config.actorFiles(), user.rows(KnowledgeFile.SECTORS),
        user.rows(KnowledgeFile.TITLES));
    return new Knowledge(speech, actors, new NewsQuoteFinder(speech, user),
        EventLexicon.load(config.lexiconFiles(), speech), IssueTagger.builtIn().with(user.rows(KnowledgeFile.ISSUES)),
        Gazetteer.bundled().with(user.rows(KnowledgeFile.GAZETTEER)),
        TalkWords.builtIn().with(user.rows(KnowledgeFile.TALK_WORDS)));
  }
}
