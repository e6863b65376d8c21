// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Objects;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Sentence;

/**
 * Resolves every actor mention of an article against the {@link ActorKnowledgeBase}, as of the article's
 * publication date:
 *
 * <ol>
 *   <li>names of the knowledge base (people, organisations, seats of power, states, capitals) by case-sensitive
 *       token matching; a capital after a locative preposition ("in Kyiv") is a place, not an actor;</li>
 *   <li>surnames of people already named or known ("Lavrov"), unknown person names found by NER;</li>
 *   <li>titles before a name ("Finnish Minister of Foreign Affairs Elina Valtonen") join the name's mention and
 *       code an unknown person;</li>
 *   <li>a state adjective or name with a sector noun ("Russian forces", "Ukrainian officials", "Russia's
 *       military", "the Russian side"), a sector noun alone ("police", "the Western media"), descriptions ("the
 *       minister", "the Russian president", "his Russian counterpart"); then a body of several states' forces led
 *       by one ("the Saudi-led coalition", {@link LedCoalitions});</li>
 *   <li>the homes of people and offices, then pronouns ("he", "its", "they") through a salience-ordered search of
 *       the sentence and the three before it; relatives ("the boy's father", {@link Relatives}) are read before the
 *       pronouns and again after them ("his father").</li>
 * </ol>
 *
 * <p>A state is one actor per (country, sector); a person is one actor with all their mentions. Stateless and
 * safe for concurrent use.
 */
public final class KnowledgeBaseResolver implements ActorResolver {
  private final ActorKnowledgeBase kb;
  private final SpeechVerbs speech;

  /** The resolver whose verbs of reporting news are the role {@code news} of {@code speech}. */
  public KnowledgeBaseResolver(ActorKnowledgeBase kb, SpeechVerbs speech) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.speech = Objects.requireNonNull(speech, "speech");
  }

  @Override
  public ActorLayer resolve(AnnotatedArticle article) {
    ArticleActors run = new ArticleActors(kb, article);
    for (Sentence s : article.sentences()) {
      resolve(new SentenceMentions(run, s));
    }
    return run.build();
  }

  /** The steps of one sentence, in this order: each reads what the steps before it found. */
  private void resolve(SentenceMentions m) {
    new KnownNames(m).names();
    new SurnamesAndUnknownNames(m).surnamesAndUnknownNames();
    new TitlesBeforeNames(m).titlesBeforeNames();
    new Descriptions(m).descriptions();
    new LedCoalitions(m).ledCoalitions();
    DomesticHomes domestic = new DomesticHomes(m, speech);
    domestic.peopleAbroad();
    PersonHomes persons = new PersonHomes(m);
    persons.personHomes();
    persons.officeHomes();
    domestic.domesticHomes();
    Relatives relatives = new Relatives(m);
    relatives.relatives();
    new PronounAntecedents(m).pronouns();
    relatives.relatives();
    m.run.drafts.addAll(m.here);
  }
}
