// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorLayer;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;
import org.parley.places.Dateline;
import org.parley.places.Gazetteer;
import org.parley.places.HomePlaces;
import org.parley.places.Place;
import org.parley.knowledge.SpeechVerbs;
import org.parley.time.DependencyEventDating;
import org.parley.time.TimeExpressions;

/**
 * The time and place the article as a whole gives events whose own sentence names none. A sentence is read alone
 * by {@link org.parley.time.DependencyEventDating} and {@link org.parley.places.DependencyEventPlacing}; news
 * spreads an event's setting over several sentences ("On Sunday, police said they had found the car. They gave no
 * details."), refers back to events it dated before ("the bombings"), and leaves to the wire dateline where and on
 * which day its own news happens. Each rule below fills only what is missing; nothing the sentence said is changed.
 * Stateless and thread-safe.
 */
public final class DiscourseSetting {
  /** Acts done by speaking: in wire copy they are the day's news unless a time is named. */
  private static final Set<EventType> SPOKEN = EnumSet.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
      EventType.THREATEN, EventType.SUPPORT);
  /** Acts whose place is where they fall: a foreign doer does not make them happen elsewhere. */
  private static final Set<EventType> MATERIAL = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
      EventType.MOBILIZE, EventType.PROTEST, EventType.SANCTION, EventType.AID);
  /** How many sentences a time named once goes on for: a narrative moment, not a whole article in one paragraph. */
  private static final int CARRIED_SENTENCES = 2;
  /** How far from the story's day an event may lie and still be local news of the dateline. */
  private static final int LOCAL_DAYS = 31;

  private final Gazetteer gazetteer;
  /** Reads when a sentence was reported; the verbs that report are the role {@code report-time} of its speech verbs. */
  private final DependencyEventDating dating;

  public DiscourseSetting(Gazetteer gazetteer, SpeechVerbs speech) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.dating = new DependencyEventDating(speech);
  }

  /** One event with the sentence and token that triggered it. */
  private record Mention(Event event, Sentence sentence, int token) {}

  /**
   * The time a sentence's main clause names, or the one it goes on from; {@code text} the words that gave it,
   * {@code hops} how many sentences back they were written.
   */
  private record Reference(String value, String text, boolean report, int hops) {}

  /**
   * The article with its dateline's day as its date, when an agency's copy was published later than it was filed
   * ("WARSAW, May 26 (Xinhua) --" published on the 27th): relative times ("on Friday") are read from the dateline.
   */
  public AnnotatedArticle datelineDay(AnnotatedArticle article) {
    LocalDate published = article.article().published();
    Optional<LocalDate> day = Dateline.read(article.text(), published, gazetteer).map(Dateline::date);
    if (day.isEmpty() || day.get().equals(published)) {
      return article;
    }
    return new AnnotatedArticle(article.article().withPublished(day.get()), article.layers(), article.sentences());
  }

  /**
   * @param article the article, dated by {@link #datelineDay}
   * @param actors  the actors the events' ids refer to
   * @param events  events in text order, each with the sentence that reports it as its first evidence span
   * @return the same events, with dates and places filled where the discourse gives them
   */
  public List<Event> apply(AnnotatedArticle article, ActorLayer actors, List<Event> events) {
    LocalDate today = article.article().published();
    Optional<Dateline> dateline = Dateline.read(article.text(), today, gazetteer);
    List<Sentence> sentences = article.sentences();
    Reference[] references = references(article, today);
    List<Mention> mentions = new ArrayList<>();
    for (Event e : events) {
      mentions.add(locate(article, e));
    }
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Mention m = mentions.get(i);
      Event e = out.get(i);
      if (m == null || (e.date() != null && e.location() != null)) {
        continue;
      }
      String date = e.date();
      String dateText = e.dateText();
      Mention antecedent = antecedent(mentions, out, i);
      if (date == null && antecedent != null && out.get(mentions.indexOf(antecedent)).date() != null) {
        Event a = out.get(mentions.indexOf(antecedent));
        date = a.date();
        dateText = a.dateText();
      }
      if (date == null) {
        Reference r = goesOn(m, e, references, sentences);
        if (r != null) {
          date = r.value();
          dateText = r.text();
        }
      }
      if (date == null && dateline.isPresent() && today != null && dayOfTheStory(m, e, article, references)) {
        date = today.toString();
      }
      Place place = e.location();
      if (place == null && antecedent != null && !several(m)) {
        place = out.get(mentions.indexOf(antecedent)).location();
      }
      if (place == null && !several(m) && dateline.isPresent() && dateline.get().place() != null
          && local(m, e, date, today, dateline.get().place(), actors)) {
        place = dateline.get().place();
      }
      if (place == null && !MATERIAL.contains(e.type())
          && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)) {
        place = HomePlaces.atHome(m.sentence(), gazetteer, country(actors, e.source())).orElse(null);
      }
      if (place != null && place.country() == null) {
        place = inCountry(place, m, actors, dateline.map(Dateline::place).orElse(null));
      }
      out.set(i, new Event(e.id(), e.type(), e.mode(), e.cameo(), e.polarity(), e.modality(), e.source(), e.target(),
          e.attributedTo(), e.stance(), e.issues(), date, date == null ? null : dateText, place, e.evidence(),
          e.trigger(), e.confidence(), e.trace()));
    }
    return out;
  }

  private static Mention locate(AnnotatedArticle article, Event e) {
    if (e.trigger() == null) {
      return null;
    }
    Sentence s = article.sentenceAt(e.trigger().start());
    if (s == null) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.span().start() <= e.trigger().start() && e.trigger().start() < t.span().end()) {
        return new Mention(e, s, t.index());
      }
    }
    return null;
  }

  /**
   * Per sentence, the time its main clause names, else (when it names no time at all) the one of the sentence before
   * it in the same paragraph: a paragraph keeps telling the same moment for a sentence or two.
   */
  private Reference[] references(AnnotatedArticle article, LocalDate today) {
    List<Sentence> ss = article.sentences();
    Reference[] out = new Reference[ss.size()];
    for (int i = 0; i < ss.size(); i++) {
      Sentence s = ss.get(i);
      Optional<String> own = dating.mainClauseTime(s, today);
      if (own.isPresent()) {
        int root = s.root();
        out[i] = new Reference(own.get(), mainWords(s, article.text()), dating.reports(s.tokens().get(root)),
            0);
      } else if (i > 0 && out[i - 1] != null && out[i - 1].hops() < CARRIED_SENTENCES
          && TimeExpressions.find(s).isEmpty() && sameParagraph(article.text(), ss.get(i - 1), s)) {
        Reference r = out[i - 1];
        out[i] = new Reference(r.value(), r.text(), r.report(), r.hops() + 1);
      }
    }
    return out;
  }

  /** The words of the main clause's time expression. */
  private static String mainWords(Sentence s, String text) {
    for (var e : TimeExpressions.find(s)) {
      if (DependencyEventDating.attachment(s, e) == s.root()) {
        return s.span(e.first(), e.last()).of(text);
      }
    }
    return "";
  }

  private static boolean sameParagraph(String text, Sentence before, Sentence after) {
    return text.substring(before.span().end(), after.span().start()).indexOf('\n') < 0;
  }

  /**
   * Rule "a sentence that names no time goes on at the time of the one before": "On Sunday, police said they had
   * found the car. They refused to give details." A time that only dated a report carries over to what is said
   * next, not to deeds ("Police said Monday rebels burned a village. They also looted shops." leaves the looting
   * undated). Plans, background in the pluperfect and hypotheses are left alone.
   */
  private static Reference goesOn(Mention m, Event e, Reference[] references, List<Sentence> sentences) {
    int i = m.sentence().index();
    if (i <= 0 || i >= references.length || references[i] == null || !TimeExpressions.find(m.sentence()).isEmpty()) {
      return null;
    }
    Reference r = references[i];
    if (e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL
        || r.report() && !SPOKEN.contains(e.type())) {
      return null;
    }
    int verb = clauseVerb(m.sentence(), m.token());
    if (verb < 0 || DependencyEventDating.future(m.sentence(), verb) || hasAux(m.sentence(), verb, "had")) {
      return null;
    }
    return r;
  }

  /**
   * Rule "wire copy reports the day's statements": in a story with a dateline, what is said in the present tense
   * ("the resolution condemns", "Moscow now feels"), and a statement in the past tense that opens a paragraph
   * naming no time, is the story's day; so is the lede's own news ("have signed"), whatever its type.
   */
  private boolean dayOfTheStory(Mention m, Event e, AnnotatedArticle article, Reference[] references) {
    Sentence s = m.sentence();
    if (e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL
        || dating.reportIsTimed(s) || references[s.index()] != null) {
      return false;
    }
    int verb = clauseVerb(s, m.token());
    if (verb < 0 || DependencyEventDating.future(s, verb) || hasAux(s, verb, "had")) {
      return false;
    }
    String pos = s.tokens().get(verb).pos();
    boolean present = "VBZ".equals(pos) || "VBP".equals(pos)
        || hasAux(s, verb, "has") || hasAux(s, verb, "have");
    boolean lede = isLede(article, s);
    if (lede && (present || "VBD".equals(pos) || "VBN".equals(pos))) {
      return true;
    }
    if (!SPOKEN.contains(e.type())) {
      return false;
    }
    boolean opensParagraph = s.index() == 0
        || !sameParagraph(article.text(), article.sentences().get(s.index() - 1), s);
    return present && !hasAux(s, verb, "has") && !hasAux(s, verb, "have") || "VBD".equals(pos) && opensParagraph;
  }

  /** Whether {@code s} is the story's first sentence after its dateline. */
  private static boolean isLede(AnnotatedArticle article, Sentence s) {
    int first = 0;
    List<Sentence> ss = article.sentences();
    // the dateline is a sentence of its own when the parser splits it off ("NAIROBI, Kenya (AP) _")
    while (first < ss.size() && ss.get(first).span().of(article.text()).length() < 60
        && !ss.get(first).span().of(article.text()).strip().endsWith(".")) {
      first++;
    }
    return s.index() == first;
  }

  /**
   * Rule "a mention of an event told before takes its setting": "the bombings", "the blast", "Friday's attack" name
   * again an event of the same type reported with a date or place. The antecedent is the nearest earlier event of
   * that type with agreeing actors; a later one only when it is told with the same word (the headline's "bombings"
   * dated further down). An indefinite noun ("an attack") is a new event.
   */
  private static Mention antecedent(List<Mention> mentions, List<Event> events, int i) {
    Mention m = mentions.get(i);
    Event e = events.get(i);
    Token t = m.sentence().tokens().get(m.token());
    if (!t.isNoun() || indefinite(m.sentence(), m.token())) {
      return null;
    }
    Mention later = null;
    Mention earlier = null;
    for (int k = 0; k < mentions.size(); k++) {
      Mention c = mentions.get(k);
      Event a = events.get(k);
      if (k == i || c == null || a.type() != e.type() || a.polarity() != e.polarity()
          || a.date() == null && a.location() == null || !agree(a, e)
          || a.modality() == Modality.INTENDED || a.modality() == Modality.HYPOTHETICAL) {
        continue;
      }
      if (k < i) {
        earlier = c;
      } else if (later == null && c.sentence().tokens().get(c.token()).lemmaLower().equals(t.lemmaLower())) {
        later = c;
      }
    }
    return earlier != null ? earlier : later;
  }

  private static boolean agree(Event a, Event b) {
    boolean direct = compatible(a.source(), b.source()) && compatible(a.target(), b.target());
    return direct || EventMerger.SYMMETRIC.contains(a.type())
        && compatible(a.source(), b.target()) && compatible(a.target(), b.source());
  }

  private static boolean compatible(String x, String y) {
    return x == null || y == null || x.equals(y);
  }

  /** Whether the noun names a new event or a kind of events ("an attack", "such rallies", "other attacks"). */
  private static boolean indefinite(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      String w = s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT);
      if ((d.is(DET) || d.is(AMOD))
          && Set.of("a", "an", "another", "any", "some", "no", "such", "other", "similar").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention names several events at once ("both bombings", "the two attacks"): they have no one place. */
  private static boolean several(Mention m) {
    Sentence s = m.sentence();
    for (Dependency d : s.children(m.token())) {
      String w = s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT);
      if (w.equals("both") || d.is(NUMMOD) || d.is(CONJ)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule "a wire story's local news happens where it was filed": an event with no place of its own, in a sentence
   * that names no place abroad, whose doer (or, for deeds, whose target) belongs to the dateline's country or is
   * unnamed, and that is dated within a month of the story's day. Plans and hypotheses are not placed.
   */
  private boolean local(Mention m, Event e, String date, LocalDate today, Place home, ActorLayer actors) {
    if (e.modality() == Modality.INTENDED || e.modality() == Modality.HYPOTHETICAL || home.country() == null) {
      return false;
    }
    // an undated deed may be anywhere and any time ("more than 500 people were injured"): only news of the story's days
    if (date == null || today == null || date.length() != 10
        || Math.abs(LocalDate.parse(date).toEpochDay() - today.toEpochDay()) > LOCAL_DAYS) {
      return false;
    }
    String source = country(actors, e.source());
    String target = country(actors, e.target());
    boolean sourceHome = source == null || source.equals(home.country());
    boolean targetHome = target == null || target.equals(home.country());
    boolean actorsHome = MATERIAL.contains(e.type()) ? targetHome && (sourceHome || target != null) : sourceHome && targetHome;
    return actorsHome && !namesPlaceAbroad(m.sentence(), home.country());
  }

  /**
   * Rule "a town the gazetteer lacks lies in the country its sentence speaks of": "in the Cuban town of Zzyx" (the
   * adjective is a mention of Cuba), else the dateline's country when the sentence names nothing abroad. Only the
   * country is known then: the place keeps its name and has no coordinates.
   */
  private Place inCountry(Place place, Mention m, ActorLayer actors, Place home) {
    int at = -1;
    String first = place.name().split(" ")[0];
    for (Token t : m.sentence().tokens()) {
      if (at < 0 && t.text().equals(first)) {
        at = t.index();
      }
    }
    // a state named just before the town ("the Cuban town of", "Cuba's port of"), not the doer of a deed there
    Set<String> countries = new java.util.TreeSet<>();
    for (var mention : actors.inSentence(m.sentence().index())) {
      String c = country(actors, mention.actorId());
      if (c != null && at >= 0 && mention.lastToken() < at && mention.lastToken() >= at - 4) {
        countries.add(c);
      }
    }
    String country = countries.size() == 1 ? countries.iterator().next() : null;
    if (country == null && home != null && home.country() != null
        && !namesPlaceAbroad(m.sentence(), home.country())) {
      country = home.country();
    }
    if (country == null) {
      return place;
    }
    String c = country;
    return gazetteer.lookup(place.name(), c).filter(g -> c.equals(g.country()) && !g.isCountry())
        .map(Gazetteer.Entry::place).orElse(new Place(place.name(), c, null, null));
  }

  private static String country(ActorLayer actors, String id) {
    return id == null ? null : actors.actor(id).map(Actor::country).orElse(null);
  }

  /** Whether the sentence names a place the gazetteer puts in another country than {@code home}. */
  private boolean namesPlaceAbroad(Sentence s, String home) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!"LOCATION".equals(t.get(i).ner())) {
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && "LOCATION".equals(t.get(j + 1).ner())) {
        j++;
      }
      StringBuilder name = new StringBuilder(t.get(i).text());
      for (int k = i + 1; k <= j; k++) {
        name.append(' ').append(t.get(k).text());
      }
      Optional<Gazetteer.Entry> g = gazetteer.lookup(name.toString(), home);
      if (g.isPresent() && g.get().country() != null && !g.get().country().equals(home)) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /** The verb whose clause holds the trigger: itself, or the verb an event noun hangs from. */
  private static int clauseVerb(Sentence s, int node) {
    for (int guard = 0; node >= 0 && guard < s.tokens().size(); guard++) {
      if (s.tokens().get(node).isVerb()) {
        return node;
      }
      Dependency up = s.headArc(node);
      node = up == null ? -1 : up.head();
    }
    return -1;
  }

  private static boolean hasAux(Sentence s, int verb, String word) {
    for (Dependency d : s.children(verb)) {
      if (d.is(AUX) && s.tokens().get(d.dependent()).text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }
}
