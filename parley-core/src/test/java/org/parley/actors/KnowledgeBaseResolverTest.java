// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.nlp.AnnotatedArticle;

class KnowledgeBaseResolverTest {
  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(List.of());
  private static final KnowledgeBaseResolver RESOLVER = new KnowledgeBaseResolver(KB);
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
    AnnotatedArticle a = Tagged.article(DATE,
        "Russian/JJ forces/NNS shelled/VBD the/DT port/NN overnight/RB ./.");
    Actor x = actorOf(a, resolve(a), "Russian forces");
    assertThat(x.code()).isEqualTo("RUSMIL");
    assertThat(x.name()).isEqualTo("Russian military");
    assertThat(x.country()).isEqualTo("RUS");
    assertThat(x.sector()).isEqualTo("MIL");
  }

  @Test
  void mergesStateNameCapitalOfficialsAndSideIntoOneGovernmentActor() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Ukraine/NNP/LOCATION said/VBD Kyiv/NNP would/MD not/RB yield/VB ./.",
        "Ukrainian/JJ officials/NNS met/VBD the/DT Polish/JJ side/NN ./.");
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
    AnnotatedArticle a = Tagged.article(DATE,
        "The/DT Kremlin/NNP rejected/VBD a/DT proposal/NN from/IN the/DT Pentagon/NNP ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "The Kremlin").code()).isEqualTo("RUSGOV");
    assertThat(actorOf(a, layer, "the Pentagon").code()).isEqualTo("USAMIL");
  }

  @Test
  void givesGroupsWithoutStateASectorOnly() {
    AnnotatedArticle a = Tagged.article(DATE,
        "He/PRP/nsubj>1 blamed/VBD the/DT Western/JJ media/NNS for/IN the/DT reports/NNS ./.");
    Actor media = actorOf(a, resolve(a), "Western media");
    assertThat(media.sector()).isEqualTo("MED");
    assertThat(media.country()).isNull();
    assertThat(media.code()).isNull();
  }

  @Test
  void codesUnknownPersonFromTitleBeforeTheName() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Nigerian/JJ Foreign/NNP Minister/NNP Adaeze/NNP/PERSON Okonkwo-Bello/NNP/PERSON arrived/VBD ./.");
    ActorLayer layer = resolve(a);
    Actor p = actorOf(a, layer, "Nigerian Foreign Minister Adaeze Okonkwo-Bello");
    assertThat(p.name()).isEqualTo("Adaeze Okonkwo-Bello");
    assertThat(p.code()).isEqualTo("NGAGOV");
    assertThat(p.role()).isEqualTo("Minister of Foreign Affairs");
    assertThat(layer.actors()).hasSize(1);
  }

  @Test
  void aCountedOrSingleDemonymNamesThatStatesPeopleButNotWhenItModifiesANoun() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Chad/NNP expelled/VBD three/CD Sudanese/NNPS and/CC a/DT Libyan/NN ./.",
        "A/DT Libyan/JJ diplomat/NN left/VBD ./.");
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
    AnnotatedArticle a = Tagged.article(DATE,
        "Malian/JJ head/NN of/IN state/NN Ousmane/NNP/PERSON Diarra-Keita/NNP/PERSON signed/VBD the/DT decree/NN ./.");
    Actor p = actorOf(a, resolve(a), "Malian head of state Ousmane Diarra-Keita");
    assertThat(p.name()).isEqualTo("Ousmane Diarra-Keita");
    assertThat(p.code()).isEqualTo("MLIGOV");
    assertThat(p.role()).isEqualTo("Head of State");
  }

  @Test
  void resolvesPronounToSubjectOfPreviousSentenceAndSurnameToTheSamePerson() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/compound>3 Wafula/NNP/PERSON/nsubj>4 met/VBD/root>-1 rebels/NNS/obj>4 ./.",
        "He/PRP/nsubj>1 said/VBD/root>-1 Wafula/NNP/PERSON/nsubj>3 would/MD return/VB ./.");
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
  void resolvesPronounToEarlierSubjectInTheSameSentenceBeforeOtherPeople() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Wafula/NNP/PERSON/nsubj>1 told/VBD/root>-1 Odhiambo/NNP/PERSON/obj>1 that/IN he/PRP/nsubj>5 would/MD leave/VB ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "he")).isEqualTo(actorOf(a, layer, "Wafula"));
  }

  @Test
  void aPronounUnderASubjectThatNamesSomeoneUnknownIsNotTakenFromAnEarlierSentence() {
    // "The rebel commander said his men were ready": not the envoy of the sentence before
    AnnotatedArticle a = Tagged.article(DATE,
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/compound>3 Wafula/NNP/PERSON/nsubj>4 met/VBD/root>-1 rebels/NNS/obj>4 ./.",
        "The/DT rebel/NN/compound>2 commander/NN/nsubj>3 said/VBD/root>-1 his/PRP$/nmod:poss>5 men/NNS/nsubj>7 "
            + "were/VBD/cop>7 ready/JJ/ccomp>3 ./.");
    assertThat(mention(a, resolve(a), "his")).isEmpty();
  }

  @Test
  void aPronounUnderASubjectThatNamesNoOneStillLooksBack() {
    // "The statement said he would return": the envoy of the sentence before
    AnnotatedArticle a = Tagged.article(DATE,
        "Kenyan/JJ envoy/NN Otieno/NNP/PERSON/compound>3 Wafula/NNP/PERSON/nsubj>4 met/VBD/root>-1 rebels/NNS/obj>4 ./.",
        "The/DT statement/NN/nsubj>2 said/VBD/root>-1 he/PRP/nsubj>5 would/MD/aux>5 return/VB/ccomp>2 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "he")).isEqualTo(actorOf(a, layer, "Kenyan envoy Otieno Wafula"));
  }

  @Test
  void aBareTitleIsThePersonTheTextGaveThatTitleBeforeAnotherHolderOfTheOffice() {
    // "the president", after "President Clinton" and then a mention of another state's president
    AnnotatedArticle a = Tagged.article(LocalDate.of(1998, 2, 13),
        "President/NNP/compound>1 Clinton/NNP/PERSON/nsubj>2 met/VBD/root>-1 allies/NNS/obj>2 ./.",
        "Saddam/NNP/PERSON/compound>1 Hussein/NNP/PERSON/nsubj>2 rejected/VBD/root>-1 the/DT plan/NN/obj>2 ./.",
        "The/DT president/NN/nsubj>2 said/VBD/root>-1 talks/NNS/nsubj>5 would/MD continue/VB/ccomp>2 ./.");
    ActorLayer layer = resolve(a);
    Actor president = layer.mentions().stream()
        .filter(m -> m.span().of(a.text()).toLowerCase(java.util.Locale.ROOT).endsWith("president"))
        .map(m -> layer.actor(m.actorId()).orElseThrow())
        .findFirst().orElseThrow();
    assertThat(president.name()).isEqualTo("Bill Clinton");
  }

  @Test
  void leavesPronounUnresolvedWithoutAPersonBeforeIt() {
    AnnotatedArticle a = Tagged.article(DATE, "He/PRP/nsubj>1 left/VBD/root>-1 Kyiv/NNP/obj>1 ./.");
    assertThat(mention(a, resolve(a), "He")).isEmpty();
  }

  @Test
  void resolvesItToTheStateSubjectBeforeIt() {
    AnnotatedArticle a = Tagged.article(DATE,
        "The/DT Russian/JJ side/NN/nsubj>4 said/VBD/root>-1 it/PRP/nsubj>6 was/VBD open/JJ to/IN talks/NNS ./.");
    ActorLayer layer = resolve(a);
    // token indices: The0 Russian1 side2 said3 it4 — the arcs above are only for relations, heads are approximate
    assertThat(actorOf(a, layer, "it")).isEqualTo(actorOf(a, layer, "The Russian side"));
    assertThat(actorOf(a, layer, "it").code()).isEqualTo("RUSGOV");
  }

  @Test
  void findsOfficeHolderForTitleWithoutName() {
    AnnotatedArticle a = Tagged.article(LocalDate.of(2015, 6, 1),
        "The/DT Russian/JJ president/NN warned/VBD Kyiv/NNP ./.");
    Actor x = actorOf(a, resolve(a), "Russian president");
    assertThat(x.name()).isEqualTo("Vladimir Putin");
    assertThat(x.role()).isEqualTo("President");
  }

  @Test
  void counterpartTakesTheEarlierPersonOfThatState() {
    AnnotatedArticle a = Tagged.article(LocalDate.of(2012, 3, 1),
        "Hillary/NNP/PERSON Clinton/NNP/PERSON/nsubj>2 called/VBD/root>-1 Sergei/NNP/PERSON Lavrov/NNP/PERSON/obj>2 ./.",
        "She/PRP/nsubj>1 urged/VBD/root>-1 her/PRP$ Russian/JJ counterpart/NN to/TO act/VB ./.");
    ActorLayer layer = resolve(a);
    Actor lavrov = actorOf(a, layer, "Sergei Lavrov");
    assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
    assertThat(actorOf(a, layer, "Russian counterpart")).isEqualTo(lavrov);
    assertThat(actorOf(a, layer, "She").name()).isEqualTo("Hillary Clinton");
    assertThat(actorOf(a, layer, "her").name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void codesAnUnnamedGeneralAsHisStatesMilitary() {
    AnnotatedArticle a = Tagged.article(DATE, "A/DT Russian/JJ general/NN was/VBD killed/VBN ./.");
    assertThat(actorOf(a, resolve(a), "Russian general").code()).isEqualTo("RUSMIL");
  }

  @Test
  void codesPersonByTheOfficeHeldOnTheArticleDate() {
    String[] s = {"Mike/NNP/PERSON Pompeo/NNP/PERSON/nsubj>2 spoke/VBD/root>-1 ./."};
    AnnotatedArticle inOffice = Tagged.article(LocalDate.of(2019, 3, 1), s);
    AnnotatedArticle after = Tagged.article(LocalDate.of(2022, 3, 1), s);
    Actor then = actorOf(inOffice, resolve(inOffice), "Mike Pompeo");
    Actor later = actorOf(after, resolve(after), "Mike Pompeo");
    assertThat(then.code()).isEqualTo("USAGOV");
    assertThat(then.role()).isEqualTo("Secretary of State");
    assertThat(later.code()).isEqualTo("USAELI");
    assertThat(later.role()).isEqualTo("former Secretary of State");
  }

  @Test
  void capitalAsPartOfGeographyIsNoActor() {
    AnnotatedArticle a = Tagged.article(DATE, "Fighting/NN raged/VBD north/RB of/IN Kyiv/NNP ./.");
    assertThat(resolve(a).mentions()).isEmpty();
  }

  @Test
  void stateNameInsideAPersonsNameIsNoState() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Jordan/NNP/PERSON Henderson/NNP/PERSON/nsubj>2 visited/VBD/root>-1 Jordan/NNP/LOCATION/obj>2 ./.");
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::name).containsExactlyInAnyOrder("Jordan Henderson", "Jordan");
    assertThat(actorOf(a, layer, "Jordan Henderson").code()).isNull();
  }

  @Test
  void namesOrganisationsAndArmedGroupsWithTheirCodes() {
    AnnotatedArticle a = Tagged.article(DATE,
        "NATO/NNP/ORGANIZATION said/VBD Hezbollah/NNP fighters/NNS fired/VBD at/IN UN/NNP peacekeepers/NNS ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "NATO").code()).isEqualTo("IGONAT");
    Actor h = actorOf(a, layer, "Hezbollah fighters");
    assertThat(h.code()).isEqualTo("LBNREB");
    assertThat(h.organization()).isEqualTo("Hezbollah");
    assertThat(actorOf(a, layer, "UN peacekeepers").organization()).isEqualTo("UN peacekeepers");
  }

  @Test
  void splitsCoordinatedStateAdjectives() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Hungarian/JJ and/CC Romanian/JJ officials/NNS agreed/VBD ./.");
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::code).containsExactlyInAnyOrder("HUNGOV", "ROUGOV");
  }

  @Test
  void givesIdsInOrderOfFirstMention() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Egypt/NNP/LOCATION hosted/VBD Qatari/JJ mediators/NNS ./.", "Egypt/NNP/LOCATION said/VBD ./.");
    ActorLayer layer = resolve(a);
    assertThat(layer.actors()).extracting(Actor::id).containsExactly("act-1", "act-2");
    assertThat(layer.actors().get(0).name()).isEqualTo("Egypt");
    assertThat(layer.actors().get(0).mentions()).hasSize(2);
    assertThat(layer.mentionAt(0, 0)).map(ActorMention::actorId).contains("act-1");
  }

  @Test
  void definiteSectorNounTakesTheStateOfThatSectorNamedBefore() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Sudan/NNP/LOCATION 's/POS army/NN rejected/VBD the/DT plan/NN ./.",
        "The/DT army/NN said/VBD civilians/NNS fled/VBD ./.");
    ActorLayer layer = resolve(a);
    Actor army = actorOf(a, layer, "The army");
    assertThat(army.code()).isEqualTo("SDNMIL");
    assertThat(actorOf(a, layer, "Sudan 's army")).isEqualTo(army);
    assertThat(actorOf(a, layer, "civilians").country()).isNull();
  }

  @Test
  void surnameFollowedByAnotherNameIsNotThatPerson() {
    AnnotatedArticle a = Tagged.article(LocalDate.of(2023, 12, 1),
        "Shelling/NN hit/VBD Khan/NNP Younis/NNP/LOCATION overnight/RB ./.");
    assertThat(resolve(a).actors()).extracting(Actor::name).doesNotContain("Karim Khan");
  }

  @Test
  void reportsTheHigherOfTwoOfficesHeldAtOnce() {
    assertThat(KB.on("Mohammed bin Abdulrahman Al Thani", LocalDate.of(2024, 1, 30)).orElseThrow().role())
        .isEqualTo("Prime Minister");
  }

  @Test
  void codesUnknownPersonFromTitleTheParserAttachesToTheName() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Zambian/JJ/amod>2 Defence/NNP/compound>2 Secretary/NNP/compound>4 Mwila/NNP/PERSON/compound>4 "
            + "Banda/NNP/PERSON/nsubj>5 arrived/VBD/root>-1 ./.");
    Actor banda = actorOf(a, resolve(a), "Zambian Defence Secretary Mwila Banda");
    assertThat(banda.code()).isEqualTo("ZMBGOV");
    assertThat(banda.role()).isEqualTo("Minister of Defence");
  }

  @Test
  void givesSectorNounTheStateItIsPlacedIn() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Police/NNS/nsubj>3 in/IN/case>2 Zambia/NNP/LOCATION/nmod>0 arrested/VBD/root>-1 "
            + "dozens/NNS/obj>3 of/IN/case>6 students/NNS/nmod>4 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "Zambia").code()).isEqualTo("ZMBGOV");
    // the only state the sentence names is where the students are too
    assertThat(actorOf(a, layer, "students").code()).isEqualTo("ZMBEDU");
  }

  @Test
  void givesGroupsAndUnknownPeopleTheOnlyStateTheSentenceIsSetIn() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Police/NNS/nsubj>1 detained/VBD/root>-1 opposition/NN/compound>3 candidate/NN/compound>5 "
            + "Mwila/NNP/PERSON/compound>5 Banda/NNP/PERSON/obj>1 and/CC/cc>7 protesters/NNS/conj>5 "
            + "in/IN/case>9 Lusaka/NNP/LOCATION/obl>1 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "protesters").code()).isEqualTo("ZMBCVL");
    assertThat(actorOf(a, layer, "Mwila Banda").country()).isEqualTo("ZMB");
  }

  @Test
  void leavesGroupsUnplacedWhenTheOnlyStateNamedIsTheOneTheyAttack() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Rebels/NNS/nsubj>1 attacked/VBD/root>-1 Zambia/NNP/LOCATION/obj>1 overnight/RB/advmod>1 ./.");
    assertThat(actorOf(a, resolve(a), "Rebels").country()).isNull();
  }

  @Test
  void leavesGroupsUnplacedWhenTheSentenceNamesTwoStates() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Rebels/NNS/nsubj>1 crossed/VBD/root>-1 from/IN/case>3 Zambia/NNP/LOCATION/obl>1 into/IN/case>5 "
            + "Malawi/NNP/LOCATION/obl>1 ./.");
    assertThat(actorOf(a, resolve(a), "Rebels").country()).isNull();
  }

  @Test
  void readsAPeoplesWordBeforeASectorNounAsTheStatesAdjective() {
    AnnotatedArticle a = Tagged.article(DATE,
        "The/DT/det>2 Sudanese/JJ/amod>2 government/NN/nsubj>3 rejected/VBD/root>-1 the/DT/det>5 plan/NN/obj>3 ./.");
    assertThat(actorOf(a, resolve(a), "The Sudanese government").code()).isEqualTo("SDNGOV");
  }

  @Test
  void readsAMonthNextToANumberAsADateNotASurname() {
    AnnotatedArticle a = Tagged.article(LocalDate.of(2018, 3, 1),
        "The/DT/det>1 curbs/NNS/nsubj>2 apply/VBP/root>-1 from/IN/case>4 1/CD/nummod>5 May/NNP/obl>2 ./.");
    assertThat(resolve(a).actors()).isEmpty();
  }

  @Test
  void givesAnUnknownOfficeHolderTheOrganisationNamedBeforeTheTitle() {
    AnnotatedArticle a = Tagged.article(DATE,
        "African/NNP/compound>1 Union/NNP/compound>3 mediator/NN/compound>3 Kofi/NNP/PERSON/compound>4 "
            + "Mensah/NNP/PERSON/nsubj>5 arrived/VBD/root>-1 in/IN/case>7 Lusaka/NNP/LOCATION/obl>5 ./.");
    Actor mensah = actorOf(a, resolve(a), "mediator Kofi Mensah");
    assertThat(mensah.code()).isEqualTo("IGOAFU");
    assertThat(mensah.organization()).isEqualTo("AU");
  }

  @Test
  void namesTheStateWhoseThingAnActIsAimedAt() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Zambia/NNP/LOCATION/nsubj>1 banned/VBD/root>-1 imports/NNS/obj>1 of/IN/case>5 Malawian/JJ/amod>5 maize/NN/nmod>2 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Malawian").code()).isEqualTo("MWIGOV");
    assertThat(mention(a, layer, "Malawian").orElseThrow().kind()).isEqualTo(MentionKind.METONYM);
  }

  @Test
  void leavesAStateAdjectiveOnASubjectThingUnnamed() {
    AnnotatedArticle a = Tagged.article(DATE,
        "The/DT/det>2 Malawian/JJ/amod>2 economy/NN/nsubj>3 shrank/VBD/root>-1 ./.");
    assertThat(resolve(a).actors()).isEmpty();
  }

  @Test
  void placesATitledPersonAmongThePeopleNamedWithTheArticle() {
    AnnotatedArticle a = Tagged.article(DATE,
        "President/NNP/compound>2 Mwila/NNP/PERSON/compound>2 Banda/NNP/PERSON/nsubj>3 broke/VBD/root>-1 "
            + "his/PRP$/nmod:poss>5 promise/NN/obj>3 to/IN/case>9 the/DT/det>9 Zambian/JJ/amod>9 people/NNS/nmod>5 ./.");
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void codesAnEthnicGroupByTheOtherStateTheSentenceNames() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Ethnic/JJ/amod>1 Serbs/NNPS/nsubj>2 marched/VBD/root>-1 in/IN/case>4 Croatia/NNP/LOCATION/obl>2 ./.");
    assertThat(actorOf(a, resolve(a), "Serbs").code()).isEqualTo("HRVCVL");
  }

  @Test
  void leavesANewsAgencyThatIsToldTheStoryUnplaced() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Police/NNS/nsubj>1 raid/VBP/ccomp>6 homes/NNS/obj>1 in/IN/case>4 Lusaka/NNP/LOCATION/obl>1 ,/,/punct>6 "
            + "officials/NNS/nsubj>7 tell/VBP/root>-1 Kowa/NNP/ORGANIZATION/obj>7 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "Police").code()).isEqualTo("ZMBCOP");
    assertThat(actorOf(a, layer, "Kowa").country()).isNull();
  }

  @Test
  void namesAPartyByItsOwnNameAndPlacesItInTheSentencesState() {
    AnnotatedArticle a = Tagged.article(DATE,
        "The/DT/det>5 Umoja/NNP/compound>5 (/-LRB-/punct>3 Unity/NNP/appos>1 )/-RRB-/punct>3 party/NN/nsubj>6 "
            + "boycotted/VBD/root>-1 the/DT/det>8 vote/NN/obj>6 in/IN/case>10 Zambia/NNP/LOCATION/nmod>8 ./.");
    Actor party = actorOf(a, resolve(a), "Umoja ( Unity ) party");
    assertThat(party.code()).isEqualTo("ZMBPTY");
  }

  @Test
  void placesAnOfficeHolderInTheSettingStateWhenOtherStatesAreOnlyAimedAt() {
    AnnotatedArticle a = Tagged.article(DATE,
        "A/DT/det>2 Zambian/JJ/amod>2 judge/NN/nsubj>3 summoned/VBD/root>-1 former/JJ/amod>6 president/NN/compound>6 "
            + "Mwila/NNP/PERSON/compound>7 Banda/NNP/PERSON/obj>3 over/IN/case>9 sales/NNS/obl>3 to/IN/case>11 "
            + "Malawi/NNP/LOCATION/nmod>9 ./.");
    assertThat(actorOf(a, resolve(a), "former president Mwila Banda").country()).isEqualTo("ZMB");
  }

  @Test
  void codesAnEthnicGroupByTheStateItLivesInNotTheOneItIsSentTo() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Ethnic/JJ/amod>1 Serbs/NNPS/nsubj>2 protested/VBD/root>-1 Croatia/NNP/LOCATION/nmod:poss>5 's/POS/case>3 "
            + "plan/NN/obj>2 to/TO/mark>7 send/VB/acl>5 them/PRP/obj>7 to/IN/case>10 Hungary/NNP/LOCATION/obl>7 ./.");
    assertThat(actorOf(a, resolve(a), "Serbs").code()).isEqualTo("HRVCVL");
  }

  @Test
  void givesAGroupTheStateItsOwnPhraseNames() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Lusaka/NNP/LOCATION/nmod:poss>3 's/POS/case>0 district/NN/compound>3 administration/NN/nsubj>4 "
            + "refused/VBD/root>-1 a/DT/det>6 request/NN/obj>4 from/IN/case>8 Malawi/NNP/LOCATION/nmod>6 ./.");
    assertThat(actorOf(a, resolve(a), "administration").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void takesTheCountryOfAStatesPossessiveBeforeATitle() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Zambia/NNP/LOCATION/nmod:poss>3 's/POS/case>0 new/JJ/amod>3 President/NNP/compound>5 "
            + "Mwila/NNP/PERSON/compound>5 Banda/NNP/PERSON/nsubj>6 resigned/VBD/root>-1 ./.");
    Actor banda = actorOf(a, resolve(a), "new President Mwila Banda");
    assertThat(banda.code()).isEqualTo("ZMBGOV");
  }

  @Test
  void takesTheCountryOfAStateNameModifyingATitle() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Zambia/NNP/LOCATION/compound>3 President/NNP/compound>3 Mwila/NNP/PERSON/compound>3 "
            + "Banda/NNP/PERSON/nsubj>4 resigned/VBD/root>-1 ./.");
    ActorLayer layer = resolve(a);
    assertThat(actorOf(a, layer, "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void placesAnUnknownPersonByTheStateInTheirApposition() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Mwila/NNP/PERSON/compound>1 Banda/NNP/PERSON/nsubj>9 ,/,/punct>1 Zambia/NNP/LOCATION/nmod:poss>7 "
            + "'s/POS/case>3 leading/JJ/amod>7 rights/NNS/compound>7 campaigner/NN/appos>1 ,/,/punct>1 "
            + "fasted/VBD/root>-1 ./.");
    Actor banda = actorOf(a, resolve(a), "Mwila Banda");
    assertThat(banda.country()).isEqualTo("ZMB");
    assertThat(banda.sector()).isNull();
  }

  @Test
  void placesATitledPersonByTheStateOfTheirOfPhrase() {
    AnnotatedArticle a = Tagged.article(DATE,
        "King/NNP/compound>1 Mwila/NNP/PERSON/nsubj>4 of/IN/case>3 Zambia/NNP/LOCATION/nmod>1 "
            + "spoke/VBD/root>-1 ./.");
    Actor king = actorOf(a, resolve(a), "King Mwila");
    assertThat(king.code()).isEqualTo("ZMBGOV");
  }

  @Test
  void codesAPeopleLivingInAnotherStateByThatState() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Somalis/NNPS/nsubj>5 in/IN/case>3 northern/JJ/amod>3 Kenya/NNP/LOCATION/nmod>0 "
            + "are/VBP/aux>5 marching/VBG/root>-1 ./.");
    assertThat(actorOf(a, resolve(a), "Somalis").code()).isEqualTo("KENCVL");
  }

  @Test
  void codesExtremistsWithTheirStateAsRadicals() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Zambian/JJ/amod>1 extremists/NNS/nsubj>2 attacked/VBD/root>-1 a/DT/det>4 station/NN/obj>2 ./.");
    assertThat(actorOf(a, resolve(a), "Zambian extremists").code()).isEqualTo("ZMBRAD");
  }

  @Test
  void placesATitledUnknownPersonInTheStateTheSentenceIsSetIn() {
    AnnotatedArticle a = Tagged.article(DATE,
        "President/NNP/compound>2 Mwila/NNP/PERSON/compound>2 Banda/NNP/PERSON/nsubj>3 eased/VBD/root>-1 "
            + "the/DT/det>5 curfew/NN/obj>3 in/IN/case>7 Zambia/NNP/LOCATION/nmod>5 ./.");
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").code()).isEqualTo("ZMBGOV");
  }

  @Test
  void doesNotPlaceAPersonInTheStateTheirActIsAimedAt() {
    AnnotatedArticle a = Tagged.article(DATE,
        "President/NNP/compound>2 Mwila/NNP/PERSON/compound>2 Banda/NNP/PERSON/nsubj>3 threatened/VBD/root>-1 "
            + "action/NN/obj>3 against/IN/case>6 Zambia/NNP/LOCATION/nmod>4 ./.");
    assertThat(actorOf(a, resolve(a), "President Mwila Banda").country()).isNull();
  }

  @Test
  void placesATitledUnknownPersonAmongThePeopleOfTheStateTheSentenceDescribes() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Minister/NNP/compound>2 Tamba/NNP/PERSON/compound>2 Sesay/NNP/PERSON/nsubj>3 sacked/VBD/root>-1 "
            + "twelve/CD/nummod>6 Ghanaian/JJ/amod>6 officials/NNS/obj>3 ./.");
    assertThat(actorOf(a, resolve(a), "Minister Tamba Sesay").country()).isEqualTo("GHA");
  }

  @Test
  void placesATitledUnknownPersonInTheStateTheyGoBackTo() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Minister/NNP/compound>2 Tamba/NNP/PERSON/compound>2 Sesay/NNP/PERSON/nsubj>3 refused/VBD/root>-1 "
            + "to/TO/mark>5 return/VB/xcomp>3 to/IN/case>7 Ghana/NNP/LOCATION/obl>5 ./.");
    assertThat(actorOf(a, resolve(a), "Minister Tamba Sesay").country()).isEqualTo("GHA");
  }

  @Test
  void codesForcesLedByAStateAsThatStatesMilitary() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Kenyan/JJ/dep>2 -/HYPH/punct>2 led/VBN/amod>3 troops/NNS/nsubj>4 retook/VBD/root>-1 the/DT/det>6 "
            + "port/NN/obj>4 ./.");
    assertThat(actorOf(a, resolve(a), "Kenyan - led troops").code()).isEqualTo("KENMIL");
  }

  @Test
  void codesSupportersOfAStatesOppositionAsThatOpposition() {
    AnnotatedArticle a = Tagged.article(DATE,
        "Police/NNS/nsubj>1 detained/VBD/root>-1 Kenyan/JJ/amod>4 opposition/NN/compound>4 supporters/NNS/obj>1 "
            + "./.");
    assertThat(actorOf(a, resolve(a), "Kenyan opposition supporters").code()).isEqualTo("KENOPP");
  }

  /** The trace steps of the mention whose text is exactly {@code text}. */
  private static List<String> steps(AnnotatedArticle a, ActorLayer layer, String text) {
    return layer.traces().stream().filter(t -> t.span().of(a.text()).equals(text)).findFirst().orElseThrow().steps();
  }

  @Test
  void tracesWhichNameRuleOrAntecedentResolvedEachMention() {
    AnnotatedArticle a = Tagged.article(LocalDate.of(2012, 3, 1),
        "Hillary/NNP/PERSON Clinton/NNP/PERSON/nsubj>2 called/VBD/root>-1 Sergei/NNP/PERSON Lavrov/NNP/PERSON/obj>2 ./.",
        "She/PRP/nsubj>1 urged/VBD/root>-1 her/PRP$ Russian/JJ counterpart/NN to/TO act/VB ./.");
    ActorLayer layer = resolve(a);
    assertThat(steps(a, layer, "Sergei Lavrov")).containsExactly(
        "known-name: person Sergey Lavrov, by alias 'Sergei Lavrov'");
    assertThat(steps(a, layer, "Russian counterpart")).containsExactly(
        "counterpart-named-last: 'counterpart' of RUS");
    assertThat(steps(a, layer, "She")).containsExactly(
        "pronoun-antecedent: subject 'Hillary Clinton' 1 sentence(s) back");
    assertThat(layer.traces()).hasSameSizeAs(layer.mentions());
  }
}
