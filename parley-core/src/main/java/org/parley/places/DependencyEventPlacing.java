// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.time.MonthNames;

/**
 * Places an event where the parse says it happened: a place introduced by a locative preposition in the
 * trigger's own clause ("talks in Geneva", "bombed a hospital in Sumy", "in the northern city of
 * Kharkiv", "in the eastern Donetsk region"), a place naming the event noun ("the Sumy bombing",
 * "Doha-based talks"), or the destination of a visit. Places that are merely actors ("Russia attacked
 * Ukraine") or sit in another clause (what someone said, where they said it) are not the event's place.
 * The nearest such place in the tree wins; an ambiguous name is read in the country named beside it
 * ("Tripoli, Lebanon") or else as the most populous. Stateless and thread-safe.
 */
public final class DependencyEventPlacing implements EventPlacing {
  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "off", "along", "through");
  /** Relations across which a clause has its own place. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of(
      CCOMP, PARATAXIS, ADVCL, CSUBJ, ACL_RELCL, ACL, LIST, DEP, APPOS, CONJ);
  /** Nouns that stand for the place they are "of": "the city of X", "the resort of X". */
  private static final Set<String> PLACE_NOUNS = Set.of(
      "city", "town", "village", "resort", "capital", "port", "region", "province", "oblast", "district",
      "state", "area", "enclave", "territory", "island", "peninsula", "strip", "governorate", "county",
      "municipality", "outskirts", "suburb", "hub", "settlement", "neighbourhood", "neighborhood", "archipelago",
      "street", "square", "plaza");
  /**
   * Verbs whose object is the place acted on ("shelled Kherson", "captured Bakhmut"). Other verbs' objects
   * named after a city are usually its government ("accused Baku of ...", "urged Kyiv to ..."), not a place.
   */
  private static final Set<String> ACTS_ON_PLACES = Set.of(
      "attack", "bomb", "bombard", "shell", "strike", "hit", "raid", "storm", "besiege", "encircle", "surround",
      "capture", "seize", "take", "retake", "recapture", "occupy", "liberate", "enter", "invade", "overrun",
      "evacuate", "flood", "target", "blockade", "siege", "pound", "rocket", "control", "reach", "visit",
      "tour", "leave", "flee", "block");

  /** Verbs of going somewhere: their destination is where the visit happens. */
  private static final Set<String> MOTION = Set.of(
      "visit", "travel", "arrive", "fly", "go", "come", "return", "head", "tour");
  private static final Set<String> DESTINATION = Set.of("to", "in", "at");

  private final Gazetteer gazetteer;
  private final SpeechVerbs speech;

  /** The placing by the bundled gazetteer and the built-in speech verbs. */
  public DependencyEventPlacing() {
    this(Gazetteer.bundled(), SpeechVerbs.builtIn());
  }

  /** The placing whose verbs of speaking from a place are the role {@code speaker-place} of {@code speech}. */
  public DependencyEventPlacing(Gazetteer gazetteer, SpeechVerbs speech) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.speech = Objects.requireNonNull(speech, "speech");
  }

  @Override
  public Optional<Place> place(Sentence sentence, int triggerToken, String text) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    if (triggerToken < 0 || triggerToken >= sentence.tokens().size()) {
      throw new IllegalArgumentException("trigger " + triggerToken + " is outside the sentence");
    }
    // breadth-first from the trigger through its own clause, then up through the clauses that govern it
    Set<Integer> seen = new HashSet<>();
    int node = triggerToken;
    Set<Integer> climbed = new HashSet<>();
    while (node >= 0 && climbed.add(node)) {
      Optional<Place> p = search(sentence, node, triggerToken, seen, text);
      if (p.isPresent()) {
        return p;
      }
      Dependency up = sentence.headArc(node);
      int where = where(sentence, node);
      if (where >= 0) {
        // "the city of Mariupol, where troops bombed a hospital": the clause happens at the place before "where"
        Optional<Place> antecedent = antecedent(sentence, where, text);
        if (antecedent.isPresent()) {
          return antecedent;
        }
      }
      if (up == null || up.head() < 0 || boundary(up)) {
        break;
      }
      node = up.head();
    }
    return Optional.empty();
  }

  private Optional<Place> search(Sentence s, int start, int trigger, Set<Integer> seen, String text) {
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty()) {
      int n = queue.poll();
      if (n != trigger || s.tokens().get(n).isNoun()) {
        Optional<Place> p = placeAt(s, n, trigger, text);
        if (p.isPresent()) {
          return p;
        }
      }
      for (Dependency d : s.children(n)) {
        // an event noun's describing clause is still about the event: "talks that took place in Antalya"
        boolean describing = n == trigger && d.relation().startsWith(ACL) && s.tokens().get(n).isNoun();
        if ((describing || !boundary(d)) && seen.add(d.dependent())) {
          queue.add(d.dependent());
        }
      }
    }
    return Optional.empty();
  }

  /** The "where" that introduces the clause headed by {@code clause}, or -1. */
  private static int where(Sentence s, int clause) {
    for (Dependency d : s.children(clause)) {
      if (d.is(ADVMOD) && s.tokens().get(d.dependent()).text().equalsIgnoreCase("where")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The place named just before "where" (by position: parsers often misattach such clauses). */
  private Optional<Place> antecedent(Sentence s, int where, String text) {
    int i = where - 1;
    while (i >= 0 && s.tokens().get(i).pos() != null && (s.tokens().get(i).pos().equals(",")
        || s.tokens().get(i).pos().equals("-RRB-"))) {
      i--;
    }
    if (i < 0) {
      return Optional.empty();
    }
    Token t = s.tokens().get(i);
    if (named(t)) {
      Dependency arc = s.headArc(i);
      if (arc != null && arc.head() >= 0 && "of".equals(preposition(s, i, arc))
          && isPlaceNoun(s.tokens().get(arc.head()))) {
        return resolve(s, i, text); // "the city of Mariupol, where"
      }
      return resolve(s, i, text).filter(p -> p.country() != null);
    }
    return isPlaceNoun(t) ? placeAt(s, i, i, text, true) : Optional.empty();
  }

  private Optional<Place> placeAt(Sentence s, int n, int trigger, String text) {
    return placeAt(s, n, trigger, text, false);
  }

  /** The place token {@code n} names as the event's place, when it is licensed as one (or {@code given}). */
  private Optional<Place> placeAt(Sentence s, int n, int trigger, String text, boolean given) {
    Token t = s.tokens().get(n);
    if (!t.isProperNoun() && !t.hasEntity() && !isPlaceNoun(t)) {
      return Optional.empty();
    }
    Dependency arc = s.headArc(n);
    if (arc == null) {
      return Optional.empty();
    }
    String prep = preposition(s, n, arc);
    boolean licensed = given || prep != null && LOCATIVE.contains(prep);
    if (!licensed && arc.head() == trigger) {
      Token trig = s.tokens().get(trigger);
      if (trig.isNoun() && (arc.relation().equals(COMPOUND) || arc.relation().equals(NMOD_POSS))) {
        licensed = true; // "the Mariupol bombing", "Antalya's talks"
      }
      // verbs of speaking (role "speaker-place" of speech-verbs.tsv): "from" names where the speaker was
      if (speech.is(trig.lemmaLower(), SpeechVerbs.Role.SPEAKER_PLACE) && "from".equals(prep)
          && named(t)) {
        licensed = true; // "the minister responded from Baghdad", "spoke from Geneva by video link"
      }
      if (MOTION.contains(trig.lemmaLower()) && (arc.relation().equals(OBJ)
          || (prep != null && DESTINATION.contains(prep)))) {
        licensed = true; // "will visit Yemen", "travelled to Paris"
      }
    }
    if (!licensed && arc.relation().equals(OBJ) && s.tokens().get(arc.head()).isVerb()
        && ACTS_ON_PLACES.contains(s.tokens().get(arc.head()).lemmaLower())
        && (isPlaceNoun(t) || gazetteer.lookup(phrase(s, n, text), null).filter(e -> !e.isCountry()).isPresent())) {
      licensed = true; // "shelled the city of Kherson", "captured Bakhmut"; a country object is an actor
    }
    if (!licensed && prep == null && arc.relation().startsWith(OBL) && arc.head() >= 0
        && s.tokens().get(arc.head()).lemmaLower().equals("base")) {
      // "Doha-based talks": only when "based" describes the event noun itself
      Dependency based = s.headArc(arc.head());
      licensed = based != null && based.head() == trigger;
    }
    if (!licensed) {
      return Optional.empty();
    }
    if (isPlaceNoun(t)) {
      // "in the northern city of Kharkiv", "in the eastern Donetsk region"
      for (Dependency d : s.children(n)) {
        Token c = s.tokens().get(d.dependent());
        if (d.is(NMOD) && "of".equals(preposition(s, d.dependent(), d)) && named(c)) {
          return resolve(s, d.dependent(), text);
        }
        if (d.relation().equals(COMPOUND) && named(c)) {
          Optional<Place> region = geocode(s, phrase(s, d.dependent(), text) + " " + t.text(), n, text);
          return region.isPresent() ? region : resolve(s, d.dependent(), text);
        }
      }
      // "through Kherson's streets", "in Gaza's main square": the possessor is the place
      for (Dependency d : s.children(n)) {
        if (d.relation().equals(NMOD_POSS) && named(s.tokens().get(d.dependent()))) {
          return resolve(s, d.dependent(), text);
        }
      }
      return Optional.empty();
    }
    return several(s, n, text).orElseGet(() -> resolve(s, n, text));
  }

  /**
   * Rule "an event in several places has no one town": "bombings in Nairobi and Dar es Salaam" is placed in the
   * country the towns share ("clashes in Kharkiv and Izium": Ukraine), else nowhere; empty when only one is named.
   */
  private Optional<Optional<Place>> several(Sentence s, int n, String text) {
    List<Integer> names = new ArrayList<>();
    for (Dependency d : s.children(n)) {
      if (d.is(CONJ) && named(s.tokens().get(d.dependent()))) {
        names.add(d.dependent());
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Optional<Place> first = resolve(s, n, text);
    String country = first.map(Place::country).orElse(null);
    for (int k : names) {
      Optional<Place> other = resolve(s, k, text);
      if (country == null || other.isEmpty() || !country.equals(other.get().country())) {
        return Optional.of(Optional.empty());
      }
    }
    return Optional.of(gazetteer.countryByCode(country).map(Gazetteer.Entry::place));
  }

  private Optional<Place> resolve(Sentence s, int n, String text) {
    String name = phrase(s, n, text);
    Token t = s.tokens().get(n);
    if (name.equals(t.text()) && MonthNames.number(t.text()) != null && !"LOCATION".equals(t.ner())) {
      return Optional.empty(); // "in March", "since May": a time, though a town in the gazetteer bears the name
    }
    // "Idlib province", "the Gaza Strip": the head noun may itself be part of the name
    return geocode(s, name, n, text);
  }

  private Optional<Place> geocode(Sentence s, String name, int n, String text) {
    String hint = countryHint(s, n, text);
    Optional<Gazetteer.Entry> e = gazetteer.lookup(name, hint);
    if (e.isEmpty() && name.contains(" ")) {
      // "the Turkish city" is gone already; "Mariupol City Council" is not a place: try the last name word
      e = gazetteer.lookup(s.tokens().get(n).text(), hint);
    }
    if (e.isPresent()) {
      return Optional.of(e.get().place());
    }
    Token t = s.tokens().get(n);
    if ("LOCATION".equals(t.ner()) || "CITY".equals(t.ner()) || "COUNTRY".equals(t.ner())
        || "STATE_OR_PROVINCE".equals(t.ner())) {
      return Optional.of(new Place(name, null, null, null)); // a place the gazetteer does not know
    }
    return Optional.empty();
  }

  /** A country named beside the place: an apposition ("Tripoli, Lebanon") or "X in Y". */
  private String countryHint(Sentence s, int n, String text) {
    for (Dependency d : s.children(n)) {
      if (d.relation().equals(APPOS) || (d.is(NMOD)
          && "in".equals(preposition(s, d.dependent(), d)))) {
        Optional<Gazetteer.Entry> c = gazetteer.country(phrase(s, d.dependent(), text));
        if (c.isPresent()) {
          return c.get().country();
        }
      }
    }
    return null;
  }

  /** The name a place token heads: itself with the proper nouns compounded to it, and a region noun. */
  private static String phrase(Sentence s, int n, String text) {
    int from = n;
    int to = n;
    for (Dependency d : s.children(n)) {
      if (d.relation().equals(COMPOUND) || d.relation().equals(FLAT) || d.relation().equals(FLAT_NAME)) {
        Token c = s.tokens().get(d.dependent());
        if (named(c) || c.text().equalsIgnoreCase("al")) {
          from = Math.min(from, d.dependent());
          to = Math.max(to, d.dependent());
        }
      }
    }
    return s.span(from, to).of(text).replaceAll("\\s+", " ");
  }

  /** The preposition introducing token {@code n}: its {@code case} child, or the relation's subtype. */
  private static String preposition(Sentence s, int n, Dependency arc) {
    for (Dependency d : s.children(n)) {
      if (d.relation().equals(CASE)) {
        String w = s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT);
        if (!w.equals("'s") && !w.equals("'")) {
          return w;
        }
      }
    }
    int colon = arc.relation().indexOf(':');
    if (colon > 0 && (arc.is(OBL) || arc.is(NMOD))) {
      String sub = arc.relation().substring(colon + 1);
      return sub.equals("tmod") || sub.equals("npmod") || sub.equals("poss") ? null : sub;
    }
    return null;
  }

  private static boolean named(Token t) {
    return t.isProperNoun() || t.hasEntity();
  }

  private static boolean isPlaceNoun(Token t) {
    return t.isNoun() && !t.isProperNoun() && PLACE_NOUNS.contains(t.lemmaLower());
  }

  private static boolean boundary(Dependency d) {
    return CLAUSE_BOUNDARIES.contains(d.relation()) || CLAUSE_BOUNDARIES.contains(d.baseRelation());
  }
}
