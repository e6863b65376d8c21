// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;
import org.parley.places.Gazetteer;
import org.parley.places.Place;

/** Team-written wire stories, hand-parsed in CoreNLP's UD style; the events are what the sentence coder gives. */
class DiscourseSettingTest {
  private static final LocalDate TUESDAY = LocalDate.of(2025, 5, 6);
  private static final Place EL_FASHER = new Place("El Fasher", "SDN", null, null);
  private final DiscourseSetting setting = new DiscourseSetting(Gazetteer.bundled(), SpeechVerbs.builtIn());
  private final List<Event> events = new ArrayList<>();

  private static final String SUNDAY_REPORT = "On/IN/1/case Sunday/NNP/4/obl ,/,/4/punct police/NN/4/nsubj "
      + "said|say/VBD/-1/root they/PRP/7/nsubj had|have/VBD/7/aux found|find/VBN/4/ccomp the/DT/9/det car/NN/7/obj "
      + "././4/punct";
  private static final String REFUSED = "They/PRP/1/nsubj refused|refuse/VBD/-1/root to/TO/3/mark give/VB/1/xcomp "
      + "details|detail/NNS/3/obj ././1/punct";
  private static final String MONDAY_REPORT = "Police/NNS/1/nsubj said|say/VBD/-1/root Monday/NNP/1/obl:tmod "
      + "rebels|rebel/NNS/4/nsubj burned|burn/VBD/1/ccomp a/DT/6/det village/NN/4/obj ././1/punct";
  private static final String LOOTED = "They/PRP/2/nsubj also/RB/2/advmod looted|loot/VBD/-1/root "
      + "shops|shop/NNS/2/obj ././2/punct";
  private static final String SHELLED_SATURDAY = "Rebels|rebel/NNS/1/nsubj shelled|shell/VBD/-1/root the/DT/3/det "
      + "market/NN/1/obj on/IN/5/case Saturday/NNP/1/obl ././1/punct";
  private static final String THE_SHELLING = "The/DT/1/det shelling/NN/2/nsubj killed|kill/VBD/-1/root "
      + "ten/CD/4/nummod people|person/NNS/2/obj ././2/punct";
  private static final String AN_ATTACK = "An|a/DT/1/det attack/NN/5/nsubj on/IN/4/case a/DT/4/det convoy/NN/1/nmod "
      + "followed|follow/VBD/-1/root ././5/punct";

  private Event event(ParsedArticle a, int sentence, String trigger, EventType type, Modality modality,
                      String source, String date, Place place) {
    Event e = new Event("ev-0", type, null, null, Polarity.POSITIVE, modality, source, null, null, null, List.of(),
        date, date == null ? null : "given", place, List.of(a.sentence(sentence).span()), a.token(sentence, trigger),
        0.7);
    events.add(e);
    return e;
  }

  private List<Event> set(ParsedArticle a, ActorLayer actors) {
    AnnotatedArticle article = setting.datelineDay(a.article());
    return setting.apply(article, actors, events);
  }

