// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.KnowledgeBaseResolver;
import org.parley.actors.MentionKind;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.engine.Parley;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;

/**
 * Actor resolution over real NLP on the shared seed article: every mention of its people, states, forces, media
 * and armed group resolves to the right actor and code. Skips when the shared folder is absent.
 */
class ActorResolutionIT {
  private static AnnotatedArticle seed;
  private static ActorLayer layer;

  @BeforeAll
  static void resolveSeed() {
    Optional<Path> shared = SharedParley.seed();
    if (shared.isEmpty()) {
      return;
    }
    Parley parley = SharedParley.get();
    List<Article> articles = new ArrayList<>();
    parley.reader().read(shared.get().toString(), new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        parley.article(document, this).ifPresent(articles::add);
      }

      @Override
      public void problem(InputProblem problem) {
        throw new AssertionError(problem.line());
      }
    });
    seed = parley.annotate(articles.get(0));
    layer = new KnowledgeBaseResolver(ActorKnowledgeBase.load(List.of()), SpeechVerbs.builtIn()).resolve(seed);
  }

  private static void assumeSeed() {
    if (seed == null) {
      SharedParley.seedOrSkip("ActorResolutionIT");
    }
  }

  private static String text(ActorMention m) {
    return m.span().of(seed.text());
  }

  private static Actor actor(ActorMention m) {
    return layer.actor(m.actorId()).orElseThrow();
  }

  /** Every place the text holds {@code phrase} is covered by a mention of the actor named {@code name}. */
  private static void everyOccurrence(String phrase, String name, String code) {
    String t = seed.text();
    int found = 0;
    for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      int start = at;
      Optional<ActorMention> m = layer.mentions().stream()
          .filter(x -> x.span().start() <= start && start + phrase.length() <= x.span().end())
          .max((a, b) -> Integer.compare(a.span().length(), b.span().length()));
      assertThat(m).as("a mention covering '%s' at %d", phrase, at).isPresent();
      assertThat(actor(m.get()).name()).as("actor of '%s' at %d", phrase, at).isEqualTo(name);
      assertThat(actor(m.get()).code()).as("code of '%s' at %d", phrase, at).isEqualTo(code);
      found++;
    }
    assertThat(found).as("occurrences of '%s'", phrase).isPositive();
  }

  /** The pronoun mention {@code pronoun} in the sentence containing {@code context}. */
  private static Actor pronounIn(String context, String pronoun) {
    int at = seed.text().indexOf(context);
    assertThat(at).as("context '%s'", context).isNotNegative();
    int sentence = seed.sentenceAt(at).index();
    return layer.inSentence(sentence).stream()
        .filter(m -> m.kind() == MentionKind.PRONOUN && text(m).equals(pronoun))
        .findFirst().map(ActorResolutionIT::actor)
        .orElseThrow(() -> new AssertionError("no resolved '" + pronoun + "' in sentence of '" + context + "'"));
  }

  @Test
  void resolvesTheMinistersAndPresidentsWithTheirRoles() {
    assumeSeed();
    everyOccurrence("Kuleba", "Dmytro Kuleba", "UKRGOV");
    everyOccurrence("Lavrov", "Sergey Lavrov", "RUSGOV");
    everyOccurrence("Çavuşoğlu", "Mevlüt Çavuşoğlu", "TURGOV");
    everyOccurrence("Zelensky", "Volodymyr Zelensky", "UKRGOV");
    everyOccurrence("Putin", "Vladimir Putin", "RUSGOV");
    Actor lavrov = layer.actors().stream().filter(a -> a.name().equals("Sergey Lavrov")).findFirst().orElseThrow();
    assertThat(lavrov.role()).isEqualTo("Minister of Foreign Affairs");
    assertThat(lavrov.country()).isEqualTo("RUS");
    Actor zelensky = layer.actors().stream().filter(a -> a.name().equals("Volodymyr Zelensky")).findFirst()
        .orElseThrow();
    assertThat(zelensky.role()).isEqualTo("President");
  }

  @Test
  void resolvesCapitalsAndTheRussianSideToTheirStates() {
    assumeSeed();
    everyOccurrence("Kyiv", "Ukraine", "UKRGOV");
    everyOccurrence("Moscow", "Russia", "RUSGOV");
    everyOccurrence("the Russian side", "Russia", "RUSGOV");
    everyOccurrence("The Russian side", "Russia", "RUSGOV");
  }

  @Test
  void resolvesForcesMediaAndTheAzovBattalion() {
    assumeSeed();
    everyOccurrence("Russian forces", "Russian military", "RUSMIL");
    everyOccurrence("the Russian military", "Russian military", "RUSMIL");
    everyOccurrence("Western media", "Western media", null);
    Actor media = layer.actors().stream().filter(a -> a.name().equals("Western media")).findFirst().orElseThrow();
    assertThat(media.sector()).isEqualTo("MED");
    assertThat(media.country()).isNull();
    everyOccurrence("Azov battalion", "Azov Battalion", "UKRMIL");
  }

  @Test
  void resolvesHeInTheLavrovAndCavusogluSentences() {
    assumeSeed();
    assertThat(pronounIn("which he described as", "he").name()).isEqualTo("Sergey Lavrov");
    assertThat(pronounIn("he claimed, dismissing", "he").name()).isEqualTo("Sergey Lavrov");
    assertThat(pronounIn("He also expressed his support", "He").name()).isEqualTo("Mevlüt Çavuşoğlu");
    assertThat(pronounIn("He also expressed his support", "his").name()).isEqualTo("Mevlüt Çavuşoğlu");
    assertThat(pronounIn("Kuleba said he offered", "he").name()).isEqualTo("Dmytro Kuleba");
  }

  @Test
  void fullAnalysisCarriesTheCodedActors() {
    assumeSeed();
    Analysis a = SharedParley.get().analyze(seed.article());
    assertThat(a.actors()).extracting(Actor::code)
        .contains("UKRGOV", "RUSGOV", "TURGOV", "RUSMIL", "UKRMIL");
  }

  @Test
  void anActOrAThingIsNoActorButItsAdjectiveStillNamesWhoseActItIs() {
    String text = "The rebel command said on Monday it rejects the government offer of an amnesty.\n\n"
        + "Armed invasions from across the border killed dozens of villagers last year, officials said.\n\n"
        + "International sanctions have crippled the economy since the Russian invasion.\n";
    Article article = new Article("acts", null, null, null, null, text, "test");
    AnnotatedArticle a = SharedParley.get().annotate(article);
    ActorLayer actors = new KnowledgeBaseResolver(ActorKnowledgeBase.load(List.of()), SpeechVerbs.builtIn())
        .resolve(a);
    List<String> mentions = actors.mentions().stream().map(m -> m.span().of(text)).toList();
    assertThat(mentions).noneMatch(m -> m.contains("offer") || m.contains("invasion") || m.contains("sanction"));
    // "the government offer": the government's act; "the Russian invasion": Russia's forces'
    assertThat(mentions).contains("government", "Russian");
    assertThat(actors.traces()).filteredOn(t -> t.actorId() == null).extracting(t -> t.span().of(text))
        .contains("offer", "invasions", "sanctions", "invasion");
  }
}
