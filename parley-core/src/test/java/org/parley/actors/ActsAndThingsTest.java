// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

/** Rules act-or-thing-is-no-actor and adjective-names-whose-act, on hand-parsed sentences of our own. */
class ActsAndThingsTest {
  private static final KnowledgeBaseResolver RESOLVER =
      new KnowledgeBaseResolver(ActorKnowledgeBase.load(List.of()), SpeechVerbs.builtIn());
  private static final LocalDate DATE = LocalDate.of(2024, 6, 3);

  private static List<String> texts(AnnotatedArticle a, ActorLayer layer) {
    return layer.mentions().stream().map(m -> m.span().of(a.text())).toList();
  }

  private static Actor actorOf(AnnotatedArticle a, ActorLayer layer, String text) {
    ActorMention m = layer.mentions().stream().filter(x -> x.span().of(a.text()).equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + texts(a, layer)));
    return layer.actor(m.actorId()).orElseThrow();
  }

  /** The steps of the traces (with or without an actor) of the mention or token whose text is {@code text}. */
  private static List<String> steps(AnnotatedArticle a, ActorLayer layer, String text) {
    return layer.traces().stream().filter(t -> t.span().of(a.text()).equals(text))
        .flatMap(t -> t.steps().stream()).toList();
  }

  @Test
  void anOfferIsNoActorButTheGovernmentWhoseOfferItIsIs() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/1/det rebels|rebel/NNS/2/nsubj rejected|reject/VBD/-1/root the/DT/5/det government/NN/5/compound "
            + "offer/NN/2/obj of/IN/8/case an/DT/8/det amnesty/NN/5/nmod ././2/punct").article();
    ActorLayer layer = RESOLVER.resolve(a);
    assertThat(texts(a, layer)).doesNotContain("government offer", "the government offer", "offer");
    assertThat(steps(a, layer, "offer")).containsExactly(
        "act-or-thing-is-no-actor: 'government offer' names an act or a thing, not a party");
    assertThat(actorOf(a, layer, "government").sector()).isEqualTo("GOV");
    assertThat(steps(a, layer, "government")).containsExactly(
        "adjective-names-whose-act: 'government' GOV of 'offer'");
  }

  @Test
  void anActWithAnAdjectiveOfNoPartyNamesNoActorAtAll() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Armed|armed/JJ/1/amod invasions|invasion/NNS/2/nsubj killed|kill/VBD/-1/root dozens|dozen/NNS/2/obj "
            + "of/IN/5/case villagers|villager/NNS/3/nmod ././2/punct",
        "International|international/JJ/1/amod sanctions|sanction/NNS/2/nsubj hurt/VBD/-1/root the/DT/4/det "
            + "Western/JJ/5/amod plan/NN/2/obj ././2/punct").article();
    ActorLayer layer = RESOLVER.resolve(a);
    assertThat(texts(a, layer)).containsExactly("villagers");
    assertThat(steps(a, layer, "invasions")).singleElement().asString().startsWith("act-or-thing-is-no-actor");
    assertThat(steps(a, layer, "sanctions")).singleElement().asString().startsWith("act-or-thing-is-no-actor");
    // "plan" is no event noun; it is a thing noun of resolver-words.tsv
    assertThat(steps(a, layer, "plan")).singleElement().asString().startsWith("act-or-thing-is-no-actor");
  }

  @Test
  void theRebelsOfARebelAttackAreTheRebelsNamedElsewhere() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "A/DT/2/det rebel/NN/2/compound attack/NN/3/nsubj killed|kill/VBD/-1/root four/CD/5/nummod "
            + "soldiers|soldier/NNS/3/obj ././3/punct",
        "The/DT/1/det rebels|rebel/NNS/2/nsubj denied|deny/VBD/-1/root it/PRP/2/obj ././2/punct").article();
    ActorLayer layer = RESOLVER.resolve(a);
    Actor rebels = actorOf(a, layer, "rebel");
    assertThat(rebels.sector()).isEqualTo("REB");
    assertThat(actorOf(a, layer, "rebels")).isEqualTo(rebels);
  }

  @Test
  void aStateStillOwnsItsActAndAPartyCueOfTheLexiconStaysAParty() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "They/PRP/1/nsubj protested|protest/VBD/-1/root the/DT/4/det Israeli/JJ/4/amod occupation/NN/1/obj "
            + "././1/punct",
        "Foreign|foreign/JJ/1/amod drones|drone/NNS/2/nsubj hit/VBD/-1/root the/DT/4/det port/NN/2/obj "
            + "././2/punct").article();
    ActorLayer layer = RESOLVER.resolve(a);
    // the occupation is no actor; the adjective alone names whose act it is
    assertThat(actorOf(a, layer, "Israeli").code()).isEqualTo("ISRMIL");
    assertThat(steps(a, layer, "Israeli")).containsExactly("adjective-names-whose-act: ISR 'occupation' MIL");
    assertThat(texts(a, layer)).doesNotContain("the Israeli occupation", "Israeli occupation");
    // "drone" is an event noun of the lexicon, but also the military's own cue: a party
    assertThat(actorOf(a, layer, "Foreign drones").sector()).isEqualTo("MIL");
  }
}
