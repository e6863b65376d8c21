// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.MentionKind;

/**
 * What a sentence's framing makes of the events it names: capabilities, options, modals, questions, needs and labels
 * report no deed; particles, passives and "separately" decide the type and the parties. Parses are CoreNLP's for
 * our own sentences.
 */
class FramingCodingTest {

  private static boolean asserted(Event e) {
    return e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED;
  }

  @Test
  void aCapabilityIsNoDeed() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "navy/navy/NN/O>3:nsubj", "was/be/VBD/O>3:cop", "capable/capable/JJ/O>-1:root",
        "of/of/IN/O>5:mark", "blockading/blockade/VBG/O>3:advcl", "the/the/DT/O>7:det", "port/port/NN/O>5:obj",
        "./././O>3:punct")
        .actor("act-1", "navy", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COERCE);
    assertThat(events.get(0).modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void aModalOnTheShapingVerbMakesTheDeedOnlyPossible() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>3:nsubj", "could/could/MD/O>3:aux", "start/start/VB/O>-1:root",
        "a/a/DT/O>5:det", "war/war/NN/O>3:obj", "with/with/IN/O>8:case", "a/a/DT/O>8:det", "raid/raid/NN/O>3:obl",
        "on/on/IN/O>11:case", "the/the/DT/O>11:det", "airport/airport/NN/O>8:nmod", "./././O>3:punct")
        .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).isNotEmpty().noneMatch(FramingCodingTest::asserted);
  }

  @Test
  void aConjoinedVerbSharesTheModalOfItsFirstConjunct() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "rebels/rebel/NNS/O>3:nsubj", "might/might/MD/O>3:aux", "withdraw/withdraw/VB/O>-1:root",
        "from/from/IN/O>6:case", "the/the/DT/O>6:det", "town/town/NN/O>3:obl", "and/and/CC/O>8:cc",
        "accept/accept/VB/O>3:conj", "a/a/DT/O>10:det", "truce/truce/NN/O>8:obj", "./././O>3:punct")
        .actor("act-1", "rebels", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).contains(EventType.RETREAT, EventType.AGREE);
    assertThat(events).allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void anEventNounAsSubjectOfAModalPredicateIsOnlyPossible() {
    List<Event> events = new Parsed().sentence(
        "Air/air/NN/O>1:compound", "raids/raid/NNS/O>6:nsubj", "on/on/IN/O>4:case", "the/the/DT/O>4:det",
        "port/port/NN/O>1:nmod", "could/could/MD/O>6:aux", "harm/harm/VB/O>-1:root", "relations/relation/NNS/O>6:obj",
        "with/with/IN/O>10:case", "the/the/DT/O>10:det", "alliance/alliance/NN/O>7:nmod", "./././O>6:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void anIndirectQuestionRequestsNothingAndReportsNothing() {
    List<Event> events = new Parsed().sentence(
        "Reporters/reporter/NNS/O>1:nsubj", "asked/ask/VBD/O>-1:root", "whether/whether/IN/O>6:mark",
        "the/the/DT/O>4:det", "troops/troops/NNS/O>6:nsubj", "would/would/MD/O>6:aux", "withdraw/withdraw/VB/O>1:ccomp",
        "./././O>1:punct")
        .actor("act-1", "reporters", 0, 0, MentionKind.NAME, null, "MED")
        .actor("act-2", "troops", 4, 4, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.REQUEST).noneMatch(FramingCodingTest::asserted);
  }

  @Test
  void aLabelIsNoDeed() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "radio/radio/NN/O>2:nsubj", "described/describe/VBD/O>-1:root", "the/the/DT/O>4:det",
        "detention/detention/NN/O>2:obj", "of/of/IN/O>7:case", "the/the/DT/O>7:det", "sailors/sailor/NNS/O>4:nmod",
        "as/as/IN/O>10:case", "a/a/DT/O>10:det", "kidnapping/kidnapping/NN/O>2:obl", "./././O>2:punct")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void whatIsCalledEssentialHasNotHappened() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "arrest/arrest/NN/O>6:nsubj", "of/of/IN/O>4:case", "the/the/DT/O>4:det",
        "gunmen/gunman/NNS/O>1:nmod", "is/be/VBZ/O>6:cop", "essential/essential/JJ/O>-1:root", "for/for/IN/O>8:case",
        "peace/peace/NN/O>6:obl", "./././O>6:punct")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.COERCE);
  }

  @Test
  void theTopicOfAStatementIsNotTheSpeakersDeed() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>4:nsubj", "did/do/VBD/O>4:aux", "not/not/RB/O>4:advmod",
        "comment/comment/VB/O>-1:root", "on/on/IN/O>7:case", "the/the/DT/O>7:det", "shelling/shell/VBG/O>4:obl",
        "./././O>4:punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT);
  }

  @Test
  void aDeedNamedAsTheMeansOfAConditionalIsOnlyPossible() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "minister/minister/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "the/the/DT/O>4:det",
        "state/state/NN/O>6:nsubj", "would/would/MD/O>6:aux", "break/break/VB/O>2:ccomp", "the/the/DT/O>8:det",
        "law/law/NN/O>6:obj", "by/by/IN/O>10:case", "attacking/attack/VBG/O>6:advcl", "the/the/DT/O>12:det",
        "port/port/NN/O>10:obj", "./././O>2:punct")
        .actor("act-1", "minister", 1, 1, MentionKind.NAME, "BRV", "GOV")
        .code();

    assertThat(events).noneMatch(e -> e.type() == EventType.ASSAULT && asserted(e));
  }

  @Test
  void forcesMassedAreTheSourcesOwnNotItsTarget() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "army/army/NN/O>2:nsubj", "massed/mass/VBD/O>-1:root", "its/its/PRP$/O>4:nmod:poss",
        "troops/troops/NNS/O>2:obj", "on/on/IN/O>7:case", "the/the/DT/O>7:det", "border/border/NN/O>2:obl",
        "./././O>2:punct")
        .actor("act-1", "army", 1, 1, MentionKind.NAME, "ARL", "MIL")
        .actor("act-2", "troops", 3, 4, MentionKind.NAME, "ARL", "MIL")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.MOBILIZE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isNull();
  }

  @Test
  void suspectsHandedOverAreJudicialCooperation() {
    List<Event> events = new Parsed().sentence(
        "Two/two/CD/O>1:nummod", "suspects/suspect/NNS/O>3:nsubj:pass", "were/be/VBD/O>3:aux:pass",
        "handed/hand/VBN/O>-1:root", "over/over/RP/O>3:compound:prt", "to/to/IN/O>7:case", "the/the/DT/O>7:det",
        "tribunal/tribunal/NN/O>3:obl", "./././O>3:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.COOPERATE);
    assertThat(events.get(0).cameo()).isEqualTo("063");
  }

  @Test
  void expressingUnderstandingForStrikesIsSupport() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "cabinet/cabinet/NN/O>2:nsubj", "expressed/express/VBD/O>-1:root",
        "understanding/understanding/NN/O>2:obj", "for/for/IN/O>7:case", "the/the/DT/O>7:det", "air/air/NN/O>7:compound",
        "strikes/strike/NNS/O>3:nmod", "./././O>2:punct")
        .actor("act-1", "cabinet", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void backingOutOfAPlaceIsAWithdrawalEvenWithOutReadAsAPreposition() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "militia/militia/NN/O>2:nsubj", "backed/back/VBD/O>-1:root", "out/out/IN/O>6:case",
        "of/of/IN/O>6:case", "the/the/DT/O>6:det", "villages/village/NNS/O>2:obl", "./././O>2:punct")
        .actor("act-1", "militia", 1, 1, MentionKind.NAME, null, "REB")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.RETREAT);
  }

  @Test
  void subjectsSigningInSimultaneousCeremoniesEachSign() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "presidents/president/NNS/O>6:nsubj", "of/of/IN/O>3:case", "Arland/Arland/NNP/LOCATION>1:nmod",
        "and/and/CC/O>5:cc", "Borvia/Borvia/NNP/LOCATION>3:conj", "signed/sign/VBD/O>-1:root", "the/the/DT/O>8:det",
        "treaty/treaty/NN/O>6:obj", "in/in/IN/O>11:case", "simultaneous/simultaneous/JJ/O>11:amod",
        "ceremonies/ceremony/NNS/O>6:obl", "./././O>6:punct")
        .state("act-1", "Arland", "ARL", 3, 3)
        .state("act-2", "Borvia", "BRV", 5, 5)
        .code();

    assertThat(events).extracting(Event::type).containsOnly(EventType.AGREE);
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("act-1", "act-2");
    assertThat(events).extracting(Event::target).doesNotContain("act-1", "act-2");
  }

  @Test
  void aPresidentSigningHisOwnCapitalsPapersDoesNotActUponHisState() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "president/president/NN/O>4:nsubj", "of/of/IN/O>3:case", "Arland/Arland/NNP/LOCATION>1:nmod",
        "signed/sign/VBD/O>-1:root", "his/he/PRP$/O>6:nmod:poss", "capital/capital/NN/O>9:nmod:poss", "'s/'s/POS/O>6:case",
        "accession/accession/NN/O>9:compound", "papers/paper/NNS/O>4:obj", "on/on/IN/O>11:case",
        "Monday/Monday/NNP/O>4:obl", "./././O>4:punct")
        .actor("act-1", "President of Arland", 1, 3, MentionKind.NAME, "ARL", "GOV")
        .actor("act-2", "Arland", 6, 6, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.AGREE);
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isNull();
  }

  @Test
  void condolencesOfferedAreSympathyNotAnOffer() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "premier/premier/NN/O>2:nsubj", "offered/offer/VBD/O>-1:root",
        "condolences/condolence/NNS/O>2:obj", "to/to/IN/O>6:case", "the/the/DT/O>6:det", "families/family/NNS/O>2:obl",
        "of/of/IN/O>9:case", "the/the/DT/O>9:det", "victims/victim/NNS/O>6:nmod", "./././O>2:punct")
        .actor("act-1", "premier", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events).noneMatch(e -> e.type() == EventType.AID || e.type() == EventType.AGREE);
  }

  @Test
  void fightingInTheCourtsIsALawsuitNotCombat() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "family/family/NN/O>3:nsubj", "is/be/VBZ/O>3:aux", "fighting/fight/VBG/O>-1:root",
        "in/in/IN/O>6:case", "the/the/DT/O>6:det", "courts/court/NNS/O>3:obl", "to/to/TO/O>8:mark",
        "keep/keep/VB/O>3:xcomp", "the/the/DT/O>10:det", "farm/farm/NN/O>8:obj", "./././O>3:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.ACCUSE);
  }

  @Test
  void itInAClauseTheSpeakerReportsIsTheSpeaker() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "ministry/ministry/NN/O>2:nsubj", "said/say/VBD/O>-1:root", "it/it/PRP/O>4:nsubj",
        "rejects/reject/VBZ/O>2:ccomp", "the/the/DT/O>6:det", "proposal/proposal/NN/O>4:obj", "./././O>2:punct")
        .actor("act-1", "ministry", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
    assertThat(events.get(0).source()).isEqualTo("act-1");
  }

  @Test
  void aResponseToAnAttackFallsOnTheAttacker() {
    List<Event> events = new Parsed().sentence(
        "Arland/Arland/NNP/LOCATION>2:nsubj", "will/will/MD/O>2:aux", "respond/respond/VB/O>-1:root", "to/to/IN/O>5:case",
        "an/a/DT/O>5:det", "attack/attack/NN/O>2:obl", "by/by/IN/O>7:case", "Borvia/Borvia/NNP/LOCATION>5:nmod",
        "on/on/IN/O>10:case", "its/its/PRP$/O>10:nmod:poss", "ally/ally/NN/O>5:nmod", "./././O>2:punct")
        .state("act-1", "Arland", "ARL", 0, 0)
        .state("act-2", "Borvia", "BRV", 7, 7)
        .code();

    assertThat(events).isNotEmpty();
    assertThat(events.get(0).source()).isEqualTo("act-1");
    assertThat(events.get(0).target()).isEqualTo("act-2");
  }

  @Test
  void eachCoordinatedObjectIsExpelled() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "government/government/NN/O>2:nsubj", "expelled/expel/VBD/O>-1:root",
        "two/two/CD/O>4:nummod", "Borvians/Borvians/NNPS/O>2:obj", "and/and/CC/O>7:cc", "a/a/DT/O>7:det",
        "Carthian/Carthian/NNP/O>4:conj", "on/on/IN/O>9:case", "Monday/Monday/NNP/O>2:obl", "./././O>2:punct")
        .actor("act-1", "government", 1, 1, MentionKind.NAME, "ARL", "GOV")
        .actor("act-2", "Borvians", 4, 4, MentionKind.NAME, "BRV", "CVL")
        .actor("act-3", "Carthian", 7, 7, MentionKind.NAME, "CRT", "CVL")
        .code();

    assertThat(events).extracting(Event::target).containsExactlyInAnyOrder("act-2", "act-3");
    assertThat(events).allMatch(e -> "act-1".equals(e.source()));
  }

  @Test
  void appealingARulingRejectsIt() {
    List<Event> events = new Parsed().sentence(
        "The/the/DT/O>1:det", "family/family/NN/O>3:nsubj", "will/will/MD/O>3:aux", "appeal/appeal/VB/O>-1:root",
        "the/the/DT/O>5:det", "ruling/ruling/NN/O>3:obj", "./././O>3:punct")
        .code();

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
  }
}
