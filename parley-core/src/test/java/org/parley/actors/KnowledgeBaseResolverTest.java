// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;

class KnowledgeBaseResolverTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private static final KnowledgeBaseResolver RESOLVER = new KnowledgeBaseResolver(KB, SpeechVerbs.builtIn());
  private static final LocalDate DATE = LocalDate.of(2023, 5, 2);

  private static ActorLayer resolve(AnnotatedArticle a) {
    return RESOLVER.resolve(a);
  }

  /** The actor of the mention whose text is exactly {@code text} (the first such). */
  private static Actor actorOf(AnnotatedArticle a, ActorLayer layer, String text) {
    for (ActorMention m : layer.mentions()) {
      if (m.span().of(a.text()).equals(text)) {
        return layer.actor(m.actorId()).orElseThrow();
      }
    }
    throw new AssertionError("no mention '" + text + "' in " + layer.mentions().stream()
        .map(m -> m.span().of(a.text())).toList());
  }

  private static Optional<ActorMention> mention(AnnotatedArticle a, ActorLayer layer, String text) {
    return layer.mentions().stream().filter(m -> m.span().of(a.text()).equals(text)).findFirst();
  }

  @Test
  void codesStateAdjectiveWithForcesAsThatStatesMilitary() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Russian/JJ forces|force/NNS shelled/VBD the/DT port/NN overnight/RB ./.").article();
    Actor x = actorOf(a, resolve(a), "Russian forces");
    assertThat(x.code()).isEqualTo("RUSMIL");
    assertThat(x.name()).isEqualTo("Russian military");
    assertThat(x.country()).isEqualTo("RUS");
    assertThat(x.sector()).isEqualTo("MIL");
  }

  @Test
  void mergesStateNameCapitalOfficialsAndSideIntoOneGovernmentActor() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Ukraine/NNP/LOCATION said/VBD Kyiv/NNP would/MD not/RB yield/VB ./.",
        "Ukrainian/JJ officials|official/NNS met/VBD the/DT Polish/JJ side/NN ./.").article();
    ActorLayer layer = resolve(a);
    Actor ukraine = actorOf(a, layer, "Ukraine");
    assertThat(ukraine.code()).isEqualTo("UKRGOV");
    assertThat(actorOf(a, layer, "Kyiv")).isEqualTo(ukraine);
    assertThat(actorOf(a, layer, "Ukrainian officials")).isEqualTo(ukraine);
    assertThat(ukraine.mentions()).hasSize(3);
    assertThat(actorOf(a, layer, "the Polish side").code()).isEqualTo("POLGOV");
    assertThat(mention(a, layer, "Kyiv").orElseThrow().kind()).isEqualTo(MentionKind.METONYM);
  }

  @Test
  void readsSeatsOfPowerAsTheirGovernments() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT Kremlin/NNP rejected/VBD a/DT proposal/NN from/IN the/DT Pentagon/NNP ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "The Kremlin").code()).isEqualTo("RUSGOV");
    assertThat(actorOf(a, layer, "the Pentagon").code()).isEqualTo("USAMIL");
  }

  @Test
  void givesGroupsWithoutStateASectorOnly() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "He/PRP/1/nsubj blamed/VBD the/DT Western/JJ media/NNS for/IN the/DT reports|report/NNS ./.").article();
    Actor media = actorOf(a, resolve(a), "Western media");
    assertThat(media.sector()).isEqualTo("MED");
    assertThat(media.country()).isNull();
    assertThat(media.code()).isNull();
  }

  @Test
  void codesUnknownPersonFromTitleBeforeTheName() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Nigerian/JJ Foreign/NNP Minister/NNP Adaeze/NNP/PERSON Okonkwo-Bello/NNP/PERSON arrived/VBD ./.").article();
    ActorLayer layer = resolve(a);
    Actor p = actorOf(a, layer, "Nigerian Foreign Minister Adaeze Okonkwo-Bello");
    assertThat(p.name()).isEqualTo("Adaeze Okonkwo-Bello");
    assertThat(p.code()).isEqualTo("NGAGOV");
    assertThat(p.role()).isEqualTo("Minister of Foreign Affairs");
    assertThat(layer.actors()).hasSize(1);
  }

  @Test
  void aCountedOrSingleDemonymNamesThatStatesPeopleButNotWhenItModifiesANoun() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Chad/NNP expelled/VBD three/CD Sudanese/NNPS and/CC a/DT Libyan/NN ./.",
        "A/DT Libyan/JJ diplomat/NN left/VBD ./.").article();
    ActorLayer layer = resolve(a);
    Actor sudanese = actorOf(a, layer, "Sudanese");
    assertThat(sudanese.code()).isEqualTo("SDNCVL");
    Actor libyan = actorOf(a, layer, "Libyan");
    assertThat(libyan.code()).isEqualTo("LBYCVL");
    // "a Libyan diplomat": the adjective only says whose the diplomat is
    assertThat(layer.mentions()).noneSatisfy(m -> {
      assertThat(m.sentence()).isEqualTo(1);
      assertThat(layer.actor(m.actorId()).orElseThrow().sector()).isEqualTo("CVL");
    });
  }

  @Test
  void codesAHeadOfStateByTheStateBeforeTheTitle() {
    // a title of several lower-case words between the nationality and the name
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Malian/JJ head/NN of/IN state/NN Ousmane/NNP/PERSON Diarra-Keita/NNP/PERSON signed/VBD the/DT decree/NN ./.")
        .article();
    Actor p = actorOf(a, resolve(a), "Malian head of state Ousmane Diarra-Keita");
    assertThat(p.name()).isEqualTo("Ousmane Diarra-Keita");
    assertThat(p.code()).isEqualTo("MLIGOV");
    assertThat(p.role()).isEqualTo("Head of State");
  }

  @Test
  void resolvesPronounToSubjectOfPreviousSentenceAndSurnameToTheSamePerson() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/3/compound Wafula/NNP/PERSON/4/nsubj met/VBD/-1/root "
            + "rebels|rebel/NNS/4/obj ./.",
        "He/PRP/1/nsubj said/VBD/-1/root Wafula/NNP/PERSON/3/nsubj would/MD return/VB ./.").article();
    ActorLayer layer = resolve(a);
    Actor p = actorOf(a, layer, "Kenyan envoy Otieno Wafula");
    assertThat(p.code()).isEqualTo("KENGOV");
    ActorMention he = mention(a, layer, "He").orElseThrow();
    assertThat(he.kind()).isEqualTo(MentionKind.PRONOUN);
    assertThat(he.actorId()).isEqualTo(p.id());
    assertThat(actorOf(a, layer, "Wafula")).isEqualTo(p);
    assertThat(actorOf(a, layer, "rebels").sector()).isEqualTo("REB");
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnClause() {
    // "Odhiambo met Wafula. Wafula used a car to drive him home.": him is Odhiambo, never Wafula who drives
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Odhiambo/NNP/PERSON/1/nsubj met|meet/VBD/-1/root Wafula/NNP/PERSON/1/obj ././1/punct",
        "Wafula/NNP/PERSON/1/nsubj used|use/VBD/-1/root a/DT/3/det car/NN/1/obj to/TO/5/mark drive/VB/1/xcomp "
            + "him|he/PRP/5/obj home/RB/5/advmod ././1/punct").article();
    ActorLayer layer = resolve(a);
    assertThat(mention(a, layer, "him")).hasValueSatisfying(m ->
        assertThat(m.actorId()).isEqualTo(actorOf(a, layer, "Odhiambo").id()));
  }

  @Test
  void aReflexiveIsTheSubjectOfItsOwnClause() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Odhiambo/NNP/PERSON/1/nsubj met|meet/VBD/-1/root Wafula/NNP/PERSON/1/obj ././1/punct",
        "Wafula/NNP/PERSON/1/nsubj defended|defend/VBD/-1/root himself|he/PRP/1/obj ././1/punct").article();
    ActorLayer layer = resolve(a);
    assertThat(mention(a, layer, "himself")).hasValueSatisfying(m ->
        assertThat(m.actorId()).isEqualTo(actorOf(a, layer, "Wafula").id()));
  }

  @Test
  void resolvesPronounToEarlierSubjectInTheSameSentenceBeforeOtherPeople() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Wafula/NNP/PERSON/1/nsubj told/VBD/-1/root Odhiambo/NNP/PERSON/1/obj that/IN he/PRP/5/nsubj would/MD "
            + "leave/VB ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "he")).isEqualTo(actorOf(a, layer, "Wafula"));
  }

  @Test
  void aPronounUnderASubjectThatNamesSomeoneUnknownIsNotTakenFromAnEarlierSentence() {
    // "The rebel commander said his men were ready": not the envoy of the sentence before
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/3/compound Wafula/NNP/PERSON/4/nsubj met/VBD/-1/root "
            + "rebels|rebel/NNS/4/obj ./.",
        "The/DT rebel/NN/2/compound commander/NN/3/nsubj said/VBD/-1/root his/PRP$/5/nmod:poss men/NNS/7/nsubj "
            + "were/VBD/7/cop ready/JJ/3/ccomp ./.").article();
    assertThat(mention(a, resolve(a), "his")).isEmpty();
  }

  @Test
  void theOwnerOfTheirInACoordinationIsTheConjunctBeforeItNotTheState() {
    // "Chad praised the rescuers and their families": the rescuers' families, no party; not Chad's
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Chad/NNP/LOCATION/1/nsubj praised|praise/VBD/-1/root the/DT/3/det rescuers|rescuer/NNS/1/obj and/CC/6/cc "
            + "their/PRP$/6/nmod:poss families|family/NNS/3/conj ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(mention(a, layer, "their")).isEmpty();
    assertThat(layer.traces()).anySatisfy(t -> assertThat(t.steps()).anyMatch(
        step -> step.startsWith(OwnerIsTheConjunctBefore.NAME)));
  }

  @Test
  void theOwnerOfItsInACoordinationIsTheActorBeforeIt() {
    // "The army and its allies attacked the rebels"
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/1/det army/NN/5/nsubj and/CC/4/cc its/PRP$/4/nmod:poss allies|ally/NNS/1/conj "
            + "attacked|attack/VBD/-1/root the/DT/7/det rebels|rebel/NNS/5/obj ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "its")).isEqualTo(actorOf(a, layer, "army"));
  }

  @Test
  void aRelativeOfANamedPersonIsAPersonOfTheirOwnFromThatPersonsCountry() {
    // "Kenyan envoy Otieno Wafula met rebels. Wafula's brother criticised the talks."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/3/compound Wafula/NNP/PERSON/4/nsubj met/VBD/-1/root "
            + "rebels|rebel/NNS/4/obj ./.",
        "Wafula/NNP/PERSON/2/nmod:poss 's/POS/0/case brother/NN/3/nsubj criticised|criticise/VBD/-1/root "
            + "the/DT/5/det talks|talk/NNS/3/obj ./.").article();
    ActorLayer layer = resolve(a);
    Actor brother = actorOf(a, layer, "brother");
    assertThat(brother).isNotEqualTo(actorOf(a, layer, "Kenyan envoy Otieno Wafula"));
    assertThat(brother.country()).isEqualTo("KEN");
    assertThat(brother.name()).isEqualTo("brother of Otieno Wafula");
  }

  @Test
  void aFullNameWithAnotherGivenNameIsAnotherPersonOfThatSurname() {
    // "Otieno Wafula met rebels. Juma Wafula criticised the talks. J. Wafula left."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Otieno/NNP/PERSON/1/compound Wafula/NNP/PERSON/2/nsubj met/VBD/-1/root rebels|rebel/NNS/2/obj ./.",
        "Juma/NNP/PERSON/1/compound Wafula/NNP/PERSON/2/nsubj criticised|criticise/VBD/-1/root "
            + "the/DT/4/det talks|talk/NNS/2/obj ./.",
        "O./NNP/PERSON/1/compound Wafula/NNP/PERSON/2/nsubj left|leave/VBD/-1/root ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Juma Wafula")).isNotEqualTo(actorOf(a, layer, "Otieno Wafula"));
    assertThat(actorOf(a, layer, "O. Wafula")).isEqualTo(actorOf(a, layer, "Otieno Wafula"));
  }

  @Test
  void sheAfterTheMotherOfAPersonIsTheMother() {
    // "The mother of Otieno Wafula said she was afraid."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/1/det mother/NN/5/nsubj of/IN/4/case Otieno/NNP/PERSON/4/compound Wafula/NNP/PERSON/1/nmod "
            + "said|say/VBD/-1/root she/PRP/8/nsubj was|be/VBD/8/cop afraid/JJ/5/ccomp ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "she")).isEqualTo(actorOf(a, layer, "mother"));
    assertThat(actorOf(a, layer, "mother").name()).isEqualTo("mother of Otieno Wafula");
  }

  @Test
  void theyAfterAPersonsRelativesIsTheRelatives() {
    // "Otieno Wafula's relatives said they would appeal."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Otieno/NNP/PERSON/1/compound Wafula/NNP/PERSON/3/nmod:poss 's/POS/1/case relatives|relative/NNS/4/nsubj "
            + "said|say/VBD/-1/root they/PRP/7/nsubj would/MD/7/aux appeal/VB/4/ccomp ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "they")).isEqualTo(actorOf(a, layer, "relatives"));
  }

  @Test
  void aNamedBodyWithAStatesAdjectiveIsABodyOfThatState() {
    // "The Kenyan Human Rights Association criticised the raid."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/4/det Kenyan/JJ/ORGANIZATION/4/amod Human/NNP/ORGANIZATION/3/compound "
            + "Rights/NNPS/ORGANIZATION/4/compound Association/NNP/ORGANIZATION/5/nsubj "
            + "criticised|criticise/VBD/-1/root the/DT/7/det raid/NN/5/obj ./.").article();
    ActorLayer layer = resolve(a);
    Actor body = actorOf(a, layer, "Kenyan Human Rights Association");
    assertThat(body.country()).isEqualTo("KEN");
    assertThat(body.sector()).isNull();
  }

  @Test
  void aNamedBodyWithTwoStatesAdjectivesIsOfNeither() {
    // "backed by the Cuban American Unity Foundation", the tagger leaving "Cuban" out of the name
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Exiles|exile/NNS/2/nsubj:pass were|be/VBD/2/aux:pass backed|back/VBN/-1/root by/IN/8/case the/DT/8/det "
            + "Cuban/JJ/8/amod American/NNP/ORGANIZATION/8/compound Unity/NNP/ORGANIZATION/8/compound "
            + "Foundation/NNP/ORGANIZATION/2/obl ./.").article();
    ActorLayer layer = resolve(a);
    Actor body = actorOf(a, layer, "Cuban American Unity Foundation");
    assertThat(body.country()).isNull();
    assertThat(layer.mentions()).noneMatch(m -> m.span().of(a.text()).equals("Cuban"));
  }

  @Test
  void aCoalitionLedByAStateIsThatStatesMilitary() {
    // "The Kenyan-led coalition shelled the town. The ruling coalition met."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/4/det Kenyan/JJ/3/dep -/HYPH/3/punct led|lead/VBN/4/amod coalition/NN/5/nsubj "
            + "shelled|shell/VBD/-1/root the/DT/7/det town/NN/5/obj ./.",
        "The/DT/2/det ruling|rule/VBG/2/amod coalition/NN/3/nsubj met|meet/VBD/-1/root ./.").article();
    ActorLayer layer = resolve(a);
    Actor coalition = actorOf(a, layer, "coalition");
    assertThat(coalition.country()).isEqualTo("KEN");
    assertThat(coalition.sector()).isEqualTo("MIL");
    assertThat(layer.mentions().stream().filter(m -> m.span().of(a.text()).equals("coalition"))).hasSize(1);
  }

  @Test
  void theArmyAfterTwoStatesForcesIsTheSubjectsSide() {
    // "Kenyan forces shot down Somali drones, the army said."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ/1/amod forces|force/NNS/2/nsubj shot|shoot/VBD/-1/root down/RP/2/compound:prt "
            + "Somali/JJ/5/amod drones|drone/NNS/2/obj ,/,/9/punct the/DT/8/det army/NN/9/nsubj "
            + "said|say/VBD/2/parataxis ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "the army")).isEqualTo(actorOf(a, layer, "Kenyan forces"));
  }

  @Test
  void aRelativeNamedInAppositionIsLeftToTheNameSteps() {
    // "Wafula's brother, Juma Wafula, met rebels."
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Otieno/NNP/PERSON/1/compound Wafula/NNP/PERSON/3/nmod:poss 's/POS/1/case brother/NN/8/nsubj ,/, "
            + "Juma/NNP/PERSON/6/compound Wafula/NNP/PERSON/3/appos ,/, met/VBD/-1/root rebels|rebel/NNS/8/obj ./.")
        .article();
    ActorLayer layer = resolve(a);
    assertThat(layer.mentions()).noneMatch(m -> m.span().of(a.text()).equals("brother"));
  }

  @Test
  void aPronounUnderASubjectThatNamesNoOneStillLooksBack() {
    // "The statement said he would return": the envoy of the sentence before
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/3/compound Wafula/NNP/PERSON/4/nsubj met/VBD/-1/root "
            + "rebels|rebel/NNS/4/obj ./.",
        "The/DT statement/NN/2/nsubj said/VBD/-1/root he/PRP/5/nsubj would/MD/5/aux return/VB/2/ccomp ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "he")).isEqualTo(actorOf(a, layer, "Kenyan envoy Otieno Wafula"));
  }

  @Test
  void aBareTitleIsThePersonTheTextGaveThatTitleBeforeAnotherHolderOfTheOffice() {
    // "the president", after "President Clinton" and then a mention of another state's president
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(1998, 2, 13)).paragraph(
        "President/NNP/1/compound Clinton/NNP/PERSON/2/nsubj met/VBD/-1/root allies|allie/NNS/2/obj ./.",
        "Saddam/NNP/PERSON/1/compound Hussein/NNP/PERSON/2/nsubj rejected/VBD/-1/root the/DT plan/NN/2/obj ./.",
        "The/DT president/NN/2/nsubj said/VBD/-1/root talks|talk/NNS/5/nsubj would/MD continue/VB/2/ccomp ./.")
        .article();
    ActorLayer layer = resolve(a);
    Actor president = layer.mentions().stream()
        .filter(m -> m.span().of(a.text()).toLowerCase(java.util.Locale.ROOT).endsWith("president"))
        .map(m -> layer.actor(m.actorId()).orElseThrow())
        .findFirst().orElseThrow();
    assertThat(president.name()).isEqualTo("Bill Clinton");
  }

  @Test
  void leavesPronounUnresolvedWithoutAPersonBeforeIt() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "He/PRP/1/nsubj left/VBD/-1/root Kyiv/NNP/1/obj ./.").article();
    assertThat(mention(a, resolve(a), "He")).isEmpty();
  }

  @Test
  void resolvesItToTheStateSubjectBeforeIt() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT Russian/JJ side/NN/4/nsubj said/VBD/-1/root it/PRP/6/nsubj was/VBD open/JJ to/IN talks|talk/NNS ./.")
        .article();
    ActorLayer layer = resolve(a);
    // token indices: The0 Russian1 side2 said3 it4 — the arcs above are only for relations, heads are approximate
    assertThat(actorOf(a, layer, "it")).isEqualTo(actorOf(a, layer, "The Russian side"));
    assertThat(actorOf(a, layer, "it").code()).isEqualTo("RUSGOV");
  }

  @Test
  void findsOfficeHolderForTitleWithoutName() {
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2015, 6, 1)).paragraph(
        "The/DT Russian/JJ president/NN warned/VBD Kyiv/NNP ./.").article();
    Actor x = actorOf(a, resolve(a), "Russian president");
    assertThat(x.name()).isEqualTo("Vladimir Putin");
    assertThat(x.role()).isEqualTo("President");
  }

  @Test
  void counterpartTakesTheEarlierPersonOfThatState() {
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2012, 3, 1)).paragraph(
        "Hillary/NNP/PERSON Clinton/NNP/PERSON/2/nsubj called/VBD/-1/root Sergei/NNP/PERSON Lavrov/NNP/PERSON/2/obj "
            + "./.",
        "She/PRP/1/nsubj urged/VBD/-1/root her/PRP$ Russian/JJ counterpart/NN to/TO act/VB ./.").article();
    ActorLayer layer = resolve(a);
    Actor lavrov = actorOf(a, layer, "Sergei Lavrov");
    assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
    assertThat(actorOf(a, layer, "Russian counterpart")).isEqualTo(lavrov);
    assertThat(actorOf(a, layer, "She").name()).isEqualTo("Hillary Clinton");
    assertThat(actorOf(a, layer, "her").name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void codesAnUnnamedGeneralAsHisStatesMilitary() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "A/DT Russian/JJ general/NN was/VBD killed/VBN ./.").article();
    assertThat(actorOf(a, resolve(a), "Russian general").code()).isEqualTo("RUSMIL");
  }

  @Test
  void codesPersonByTheOfficeHeldOnTheArticleDate() {
    String[] s = {"Mike/NNP/PERSON Pompeo/NNP/PERSON/2/nsubj spoke/VBD/-1/root ./."};
    AnnotatedArticle inOffice = new ParsedArticle(LocalDate.of(2019, 3, 1)).paragraph(s).article();
    AnnotatedArticle after = new ParsedArticle(LocalDate.of(2022, 3, 1)).paragraph(s).article();
    Actor then = actorOf(inOffice, resolve(inOffice), "Mike Pompeo");
    Actor later = actorOf(after, resolve(after), "Mike Pompeo");
    assertThat(then.code()).isEqualTo("USAGOV");
    assertThat(then.role()).isEqualTo("Secretary of State");
    assertThat(later.code()).isEqualTo("USAELI");
    assertThat(later.role()).isEqualTo("former Secretary of State");
  }

  @Test
  void capitalAsPartOfGeographyIsNoActor() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Fighting/NN raged/VBD north/RB of/IN Kyiv/NNP ./.").article();
    assertThat(resolve(a).mentions()).isEmpty();
  }

  @Test
  void stateNameInsideAPersonsNameIsNoState() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Jordan/NNP/PERSON Henderson/NNP/PERSON/2/nsubj visited/VBD/-1/root Jordan/NNP/LOCATION/2/obj ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::name).containsExactlyInAnyOrder("Jordan Henderson", "Jordan");
    assertThat(actorOf(a, layer, "Jordan Henderson").code()).isNull();
  }

  @Test
  void namesOrganisationsAndArmedGroupsWithTheirCodes() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "NATO/NNP/ORGANIZATION said/VBD Hezbollah/NNP fighters|fighter/NNS fired/VBD at/IN UN/NNP "
            + "peacekeepers|peacekeeper/NNS ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "NATO").code()).isEqualTo("IGONAT");
    Actor h = actorOf(a, layer, "Hezbollah fighters");
    assertThat(h.code()).isEqualTo("LBNREB");
    assertThat(h.organization()).isEqualTo("Hezbollah");
    assertThat(actorOf(a, layer, "UN peacekeepers").organization()).isEqualTo("UN peacekeepers");
  }

  @Test
  void splitsCoordinatedStateAdjectives() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Hungarian/JJ and/CC Romanian/JJ officials|official/NNS agreed/VBD ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::code).containsExactlyInAnyOrder("HUNGOV", "ROUGOV");
  }

  @Test
  void givesIdsInOrderOfFirstMention() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Egypt/NNP/LOCATION hosted/VBD Qatari/JJ mediators|mediator/NNS ./.", "Egypt/NNP/LOCATION said/VBD ./.")
        .article();
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::id).containsExactly("act-1", "act-2");
    assertThat(layer.actors().get(0).name()).isEqualTo("Egypt");
    assertThat(layer.actors().get(0).mentions()).hasSize(2);
    assertThat(layer.mentionAt(0, 0)).map(ActorMention::actorId).contains("act-1");
  }

  @Test
  void definiteSectorNounTakesTheStateOfThatSectorNamedBefore() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Sudan/NNP/LOCATION 's/POS army/NN rejected/VBD the/DT plan/NN ./.",
        "The/DT army/NN said/VBD civilians|civilian/NNS fled/VBD ./.").article();
    ActorLayer layer = resolve(a);
    Actor army = actorOf(a, layer, "The army");
    assertThat(army.code()).isEqualTo("SDNMIL");
    assertThat(actorOf(a, layer, "Sudan 's army")).isEqualTo(army);
    assertThat(actorOf(a, layer, "civilians").country()).isNull();
  }

  @Test
  void surnameFollowedByAnotherNameIsNotThatPerson() {
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2023, 12, 1)).paragraph(
        "Shelling/NN hit/VBD Khan/NNP Younis/NNP/LOCATION overnight/RB ./.").article();
    assertThat(resolve(a).actors()).extracting(Actor::name).doesNotContain("Karim Khan");
  }

  @Test
  void reportsTheHigherOfTwoOfficesHeldAtOnce() {
    assertThat(KB.on("Mohammed bin Abdulrahman Al Thani", LocalDate.of(2024, 1, 30)).orElseThrow().role())
        .isEqualTo("Prime Minister");
  }

  @Test
  void codesUnknownPersonFromTitleTheParserAttachesToTheName() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Zambian/JJ/2/amod Defence/NNP/2/compound Secretary/NNP/4/compound Mwila/NNP/PERSON/4/compound "
            + "Banda/NNP/PERSON/5/nsubj arrived/VBD/-1/root ./.").article();
    Actor banda = actorOf(a, resolve(a), "Zambian Defence Secretary Mwila Banda");
    assertThat(banda.code()).isEqualTo("ZMBGOV");
    assertThat(banda.role()).isEqualTo("Minister of Defence");
  }

  @Test
  void givesSectorNounTheStateItIsPlacedIn() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Police/NNS/3/nsubj in/IN/2/case Zambia/NNP/LOCATION/0/nmod arrested/VBD/-1/root dozens|dozen/NNS/3/obj "
            + "of/IN/6/case students|student/NNS/4/nmod ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "Zambia").code()).isEqualTo("ZMBGOV");
    // the only state the sentence names is where the students are too
    assertThat(actorOf(a, layer, "students").code()).isEqualTo("ZMBEDU");
  }

  @Test
  void givesGroupsAndUnknownPeopleTheOnlyStateTheSentenceIsSetIn() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Police/NNS/1/nsubj detained/VBD/-1/root opposition/NN/3/compound candidate/NN/5/compound "
            + "Mwila/NNP/PERSON/5/compound Banda/NNP/PERSON/1/obj and/CC/7/cc protesters|protester/NNS/5/conj "
            + "in/IN/9/case Lusaka/NNP/LOCATION/1/obl ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "protesters").code()).isEqualTo("ZMBCVL");
    assertThat(actorOf(a, layer, "Mwila Banda").country()).isEqualTo("ZMB");
  }

  @Test
  void leavesGroupsUnplacedWhenTheOnlyStateNamedIsTheOneTheyAttack() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Rebels|rebel/NNS/1/nsubj attacked/VBD/-1/root Zambia/NNP/LOCATION/1/obj overnight/RB/1/advmod ./.").article();
    assertThat(actorOf(a, resolve(a), "Rebels").country()).isNull();
  }

  @Test
  void leavesGroupsUnplacedWhenTheSentenceNamesTwoStates() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Rebels|rebel/NNS/1/nsubj crossed/VBD/-1/root from/IN/3/case Zambia/NNP/LOCATION/1/obl into/IN/5/case "
            + "Malawi/NNP/LOCATION/1/obl ./.").article();
    assertThat(actorOf(a, resolve(a), "Rebels").country()).isNull();
  }

  @Test
  void readsAPeoplesWordBeforeASectorNounAsTheStatesAdjective() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/2/det Sudanese/JJ/2/amod government/NN/3/nsubj rejected/VBD/-1/root the/DT/5/det plan/NN/3/obj ./.")
        .article();
    assertThat(actorOf(a, resolve(a), "The Sudanese government").code()).isEqualTo("SDNGOV");
  }

  @Test
  void readsAMonthNextToANumberAsADateNotASurname() {
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2018, 3, 1)).paragraph(
        "The/DT/1/det curbs|curb/NNS/2/nsubj apply/VBP/-1/root from/IN/4/case 1/CD/5/nummod May/NNP/2/obl ./.")
        .article();
    assertThat(resolve(a).actors()).isEmpty();
  }

  @Test
  void givesAnUnknownOfficeHolderTheOrganisationNamedBeforeTheTitle() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "African/NNP/1/compound Union/NNP/3/compound mediator/NN/3/compound Kofi/NNP/PERSON/4/compound "
            + "Mensah/NNP/PERSON/5/nsubj arrived/VBD/-1/root in/IN/7/case Lusaka/NNP/LOCATION/5/obl ./.").article();
    Actor mensah = actorOf(a, resolve(a), "mediator Kofi Mensah");
    assertThat(mensah.code()).isEqualTo("IGOAFU");
    assertThat(mensah.organization()).isEqualTo("AU");
  }

  @Test
  void namesTheStateWhoseThingAnActIsAimedAt() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Zambia/NNP/LOCATION/1/nsubj banned/VBD/-1/root imports|import/NNS/1/obj of/IN/5/case Malawian/JJ/5/amod "
            + "maize/NN/2/nmod ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Malawian").code()).isEqualTo("MWIGOV");
    assertThat(mention(a, layer, "Malawian").orElseThrow().kind()).isEqualTo(MentionKind.METONYM);
  }

  @Test
  void leavesAStateAdjectiveOnASubjectThingUnnamed() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/2/det Malawian/JJ/2/amod economy/NN/3/nsubj shrank/VBD/-1/root ./.").article();
    assertThat(resolve(a).actors()).isEmpty();
  }

  @Test
  void placesATitledPersonAmongThePeopleNamedWithTheArticle() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "President/NNP/2/compound Mwila/NNP/PERSON/2/compound Banda/NNP/PERSON/3/nsubj broke/VBD/-1/root "
            + "his/PRP$/5/nmod:poss promise/NN/3/obj to/IN/9/case the/DT/9/det Zambian/JJ/9/amod people/NNS/5/nmod "
            + "./.").article();
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void codesAnEthnicGroupByTheOtherStateTheSentenceNames() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Ethnic/JJ/1/amod Serbs/NNPS/2/nsubj marched/VBD/-1/root in/IN/4/case Croatia/NNP/LOCATION/2/obl ./.")
        .article();
    assertThat(actorOf(a, resolve(a), "Serbs").code()).isEqualTo("HRVCVL");
  }

  @Test
  void leavesANewsAgencyThatIsToldTheStoryUnplaced() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Police/NNS/1/nsubj raid/VBP/6/ccomp homes|home/NNS/1/obj in/IN/4/case Lusaka/NNP/LOCATION/1/obl ,/,/6/punct "
            + "officials|official/NNS/7/nsubj tell/VBP/-1/root Kowa/NNP/ORGANIZATION/7/obj ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "Kowa").country()).isNull();
  }

  @Test
  void namesAPartyByItsOwnNameAndPlacesItInTheSentencesState() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "The/DT/5/det Umoja/NNP/5/compound (/-LRB-/3/punct Unity/NNP/1/appos )/-RRB-/3/punct party/NN/6/nsubj "
            + "boycotted/VBD/-1/root the/DT/8/det vote/NN/6/obj in/IN/10/case Zambia/NNP/LOCATION/8/nmod ./.")
        .article();
    Actor party = actorOf(a, resolve(a), "Umoja ( Unity ) party");
    assertThat(party.code()).isEqualTo("ZMBPTY");
  }

  @Test
  void placesAnOfficeHolderInTheSettingStateWhenOtherStatesAreOnlyAimedAt() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "A/DT/2/det Zambian/JJ/2/amod judge/NN/3/nsubj summoned/VBD/-1/root former/JJ/6/amod president/NN/6/compound "
            + "Mwila/NNP/PERSON/7/compound Banda/NNP/PERSON/3/obj over/IN/9/case sales|sale/NNS/3/obl to/IN/11/case "
            + "Malawi/NNP/LOCATION/9/nmod ./.").article();
    assertThat(actorOf(a, resolve(a), "former president Mwila Banda").country()).isEqualTo("ZMB");
  }

  @Test
  void codesAnEthnicGroupByTheStateItLivesInNotTheOneItIsSentTo() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Ethnic/JJ/1/amod Serbs/NNPS/2/nsubj protested/VBD/-1/root Croatia/NNP/LOCATION/5/nmod:poss 's/POS/3/case "
            + "plan/NN/2/obj to/TO/7/mark send/VB/5/acl them/PRP/7/obj to/IN/10/case Hungary/NNP/LOCATION/7/obl ./.")
        .article();
    assertThat(actorOf(a, resolve(a), "Serbs").code()).isEqualTo("HRVCVL");
  }

  @Test
  void givesAGroupTheStateItsOwnPhraseNames() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Lusaka/NNP/LOCATION/3/nmod:poss 's/POS/0/case district/NN/3/compound administration/NN/4/nsubj "
            + "refused/VBD/-1/root a/DT/6/det request/NN/4/obj from/IN/8/case Malawi/NNP/LOCATION/6/nmod ./.")
        .article();
    assertThat(actorOf(a, resolve(a), "administration").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void takesTheCountryOfAStatesPossessiveBeforeATitle() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Zambia/NNP/LOCATION/3/nmod:poss 's/POS/0/case new/JJ/3/amod President/NNP/5/compound "
            + "Mwila/NNP/PERSON/5/compound Banda/NNP/PERSON/6/nsubj resigned/VBD/-1/root ./.").article();
    Actor banda = actorOf(a, resolve(a), "new President Mwila Banda");
    assertThat(banda.code()).isEqualTo("ZMBGOV");
  }

  @Test
  void takesTheCountryOfAStateNameModifyingATitle() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Zambia/NNP/LOCATION/3/compound President/NNP/3/compound Mwila/NNP/PERSON/3/compound "
            + "Banda/NNP/PERSON/4/nsubj resigned/VBD/-1/root ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void placesAnUnknownPersonByTheStateInTheirApposition() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Mwila/NNP/PERSON/1/compound Banda/NNP/PERSON/9/nsubj ,/,/1/punct Zambia/NNP/LOCATION/7/nmod:poss "
            + "'s/POS/3/case leading/JJ/7/amod rights|right/NNS/7/compound campaigner/NN/1/appos ,/,/1/punct "
            + "fasted/VBD/-1/root ./.").article();
    Actor banda = actorOf(a, resolve(a), "Mwila Banda");
    assertThat(banda.country()).isEqualTo("ZMB");
    assertThat(banda.sector()).isNull();
  }

  @Test
  void placesATitledPersonByTheStateOfTheirOfPhrase() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "King/NNP/1/compound Mwila/NNP/PERSON/4/nsubj of/IN/3/case Zambia/NNP/LOCATION/1/nmod spoke/VBD/-1/root ./.")
        .article();
    Actor king = actorOf(a, resolve(a), "King Mwila");
    assertThat(king.code()).isEqualTo("ZMBGOV");
  }

  @Test
  void codesAPeopleLivingInAnotherStateByThatState() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Somalis/NNPS/5/nsubj in/IN/3/case northern/JJ/3/amod Kenya/NNP/LOCATION/0/nmod are/VBP/5/aux "
            + "marching/VBG/-1/root ./.").article();
    assertThat(actorOf(a, resolve(a), "Somalis").code()).isEqualTo("KENCVL");
  }

  @Test
  void codesExtremistsWithTheirStateAsRadicals() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Zambian/JJ/1/amod extremists|extremist/NNS/2/nsubj attacked/VBD/-1/root a/DT/4/det station/NN/2/obj ./.")
        .article();
    assertThat(actorOf(a, resolve(a), "Zambian extremists").code()).isEqualTo("ZMBRAD");
  }

  @Test
  void placesATitledUnknownPersonInTheStateTheSentenceIsSetIn() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "President/NNP/2/compound Mwila/NNP/PERSON/2/compound Banda/NNP/PERSON/3/nsubj eased/VBD/-1/root "
            + "the/DT/5/det curfew/NN/3/obj in/IN/7/case Zambia/NNP/LOCATION/5/nmod ./.").article();
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void doesNotPlaceAPersonInTheStateTheirActIsAimedAt() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "President/NNP/2/compound Mwila/NNP/PERSON/2/compound Banda/NNP/PERSON/3/nsubj threatened/VBD/-1/root "
            + "action/NN/3/obj against/IN/6/case Zambia/NNP/LOCATION/4/nmod ./.").article();
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").country()).isNull();
  }

  @Test
  void placesATitledUnknownPersonAmongThePeopleOfTheStateTheSentenceDescribes() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Minister/NNP/2/compound Tamba/NNP/PERSON/2/compound Sesay/NNP/PERSON/3/nsubj sacked/VBD/-1/root "
            + "twelve/CD/6/nummod Ghanaian/JJ/6/amod officials|official/NNS/3/obj ./.").article();
    assertThat(actorOf(a, resolve(a), "Minister Tamba Sesay").country()).isEqualTo("GHA");
  }

  @Test
  void placesATitledUnknownPersonInTheStateTheyGoBackTo() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Minister/NNP/2/compound Tamba/NNP/PERSON/2/compound Sesay/NNP/PERSON/3/nsubj refused/VBD/-1/root "
            + "to/TO/5/mark return/VB/3/xcomp to/IN/7/case Ghana/NNP/LOCATION/5/obl ./.").article();
    assertThat(actorOf(a, resolve(a), "Minister Tamba Sesay").country()).isEqualTo("GHA");
  }

  @Test
  void codesForcesLedByAStateAsThatStatesMilitary() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Kenyan/JJ/2/dep -/HYPH/2/punct led/VBN/3/amod troops|troop/NNS/4/nsubj retook/VBD/-1/root the/DT/6/det "
            + "port/NN/4/obj ./.").article();
    assertThat(actorOf(a, resolve(a), "Kenyan - led troops").code()).isEqualTo("KENMIL");
  }

  @Test
  void codesSupportersOfAStatesOppositionAsThatOpposition() {
    AnnotatedArticle a = new ParsedArticle(DATE).paragraph(
        "Police/NNS/1/nsubj detained/VBD/-1/root Kenyan/JJ/4/amod opposition/NN/4/compound "
            + "supporters|supporter/NNS/1/obj ./.").article();
    assertThat(actorOf(a, resolve(a), "Kenyan opposition supporters").code()).isEqualTo("KENOPP");
  }

  /** The trace steps of the mention whose text is exactly {@code text}. */
  private static List<String> steps(AnnotatedArticle a, ActorLayer layer, String text) {
    return layer.traces().stream().filter(t -> t.span().of(a.text()).equals(text)).findFirst().orElseThrow().steps();
  }

  @Test
  void tracesWhichNameRuleOrAntecedentResolvedEachMention() {
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2012, 3, 1)).paragraph(
        "Hillary/NNP/PERSON Clinton/NNP/PERSON/2/nsubj called/VBD/-1/root Sergei/NNP/PERSON Lavrov/NNP/PERSON/2/obj "
            + "./.",
        "She/PRP/1/nsubj urged/VBD/-1/root her/PRP$ Russian/JJ counterpart/NN to/TO act/VB ./.").article();
    ActorLayer layer = resolve(a);
    assertThat(steps(a, layer, "Sergei Lavrov")).containsExactly(
        "known-name: person Sergey Lavrov, by alias 'Sergei Lavrov'");
    assertThat(steps(a, layer, "Russian counterpart")).containsExactly(
        "counterpart-named-last: 'counterpart' of RUS");
    assertThat(steps(a, layer, "She")).containsExactly(
        "pronoun-antecedent: subject 'Hillary Clinton' 1 sentence(s) back");
    assertThat(layer.traces()).hasSameSizeAs(layer.mentions());
  }

  @Test
  void aHeritageCompoundIsOnePeopleNotTwo() {
    String text = "Police detained dozens of Somali-Americans outside the mission.\n";
    AnnotatedArticle a = ParsedArticle.over(text).paragraph(
        "Police/NNS/1/nsubj detained|detain/VBD/-1/root dozens|dozen/NNS/1/obj of/IN/6/case Somali/JJ/6/amod "
            + "-/HYPH/6/punct Americans|american/NNPS/2/nmod outside/IN/9/case the/DT/9/det mission/NN/1/obl "
            + "././1/punct").article();
    ActorLayer layer = resolve(a);
    assertThat(layer.mentions()).noneSatisfy(m -> assertThat(m.span().of(text)).startsWith("Somali"));
    assertThat(actorOf(a, layer, "Americans").country()).isEqualTo("USA");
  }

  @Test
  void aGroupInASentenceNamingNoStateBelongsToTheStateOfTheSentenceBefore() {
    String first = "Kenya/NNP/LOCATION/1/nsubj closed|close/VBD/-1/root its|it/PRP$/3/nmod:poss border/NN/1/obj "
        + "././1/punct";
    String second = "Later/RB/4/advmod ,/,/4/punct riot/NN/3/compound police/NNS/4/nsubj fired|fire/VBD/-1/root "
        + "tear/NN/6/compound gas/NN/4/obj ././4/punct";
    AnnotatedArticle same = new ParsedArticle(DATE).paragraph(first, second).article();
    ActorLayer layer = resolve(same);
    assertThat(actorOf(same, layer, "riot police").country()).isEqualTo("KEN");
    // a new paragraph is a new scene: the police stay of no known state
    AnnotatedArticle next = new ParsedArticle(DATE).paragraph(first).paragraph(second).article();
    assertThat(actorOf(next, resolve(next), "riot police").country()).isNull();
  }

  @Test
  void aPlaceWordIsNoKnownPersonsSurname() {
    // the built-in people list holds a minister of that surname in office on this day
    AnnotatedArticle a = new ParsedArticle(LocalDate.of(2025, 1, 10)).paragraph(
        "Bombs|bomb/NNS/1/nsubj hit/VBD/-1/root embassies|embassy/NNS/1/obj in/IN/4/case Dar/NNP/LOCATION/1/obl "
            + "es/VBZ/LOCATION/4/dep Salaam/NNP/LOCATION/5/obj ././1/punct").article();
    assertThat(resolve(a).mentions()).noneSatisfy(m -> assertThat(m.span().of(a.text())).isEqualTo("Dar"));
  }
}