  @Test
  void aSentenceNamingNoTimeGoesOnAtTheTimeOfTheOneBefore() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (Reuters) --")
        .paragraph(SUNDAY_REPORT, REFUSED).paragraph(MONDAY_REPORT, LOOTED);
    event(a, 2, "refused", EventType.REJECT, Modality.ASSERTED, null, null, null);
    event(a, 4, "looted", EventType.ASSAULT, Modality.ASSERTED, null, null, null);
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(0).date()).isEqualTo("2025-05-04");
    assertThat(out.get(0).dateText()).isEqualTo("On Sunday");
    // a report's time goes on to what is said next, not to deeds told after it
    assertThat(out.get(1).date()).isNull();
  }

  @Test
  void theSameEventNamedAgainTakesItsDateAndPlace() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (Reuters) --")
        .paragraph(SHELLED_SATURDAY).paragraph(THE_SHELLING).paragraph(AN_ATTACK);
    event(a, 1, "shelled", EventType.ASSAULT, Modality.ASSERTED, null, "2025-05-03", EL_FASHER);
    event(a, 2, "shelling", EventType.ASSAULT, Modality.ASSERTED, null, null, null);
    event(a, 3, "attack", EventType.ASSAULT, Modality.ASSERTED, null, null, null);
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(1).date()).isEqualTo("2025-05-03");
    assertThat(out.get(1).location()).isEqualTo(EL_FASHER);
    // "an attack" is another event: the shelling's date is not lent to it
    assertThat(out.get(2).date()).isNull();
  }

  @Test
  void wireCopyDatesTheDaysStatementsToTheStorysDay() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (Reuters) --")
        .paragraph(SHELLED_SATURDAY)
        .paragraph("The/DT/1/det council/NN/2/nsubj condemns|condemn/VBZ/-1/root the/DT/4/det shelling/NN/2/obj "
            + "././2/punct")
        .paragraph("The/DT/1/det ministry/NN/2/nsubj rejected|reject/VBD/-1/root the/DT/4/det proposal/NN/2/obj "
            + "././2/punct")
        .paragraph("Rebels|rebel/NNS/2/nsubj had|have/VBD/2/aux threatened|threaten/VBN/-1/root the/DT/4/det "
            + "town/NN/2/obj ././2/punct");
    event(a, 2, "condemns", EventType.ACCUSE, Modality.ASSERTED, null, null, null);
    event(a, 3, "rejected", EventType.REJECT, Modality.ASSERTED, null, null, null);
    event(a, 4, "threatened", EventType.THREATEN, Modality.ASSERTED, null, null, null);
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(0).date()).isEqualTo("2025-05-06");
    assertThat(out.get(1).date()).isEqualTo("2025-05-06");
    assertThat(out.get(2).date()).as("background in the pluperfect").isNull();
  }

  @Test
  void theLedesNewsHappenedOnTheDatelinesDay() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("GENEVA, May 5 (Xinhua) --")
        .paragraph("The/DT/2/det two/CD/2/nummod ministers|minister/NNS/4/nsubj have/VBP/4/aux "
            + "signed|sign/VBN/-1/root the/DT/6/det accord/NN/4/obj ././4/punct");
    event(a, 1, "signed", EventType.AGREE, Modality.ASSERTED, null, null, null);
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(0).date()).isEqualTo("2025-05-05");
    assertThat(out.get(0).location()).extracting(Place::name, Place::country).containsExactly("Genève", "CHE");
  }

  @Test
  void localNewsHappensWhereTheStoryWasFiled() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (AP) _")
        .paragraph("Thousands|thousand/NNS/1/nsubj marched|march/VBD/-1/root on/IN/3/case Friday/NNP/1/obl "
            + "././1/punct")
        .paragraph("Chadian|Chadian/JJ/1/amod troops/NNS/2/nsubj shelled|shell/VBD/-1/root a/DT/4/det camp/NN/2/obj "
            + "././2/punct")
        .paragraph("Students|student/NNS/1/nsubj protested|protest/VBD/-1/root as/IN/5/mark talks|talk/NNS/5/nsubj "
            + "in/IN/5/case Jeddah/NNP/LOCATION/3/nmod stalled|stall/VBD/1/advcl ././1/punct");
    event(a, 1, "marched", EventType.PROTEST, Modality.ASSERTED, null, "2025-05-02", null);
    event(a, 2, "shelled", EventType.ASSAULT, Modality.ASSERTED, "act-1", null, null);
    event(a, 3, "protested", EventType.PROTEST, Modality.ASSERTED, null, "2025-05-05", null);
    ActorLayer actors = new ActorLayer(List.of(new Actor("act-1", "Chad", "TCDMIL", "TCD", "MIL", null, null,
        List.of())), List.of());
    List<Event> out = set(a, actors);
    assertThat(out.get(0).location()).extracting(Place::name, Place::country).containsExactly("Khartoum", "SDN");
    assertThat(out.get(1).location()).as("a foreign force's undated deed is not placed by the dateline").isNull();
    assertThat(out.get(2).location()).as("a sentence naming a place abroad").isNull();
  }

  @Test
  void aRelativeClauseOfKindsIsNotTheSameEvent() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (AP) _")
        .paragraph("Thousands|thousand/NNS/1/nsubj rallied|rally/VBD/-1/root on/IN/3/case Friday/NNP/1/obl "
            + "././1/punct")
        .paragraph("Unions|union/NNS/2/nsubj have/VBP/2/aux held|hold/VBN/-1/root such/JJ/4/amod "
            + "rallies|rally/NNS/2/obj for/IN/6/case years|year/NNS/2/obl ././2/punct");
    event(a, 1, "rallied", EventType.PROTEST, Modality.ASSERTED, null, "2025-05-02", null);
    event(a, 2, "rallies", EventType.PROTEST, Modality.ASSERTED, null, null, null);
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(1).date()).isNull();
    assertThat(out.get(1).location()).isNull();
  }

  @Test
  void aTimeGoesOnForASentenceOrTwoNotForAWholeParagraph() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("KHARTOUM, Sudan (Reuters) --")
        .paragraph(SUNDAY_REPORT, REFUSED, REFUSED, REFUSED);
    for (int i = 2; i <= 4; i++) {
      event(a, i, "refused", EventType.REJECT, Modality.ASSERTED, null, null, null);
    }
    List<Event> out = set(a, ActorLayer.EMPTY);
    assertThat(out.get(0).date()).isEqualTo("2025-05-04");
    assertThat(out.get(1).date()).isEqualTo("2025-05-04");
    assertThat(out.get(2).date()).isNotEqualTo("2025-05-04");
  }

  @Test
  void aTownTheGazetteerLacksLiesInTheStateNamedBeforeIt() {
    ParsedArticle a = new ParsedArticle(TUESDAY).paragraph("NAIROBI, Kenya (AP) _")
        .paragraph("Troops/NNS/1/nsubj raided|raid/VBD/-1/root the/DT/4/det Somali|Somali/JJ/4/amod town/NN/1/obj "
            + "of/IN/6/case Qoryaxleey/NNP/LOCATION/4/nmod ././1/punct")
        .paragraph("Police/NNS/1/nsubj dispersed|disperse/VBD/-1/root a/DT/3/det crowd/NN/1/obj in/IN/5/case "
            + "Kwa-Ndugu/NNP/LOCATION/1/obl ././1/punct");
    event(a, 1, "raided", EventType.ASSAULT, Modality.ASSERTED, null, null, new Place("Qoryaxleey", null, null, null));
    event(a, 2, "dispersed", EventType.COERCE, Modality.ASSERTED, null, null, new Place("Kwa-Ndugu", null, null, null));
    Actor somalia = new Actor("act-1", "Somalia", "SOM", "SOM", null, null, null, List.of(a.token(1, "Somali")));
    ActorLayer actors = new ActorLayer(List.of(somalia), List.of(new org.parley.actors.ActorMention(
        a.token(1, "Somali"), 1, 3, 3, "act-1", org.parley.actors.MentionKind.NAME)));
    List<Event> out = set(a, actors);
    assertThat(out.get(0).location()).isEqualTo(new Place("Qoryaxleey", "SOM", null, null));
    // nothing named beside it: the town is in the country the story was filed from
    assertThat(out.get(1).location()).isEqualTo(new Place("Kwa-Ndugu", "KEN", null, null));
  }
}
