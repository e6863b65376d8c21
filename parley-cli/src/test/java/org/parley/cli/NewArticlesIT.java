// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parley.actors.Actor;
import org.parley.article.Article;
import org.parley.engine.Analysis;
import org.parley.events.Event;
import org.parley.events.EventType;
import org.parley.events.Modality;
import org.parley.events.Polarity;
import org.parley.events.Stance;
import org.parley.quotes.Quote;

/**
 * Whole-article reading of three wire stories the team wrote (resources/articles): a truce that collapses amid
 * denials, a mediated prisoner exchange, and a Security Council veto. They check the facts a conflict analyst
 * would read first, on text none of the lexicons were tuned on.
 */
class NewArticlesIT {

  private static final Map<String, Analysis> CACHE = new HashMap<>();

  private static synchronized Analysis article(String name) {
    return CACHE.computeIfAbsent(name, n -> {
      try (InputStream in = NewArticlesIT.class.getResourceAsStream("/articles/" + n + ".txt")) {
        String raw = new String(Objects.requireNonNull(in, n).readAllBytes(), StandardCharsets.UTF_8);
        int cut = raw.indexOf('\n');
        String title = raw.substring(0, cut).trim();
        String text = raw.substring(cut + 1).strip();
        return SharedParley.get().analyze(new Article(Article.contentId(text), title, null, null, null, text, "it"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static String name(Analysis a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).map(Actor::name).findFirst().orElse(null);
  }

  private static String trigger(Analysis a, Event e) {
    return e.trigger() == null ? "" : a.annotated().article().text().substring(e.trigger().start(), e.trigger().end());
  }

  private static List<Event> events(Analysis a, EventType type, Predicate<String> trigger) {
    return a.events().stream().filter(e -> e.type() == type && trigger.test(trigger(a, e))).toList();
  }

  private static String speakerOf(Analysis a, String quoteStart) {
    return a.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
        .map(Quote::speakerId).map(id -> name(a, id)).orElse(null);
  }

  @Test
  void truceCollapseCodesTheShellingByTheAccusedForces() {
    Analysis a = article("ceasefire-collapse");

    assertThat(events(a, EventType.ASSAULT, t -> t.equals("shelled"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Azerbaijani military");
      assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    });
  }

  @Test
  void denialThatTroopsOpenedFireIsARejectionNotAnAttack() {
    Analysis a = article("ceasefire-collapse");

    assertThat(events(a, EventType.REJECT, t -> t.equals("denied")))
        .anySatisfy(e -> assertThat(name(a, e.source())).isEqualTo("Azerbaijan"));
    assertThat(events(a, EventType.ASSAULT, t -> t.startsWith("opened"))).isEmpty();
    assertThat(events(a, EventType.ASSAULT, t -> t.startsWith("fire a single shot"))).singleElement()
        .satisfies(e -> assertThat(e.polarity()).isEqualTo(Polarity.NEGATED));
  }

  @Test
  void returningFireIsAnAttackNotAReturnOfGoods() {
    Analysis a = article("ceasefire-collapse");

    assertThat(a.events()).filteredOn(e -> trigger(a, e).equals("returned"))
        .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.ASSAULT));
  }

  @Test
  void leadersSpeakingByTelephoneConsultEachOther() {
    Analysis a = article("ceasefire-collapse");

    assertThat(events(a, EventType.CONSULT, t -> t.equals("spoke"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Nikol Pashinyan");
      assertThat(name(a, e.target())).isEqualTo("Emmanuel Macron");
    });
    assertThat(events(a, EventType.CONSULT, t -> t.equals("brokered"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Russia");
      assertThat(e.cameo()).isEqualTo("045");
    });
  }

  @Test
  void truceCollapseQuotesGoToTheirSpeakers() {
    Analysis a = article("ceasefire-collapse");

    assertThat(speakerOf(a, "This is a deliberate violation")).isEqualTo("Ararat Mirzoyan");
    assertThat(speakerOf(a, "Our units did not fire")).isEqualTo("Hikmet Hajiyev");
    assertThat(speakerOf(a, "We call on Baku")).isEqualTo("Maria Zakharova");
  }

  @Test
  void prisonerSwapIsAnExchangeBetweenArmyAndParamilitaryMediatedByQatar() {
    Analysis a = article("prisoner-exchange");

    assertThat(events(a, EventType.RETREAT, t -> t.equals("exchanged"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Sudanese military");
      assertThat(name(a, e.target())).isEqualTo("Rapid Support Forces");
      assertThat(e.issues()).contains("prisoner_exchange");
    });
    assertThat(events(a, EventType.CONSULT, t -> t.equals("mediated"))).singleElement()
        .satisfies(e -> assertThat(name(a, e.source())).isEqualTo("Qatar"));
    assertThat(a.negotiations()).anySatisfy(b -> assertThat(b.mediators().stream().map(id -> name(a, id)))
        .contains("Qatar"));
  }

  @Test
  void monthNameAfterInIsNotAFormerPrimeMinister() {
    Analysis a = article("prisoner-exchange");

    assertThat(a.actors()).extracting(Actor::name).doesNotContain("Theresa May");
  }

  @Test
  void prisonerSwapKeepsAccusationAndDenialApart() {
    Analysis a = article("prisoner-exchange");

    assertThat(events(a, EventType.ACCUSE, t -> t.equals("accused"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Sudanese military");
      assertThat(name(a, e.target())).isEqualTo("Rapid Support Forces");
    });
    assertThat(events(a, EventType.REJECT, t -> t.equals("denied"))).singleElement()
        .satisfies(e -> assertThat(name(a, e.source())).isEqualTo("Rapid Support Forces"));
    assertThat(events(a, EventType.ASSAULT, t -> t.equals("attacked"))).singleElement()
        .satisfies(e -> assertThat(name(a, e.source())).isEqualTo("Rapid Support Forces"));
  }

  @Test
  void prisonerSwapQuotesGoToMediatorAndBothSides() {
    Analysis a = article("prisoner-exchange");

    assertThat(speakerOf(a, "This exchange shows")).isEqualTo("Mohammed Al-Khulaifi");
    assertThat(speakerOf(a, "We will not sit")).isEqualTo("Nabil Abdallah");
    assertThat(speakerOf(a, "Our hand is extended")).isEqualTo("Mustafa Ibrahim");
  }

  @Test
  void vetoIsARejectionByTheVetoingState() {
    Analysis a = article("security-council-veto");

    assertThat(events(a, EventType.REJECT, t -> t.equals("vetoed"))).singleElement()
        .satisfies(e -> assertThat(name(a, e.source())).isEqualTo("Russia"));
    assertThat(events(a, EventType.AGREE, t -> t.equals("agree"))).singleElement()
        .satisfies(e -> assertThat(e.polarity()).isEqualTo(Polarity.NEGATED));
  }

  @Test
  void callToStopAttacksOnPortsIsNoAttack() {
    Analysis a = article("security-council-veto");

    assertThat(events(a, EventType.ASSAULT, t -> t.contains("stop"))).isEmpty();
    assertThat(events(a, EventType.RETREAT, t -> t.equals("stop"))).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("0871"));
  }

  @Test
  void deniedTargetingIsNoAttackWhileTheReportedStrikeIsAClaim() {
    Analysis a = article("security-council-veto");

    assertThat(events(a, EventType.ASSAULT, t -> t.startsWith("targeting"))).isEmpty();
    assertThat(events(a, EventType.ASSAULT, t -> t.equals("struck"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Russian military");
      assertThat(e.modality()).isEqualTo(Modality.REPORTED);
    });
  }

  @Test
  void offerToHostTalksAndSanctionsAreCodedForTheirStates() {
    Analysis a = article("security-council-veto");

    assertThat(events(a, EventType.AGREE, t -> t.equals("offered"))).singleElement().satisfies(e -> {
      assertThat(name(a, e.source())).isEqualTo("Turkey");
      assertThat(e.stance()).isEqualTo(Stance.OFFER);
      assertThat(e.modality()).isEqualTo(Modality.INTENDED);
    });
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
        .satisfies(e -> assertThat(name(a, e.source())).isEqualTo("United States"));
  }

  @Test
  void vetoQuotesGoToTheAmbassadors() {
    Analysis a = article("security-council-veto");

    assertThat(speakerOf(a, "This resolution was a political provocation")).isEqualTo("Vassily Nebenzia");
    assertThat(speakerOf(a, "Russia has blocked")).isEqualTo("Dorothy Shea");
  }

  @Test
  void familyNameFirstEnvoyIsOnePersonWhenCalledByFamilyNameAlone() {
    Analysis a = article("security-council-veto");

    assertThat(a.actors()).extracting(Actor::name).contains("Fu Cong").doesNotContain("Fu");
    assertThat(speakerOf(a, "Pressure and confrontation")).isEqualTo("Fu Cong");
  }
}
