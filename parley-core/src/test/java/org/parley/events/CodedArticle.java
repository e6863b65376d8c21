// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.parley.actors.ActorLayer;
import org.parley.actors.MentionKind;
import org.parley.actors.MentionedActors;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedArticle;
import org.parley.places.Place;

/**
 * A hand-parsed article (sentences in the {@link org.parley.nlp.ParsedText} notation, joined by a space), the actors
 * its words name, and the events the dependency coder reads from it.
 */
final class CodedArticle {
  private final ParsedArticle parsed = new ParsedArticle();
  private final MentionedActors actors = new MentionedActors();

  CodedArticle sentence(String encoded) {
    parsed.sentence(encoded);
    return this;
  }

  /** Makes tokens {@code first..last} of the last sentence a mention of actor {@code id} named {@code name}. */
  CodedArticle actor(String id, String name, int first, int last) {
    return actor(id, name, first, last, MentionKind.NAME, null, null);
  }

  /**
   * Makes tokens {@code first..last} of the last sentence a mention of kind {@code kind} of an actor with a country
   * and sector (either may be null), as the actor stage would resolve "Kyiv" (a metonym) or "its troops".
   */
  CodedArticle actor(String id, String name, int first, int last, MentionKind kind, String country, String sector) {
    actors.mention(parsed.lastSentence(), first, last, kind, id, name, null, country, sector);
    return this;
  }

  /** Like {@link #actor}, for the government of state {@code country} (alpha-3). */
  CodedArticle state(String id, String name, String country, int first, int last) {
    actors.mention(parsed.lastSentence(), first, last, MentionKind.NAME, id, name, country + "GOV", country, "GOV");
    return this;
  }

  AnnotatedArticle article() {
    return parsed.article();
  }

  ActorLayer actors() {
    return actors.layer();
  }

  String text() {
    return parsed.text();
  }

  /** Codes with every event placed at {@code place}. */
  List<Event> codeAt(Place place) {
    return code(Optional.of(place));
  }

  List<Event> code() {
    return code(Optional.empty());
  }

  /** Checks that exactly one event is coded, of this type, and with this source and target where not null. */
  void assertOneEvent(EventType type, String source, String target) {
    assertThat(code()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(type);
      assertParties(e, source, target);
    });
  }

  /** Checks that one of the events coded is of this type, with this source and target where not null. */
  void assertOneEventOfType(EventType type, String source, String target) {
    assertThat(code()).filteredOn(e -> e.type() == type).singleElement()
        .satisfies(e -> assertParties(e, source, target));
  }

  /** Checks that no event is coded. */
  void assertNoEvents() {
    assertThat(code()).isEmpty();
  }

  private static void assertParties(Event e, String source, String target) {
    if (source != null) {
      assertThat(e.source()).isEqualTo(source);
    }
    if (target != null) {
      assertThat(e.target()).isEqualTo(target);
    }
  }

  private List<Event> code(Optional<Place> place) {
    DependencyEventCoder coder = new DependencyEventCoder((s, t, x, p) -> Optional.empty(), (s, t, x) -> place);
    return coder.code(article(), actors(), List.of());
  }
}
