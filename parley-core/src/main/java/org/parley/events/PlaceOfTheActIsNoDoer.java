// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #NAME}: in "a suicide bombing in the capital killed twelve", "the attacks in A and B killed hundreds"
 * or "a car bomb outside the ministry wounded thirty", the state or city of a place phrase inside the act's own noun
 * phrase says where the act happened: it is not who did it, and two places coordinated there are no pair of sides.
 * Without the rule, the city's state (its government, as a city named alone stands for) became the attacker.
 */
final class PlaceOfTheActIsNoDoer {
  static final String NAME = "place-of-the-act-is-no-doer";
  /** Prepositions of a place phrase (event-words.tsv, list place-case). */
  private static final Set<String> PLACE_CASES = EventWords.list("place-case");
  /** Nouns of what blows up or is fired (event-words.tsv, list blast-noun). */
  private static final Set<String> BLAST_NOUNS = EventWords.list("blast-noun");

  private PlaceOfTheActIsNoDoer() {}

  /**
   * A city standing for its state inside the phrase of talks, where it only says where they are: "talks in Nairobi",
   * "the Doha talks". The state is no party to the talks. (Not so for other acts: in "a curfew in Algiers" or
   * "protesters in Baghdad" the city is what the act is done to, and {@link #applies} reads only the doer.)
   *
   * @param governing the type of the event noun the mention's phrase depends on
   */
  static boolean talksVenue(Sentence s, ActorMention m, EventType governing) {
    if (m.kind() != MentionKind.METONYM || governing != EventType.CONSULT) {
      return false;
    }
    int h = m.lastToken();
    Dependency d = s.headArc(h);
    return d != null && (d.relation().equals(COMPOUND) || Set.of("in", "at").contains(ParseReadings.caseOf(s, h)));
  }

  /** Whether mention {@code m}, inside the phrase headed by {@code head}, only names where that act happened. */
  static boolean setsAside(Sentence s, int head, boolean eventNoun, ActorMention m) {
    return m.lastToken() != head && applies(s, head, eventNoun, m.lastToken());
  }

  /** The words of the mentions of the phrase headed by {@code head} that the rule sets aside, in text order. */
  static List<String> placesIn(Sentence s, int head, boolean eventNoun, List<ActorMention> inSentence) {
    List<Integer> phrase = ParseReadings.phrase(s, head);
    return inSentence.stream()
        .filter(m -> phrase.contains(m.firstToken()) && phrase.contains(m.lastToken()))
        .filter(m -> setsAside(s, head, eventNoun, m))
        .sorted(Comparator.comparingInt(ActorMention::firstToken))
        .map(m -> String.join(" ", s.tokens().subList(m.firstToken(), m.lastToken() + 1).stream()
            .map(Token::text).toList()))
        .toList();
  }

  /**
   * Whether token {@code k}, inside the noun phrase headed by {@code head}, lies in a place phrase of that phrase
   * while the head names an act.
   *
   * @param eventNoun whether the lexicon reads {@code head} as an event ("bombing", "attack", "clashes")
   */
  static boolean applies(Sentence s, int head, boolean eventNoun, int k) {
    Token h = s.tokens().get(head);
    if (!h.isNoun() || !(eventNoun || BLAST_NOUNS.contains(h.lemmaLower()))) {
      return false;
    }
    for (int cur = k; cur >= 0 && cur != head; cur = ParseReadings.head(s, cur)) {
      Dependency d = s.headArc(cur);
      if (d == null) {
        return false;
      }
      if ((d.is(NMOD) || d.is(OBL)) && PLACE_CASES.contains(ParseReadings.caseOf(s, cur))) {
        return true;
      }
    }
    return false;
  }
}
