// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.events.EventLexicon.Entry;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Rule {@value #NAME}: a verb of going read as a visit (a {@code visit} row of the lexicon whose frame needs a "to"
 * phrase: "travel to", "fly to", "head to") is one only when a state goes abroad: "the foreign minister will travel
 * to the allied capital", "the envoy flew to the neighbouring capital" are visits (CAMEO 042) to the state the
 * destination belongs to. Tourists, refugees or a rescue team from a country travel for no state, a president
 * flying home or to a city of his own country pays no one a visit, and a place the gazetteer cannot give a state
 * to names no host: such candidates are dropped under the rule's name.
 */
final class JourneyAbroadIsVisit {
  static final String NAME = "journey-abroad-is-a-visit";
  /** People a state or an international body sends (event-words.tsv, list emissary-noun). */
  private static final Set<String> EMISSARIES = EventWords.list("emissary-noun");

  private JourneyAbroadIsVisit() {}

  /** Whether entry {@code e} reads a verb of going as a visit: a visit row whose frame needs a "to" phrase. */
  static boolean journey(Entry e) {
    return e.type() == EventType.CONSULT && "visit".equals(e.mode())
        && e.frame().conditions().stream().anyMatch(c -> c.startsWith("prep:to"));
  }

  /**
   * Visit {@code ev}, traced, or null when no state goes abroad (the candidate then joins {@code dropped}).
   *
   * @param subject the subject of the verb of going, or -1
   */
  static Event kept(Event ev, Sentence s, ActorLayer actors, int subject, int verb, List<Event> dropped) {
    String why = objection(s, actors, subject, ev.source() == null ? null : actors.actor(ev.source()).orElse(null),
        ev.target() == null ? null : actors.actor(ev.target()).orElse(null));
    if (why == null && !destinationNamed(s, actors, verb, ev.target())) {
      why = "the destination is no state"; // "headed to the talks in Vienna": the talks' venue is no host
    }
    if (why != null) {
      dropped.add(ev.traced(NAME, why + ": dropped"));
      return null;
    }
    return ev.traced(NAME, "a state or its envoy goes abroad: a visit to the destination's state");
  }

  /**
   * Clears the journeys whose "to" phrase names an event ("the delegation headed to the talks"): the talks are what
   * is reported, done by whoever goes to them, as where the verb is no trigger.
   */
  static void leaveEventsAsDestinations(Sentence s, Entry[] lex) {
    for (int i = 0; i < lex.length; i++) {
      for (Dependency d : s.children(i)) {
        Entry to = lex[d.dependent()];
        if (lex[i] != null && journey(lex[i]) && d.is(OBL) && ParseReadings.hasCase(s, d.dependent(), "to")
            && to != null && to.kind() == EventLexicon.Kind.EVENT) {
          lex[i] = null;
        }
      }
    }
  }

  /**
   * Whether the "to" phrase of verb {@code verb} names {@code target} ("flew to Moscow", "to Washington DC"), rather
   * than a place the target was only found from ("to the talks in Vienna").
   */
  private static boolean destinationNamed(Sentence s, ActorLayer actors, int verb, String target) {
    for (Dependency d : s.children(verb)) {
      if (d.is(OBL) && ParseReadings.hasCase(s, d.dependent(), "to")) {
        List<Integer> phrase = ParseReadings.phrase(s, d.dependent());
        return actors.inSentence(s.index()).stream()
            .anyMatch(m -> m.actorId().equals(target) && phrase.contains(m.lastToken()));
      }
    }
    return false;
  }

  /**
   * Why the journey of {@code traveller}, the actor of subject {@code subject} of the verb of going, to
   * {@code destination} is no visit, or null when it is one.
   */
  static String objection(Sentence s, ActorLayer actors, int subject, Actor traveller, Actor destination) {
    Token head = subject < 0 ? null : s.tokens().get(subject);
    boolean named = head != null && (head.isPronoun() || EMISSARIES.contains(head.lemmaLower())
        || actors.mentionAt(s.index(), subject).isPresent());
    boolean one = head != null && !"NNS".equals(head.pos()) && !"NNPS".equals(head.pos());
    return objection(traveller, named, one, destination);
  }

  /**
   * Why the journey of {@code traveller} to {@code destination} is no visit, or null when it is one.
   *
   * @param travellerNamed whether the verb's subject is itself the traveller's mention, a pronoun or an emissary,
   *     not a group only placed by a "from" phrase ("a rescue team from Turkey")
   * @param one whether that subject is a single person or body ("the UN envoy", not "UN inspectors")
   */
  static String objection(Actor traveller, boolean travellerNamed, boolean one, Actor destination) {
    if (traveller == null || !travellerNamed || !stateParty(traveller, one)) {
      return "no state travels";
    }
    if (destination == null || !destination.isCollective() || destination.country() == null
        || !(destination.sector() == null || "GOV".equals(destination.sector()))) {
      return "no state named where it goes";
    }
    return destination.country().equals(traveller.country()) ? "a journey at home" : null;
  }

  /**
   * A government or its officials, or one official of an international body ("the UN envoy"): its teams of
   * inspectors or monitors go on missions, not visits.
   */
  private static boolean stateParty(Actor a, boolean one) {
    return "GOV".equals(a.sector()) && a.country() != null || "IGO".equals(a.sector()) && (one || !a.isCollective());
  }
}
