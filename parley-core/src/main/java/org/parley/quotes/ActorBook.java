// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
import org.parley.actors.ActorIds;
import org.parley.actors.ActorLayer;
import org.parley.actors.ActorMention;
import org.parley.actors.MentionKind;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The actor layer as the quotes stage extends it: resolves the noun phrase that names a speaker to an actor
 * (an existing one, a pronoun's antecedent, or a new descriptive actor such as "a senior official") and records
 * the mention that identifies the speaker, so that every speaker's mentions include the words naming them at
 * the quote.
 */
final class ActorBook {
  static final String TITLE_CUT = "title-cut-from-its-name-by-the-splitter";
  static final String TITLE_IS_A_PERSON = "title-is-a-person-not-its-state";
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "this", "that", "these", "those");

  final AnnotatedArticle article;
  final QuoteLexicon lexicon;
  final Map<String, ActorEntry> entries = new LinkedHashMap<>();
  final List<ActorMention> mentions;
  final List<Span> quoted;
  /** Mentions this stage added; where one shares its span with an actor-stage mention, it is the reading used. */
  final Set<ActorMention> own = new HashSet<>();
  /** The speaker of each quote so far, at the head of the phrase naming it. */
  final List<ActorMention> spoken = new ArrayList<>();
  private final ActorIds ids;
  /** The rule that named the speaker {@link #speaker} last resolved, for the quote's trace. */
  private String reason;

  final PronounAntecedents pronouns = new PronounAntecedents(this);
  final DocumentIssuer documents = new DocumentIssuer(this);
  final TitleContinuation titles = new TitleContinuation(this);
  final EarlierSayer sayers;
  final SourceSubject sources = new SourceSubject(this);
  private final QuoteContext cx;

  ActorBook(QuoteContext cx, ActorLayer layer) {
    this.cx = cx;
    this.sayers = new EarlierSayer(cx, this);
    this.article = cx.article();
    this.lexicon = cx.lexicon();
    this.quoted = cx.quoted();
    for (Actor a : layer.actors()) {
      entries.put(a.id(), new ActorEntry(a));
    }
    this.ids = layer.freshIds();
    this.mentions = new ArrayList<>(layer.mentions());
  }

  ActorLayer layer() {
    List<ActorMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    return new ActorLayer(entries.values().stream().map(ActorEntry::actor).toList(), sorted);
  }

  /**
   * The actor the noun phrase headed by token {@code head} of {@code s} names, covering tokens
   * {@code first..last}; records the phrase (or pronoun) as a mention of it. Null when no actor can be named
   * ("I", "we", "it" with nothing to refer to).
   */
  String speaker(Sentence s, int head, int first, int last) {
    Sentence named = nameCutFromTitle(s, head);
    if (named != null) {
      int end = properRunEnd(named, 0);
      String id = resolve(named, end, 0, end);
      reason = TITLE_CUT + " > " + reason;
      if (id != null) {
        spoken.add(new ActorMention(named.tokens().get(end).span(), named.index(), end, end, id, MentionKind.NAME));
      }
      return id;
    }
    SourceSubject.Sayer sayer = sources.sayer(s, head);
    if (sayer.head() < 0) {
      return because(sayer.rule(), null); // a thing, and no sayer in its sentence: nobody's words
    }
    if (sayer.rule() != null) {
      head = sayer.head();
      int[] np = SpeakerPhrase.nounPhrase(cx, s, head);
      first = np[0];
      last = np[1];
    }
    Token h = s.tokens().get(head);
    boolean title = (h.isProperNoun() || h.hasEntity()) && titleWord(h) && mentionAt(s.index(), head).isEmpty();
    String id = resolve(s, head, first, last);
    // every rule in the quote's trace: who speaks, and how it was named
    if (title) {
      reason = TITLE_IS_A_PERSON + " > " + reason;
    }
    if (sayer.rule() != null) {
      reason = sayer.rule() + " > " + reason;
    }
    if (id != null) {
      spoken.add(new ActorMention(s.tokens().get(head).span(), s.index(), head, head, id, MentionKind.NAME));
    }
    return id;
  }

  private String resolve(Sentence s, int head, int first, int last) {
    Token h = s.tokens().get(head);
    Span np = s.span(first, last);
    Optional<ActorMention> at = mentionAt(s.index(), head);
    int group = at.isEmpty() ? CountedGroup.counted(s, head) : -1;
    Optional<ActorMention> counted = group < 0 ? Optional.empty() : mentionAt(s.index(), group);
    if (counted.isPresent()) {
      return because(CountedGroup.RULE, counted.get().actorId());
    }
    if (h.isPronoun() || isRelativePronoun(h)) {
      return pronounSpeaker(s, head, at);
    }
    if (at.isPresent()) {
      ActorEntry read = entries.get(at.get().actorId());
      if (read != null && read.role == null && !"person".equals(read.kind) && !h.isProperNoun()) {
        String named = apposedName(s, head, first, last);
        if (named != null) {
          // a description the actor stage read as a body, in apposition to a person's name
          return because("description-apposed-to-name", named);
        }
      }
      String id = asTheTextNamesIt(s, head, first, last, at.get());
      String rule = "speaker-as-the-text-names-it";
      if (id == null) {
        id = at.get().actorId();
        addIfNew(id, np, s, first, last, MentionKind.NAME);
        rule = "actor-stage-reading";
      }
      return because(rule, id);
    }
    if ((h.isProperNoun() || h.hasEntity()) && !titleWord(h)) {
      return because("named-speaker", namedSpeaker(s, head, first, last));
    }
    // "Her counterpart, Ivan Sorokin": a description in apposition to a name is that named actor.
    String named = apposedName(s, head, first, last);
    if (named != null) {
      return because("description-apposed-to-name", named);
    }
    Optional<QuoteLexicon.SpeakerNoun> noun = noun(h);
    String state = GovernmentOfNamedState.stateOf(this, s, head, first, noun.isPresent()
        && "organisation".equals(noun.get().kind()) && "GOV".equals(noun.get().sector()));
    if (state != null) {
      addIfNew(state, np, s, first, last, MentionKind.DESCRIPTION);
      return because(GovernmentOfNamedState.NAME, state);
    }
    if (noun.isPresent() && noun.get().document()) {
      String id = documents.documentIssuer(s, head, first, last);
      if (id != null) {
        addIfNew(id, np, s, first, last, MentionKind.DESCRIPTION);
        return because(documents.rule(), id);
      }
    }
    return described(s, head, first, last, noun);
  }

  /**
   * "Her counterpart, Ivan Sorokin", "the bishop of the diocese, Anselm Roth": a description in apposition to a
   * name is that named actor (a person the actor stage left aside is named here). Null when there is no such name.
   */
  private String apposedName(Sentence s, int head, int first, int last) {
    for (Dependency d : s.dependencies()) {
      int other = d.head() == head ? d.dependent() : d.dependent() == head ? d.head() : -1;
      Dependency up = d.head() >= 0 ? s.headArc(d.head()) : null;
      if (other < 0 && up != null && up.head() == head && up.is(NMOD)
          && s.tokens().get(d.dependent()).isProperNoun()) {
        other = d.dependent(); // "the bishop of the diocese, Anselm Roth": the name hung on the title's last noun
      }
      if (other >= first && other <= last && d.is(APPOS)) {
        Optional<ActorMention> named = mentionAt(s.index(), other);
        if (named.isPresent()) {
          addIfNew(named.get().actorId(), s.span(first, last), s, first, last, MentionKind.DESCRIPTION);
          return named.get().actorId();
        }
        if ("PERSON".equals(s.tokens().get(other).ner())) {
          int end = properRunEnd(s, other);
          String id = namedSpeaker(s, end, properRunStart(s, end, first), end);
          addIfNew(id, s.span(first, last), s, first, last, MentionKind.DESCRIPTION);
          return id;
        }
      }
    }
    return null;
  }

  /**
   * Rule {@value #TITLE_CUT}: '..." said Sen.' then 'Ana Reyes of Oregon.': the splitter ended the sentence at the
   * period of a title's abbreviation, so the cue's subject is the title and the name opens the next sentence, which
   * has no verb of its own. That sentence, or null when the speaker is not so cut.
   */
  private Sentence nameCutFromTitle(Sentence s, int head) {
    List<Token> ts = s.tokens();
    Token h = ts.get(head);
    boolean abbreviation = h.isProperNoun() && h.text().length() <= 4 && Character.isUpperCase(h.text().charAt(0));
    if (!abbreviation || head + 1 >= ts.size() || !ts.get(head + 1).text().equals(".")
        || s.index() + 1 >= article.sentences().size()) {
      return null;
    }
    for (int k = head + 2; k < ts.size(); k++) {
      if (!QuoteContext.isPunct(ts.get(k))) {
        return null; // the title is not the sentence's last word
      }
    }
    Sentence next = article.sentences().get(s.index() + 1);
    List<Token> ns = next.tokens();
    if (ns.isEmpty() || !ns.get(0).isProperNoun() || !"PERSON".equals(ns.get(0).ner())
        || ns.stream().anyMatch(Token::isVerb)) {
      return null;
    }
    return next;
  }

  /**
   * Rule {@value #TITLE_IS_A_PERSON}: "the U.S. senator", tagged as a name, is a person described by a title written
   * in lower case; read as a name it became the state its qualifier names.
   */
  private boolean titleWord(Token h) {
    return Character.isLowerCase(h.text().charAt(0)) && noun(h).map(QuoteLexicon.SpeakerNoun::person).orElse(false);
  }

  Optional<QuoteLexicon.SpeakerNoun> noun(Token h) {
    return lexicon.speakerNoun(h.text().toLowerCase(Locale.ROOT)).or(() -> lexicon.speakerNoun(h.lemmaLower()));
  }

  Optional<QuoteLexicon.SpeakerNoun> noun(String lemma) {
    return lexicon.speakerNoun(lemma);
  }

  /** A common-noun description: an earlier actor so described ("the source" after "a source"), or a new one. */
  private String described(Sentence s, int head, int first, int last, Optional<QuoteLexicon.SpeakerNoun> noun) {
    Token h = s.tokens().get(head);
    Span np = s.span(first, last);
    String lemma = h.lemmaLower();
    boolean definite = first < head && isDefinite(s.tokens().get(first));
    String id = definite ? titles.byDescriptionOrTitle(s, head, lemma, np.start()) : null;
    reason = id != null ? "description-continues-actor" : "new-descriptive-actor";
    if (id == null) {
      String name = s.span(DETERMINERS.contains(s.tokens().get(first).text().toLowerCase(Locale.ROOT))
          && first < last ? first + 1 : first, last).of(article.text());
      id = create(name, noun.map(QuoteLexicon.SpeakerNoun::sector).orElse(null), lemma,
          noun.map(QuoteLexicon.SpeakerNoun::kind).orElse(h.pos() != null && h.pos().endsWith("S") ? "group" : null));
    }
    addIfNew(id, np, s, first, last, MentionKind.DESCRIPTION);
    return id;
  }

  /** A proper name the actor stage did not resolve: an actor with that surname, or a new one so named. */
  String namedSpeaker(Sentence s, int head, int first, int last) {
    Span np = s.span(first, last);
    for (ActorMention m : mentions) {
      if (m.sentence() == s.index() && m.firstToken() >= first && m.lastToken() <= last) {
        addIfNew(m.actorId(), np, s, first, last, MentionKind.NAME);
        return m.actorId();
      }
    }
    String id = bySurname(s.tokens().get(head).text());
    if (id == null) {
      int from = properRunStart(s, head, first);
      String name = s.span(from, head).of(article.text());
      id = create(name, null, null, "person".equals(kindOfNamed(s, from, head)) ? "person" : null);
    }
    addIfNew(id, np, s, first, last, MentionKind.NAME);
    return id;
  }

  /**
   * A pronoun speaker: the actor stage's reading, unless the nearest compatible antecedent is a speaker this stage
   * named ("A resolution ... 'expresses its sorrow'. It strongly condemns ..."): the pronoun continues that
   * speaker.
   */
  private String pronounSpeaker(Sentence s, int head, Optional<ActorMention> at) {
    Token h = s.tokens().get(head);
    ActorMention found = pronouns.antecedent(h.text().toLowerCase(Locale.ROOT), s, h.span().start());
    if (at.isPresent() && (found == null || !own.contains(found))) {
      return because("pronoun-read-by-actor-stage", at.get().actorId());
    }
    if (found == null) {
      String sayer = sayers.before(s, head);
      if (sayer != null) {
        add(sayer, new ActorMention(h.span(), s.index(), head, head, sayer, MentionKind.PRONOUN));
        return because(EarlierSayer.RULE, sayer);
      }
      return null;
    }
    String id = found.actorId();
    add(id, new ActorMention(h.span(), s.index(), head, head, id, MentionKind.PRONOUN));
    return because("pronoun-continues-earlier-speaker", id);
  }

  /**
   * Rules "seat of power speaks as named" and "unnamed speakers as the text names them": where the actor stage
   * folded the speaker's phrase into a state ("the Kremlin", "a senior Western official", "the official"), the
   * speaker is kept as the text names it, with that state's country and sector. A definite description ("the
   * official") first continues the actor last so described. Null when the actor stage's reading stands.
   */
  private String asTheTextNamesIt(Sentence s, int head, int first, int last, ActorMention at) {
    ActorEntry state = entries.get(at.actorId());
    Token h = s.tokens().get(head);
    if (state == null || state.role != null || "person".equals(state.kind)
        || state.name.toLowerCase(Locale.ROOT).endsWith(h.text().toLowerCase(Locale.ROOT))) {
      return null; // a person, or an actor already named by this description ("administration officials")
    }
    Span np = s.span(first, last);
    if (at.kind() == MentionKind.METONYM && h.isProperNoun() && at.lastToken() > at.firstToken()) {
      int from = s.tokens().get(at.firstToken()).lemmaLower().equals("the") ? at.firstToken() + 1 : at.firstToken();
      String name = s.span(from, at.lastToken()).of(article.text());
      String id = byName(name);
      if (id == null) {
        id = create(name, state.code, state.country, state.sector, null, "organisation");
      }
      addIfNew(id, np, s, first, last, MentionKind.NAME);
      return id;
    }
    Optional<QuoteLexicon.SpeakerNoun> noun = noun(h);
    if (h.isProperNoun() || noun.isEmpty() || !noun.get().person() && !"group".equals(noun.get().kind())) {
      return null;
    }
    String id = first < head && isDefinite(s.tokens().get(first))
        ? titles.byDescriptionOrTitle(s, head, h.lemmaLower(), np.start()) : null;
    if (id == null) {
      int from = first;
      while (from < head && (DETERMINERS.contains(s.tokens().get(from).lemmaLower())
          || "CD".equals(s.tokens().get(from).pos()) || isDefinite(s.tokens().get(from)))) {
        from++;
      }
      String sector = noun.get().sector() != null ? noun.get().sector() : state.sector;
      id = create(s.span(from, head).of(article.text()), null, state.country, sector, h.lemmaLower(),
          noun.get().kind());
    }
    addIfNew(id, np, s, first, last, MentionKind.DESCRIPTION);
    return id;
  }

  /** The last token of the proper name starting at {@code i}, hyphenated parts included ("Al-Minbar"). */
  static int properRunEnd(Sentence s, int i) {
    int j = i;
    int n = s.tokens().size();
    while (j + 1 < n) {
      if (s.tokens().get(j + 1).isProperNoun()) {
        j++;
      } else if (j + 2 < n && s.tokens().get(j + 1).text().equals("-") && s.tokens().get(j + 2).isProperNoun()) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The first token of the proper name ending at {@code i}, not before {@code first}. */
  static int properRunStart(Sentence s, int i, int first) {
    int j = i;
    while (j > first) {
      if (s.tokens().get(j - 1).isProperNoun()) {
        j--;
      } else if (j - 2 >= first && s.tokens().get(j - 1).text().equals("-")
          && s.tokens().get(j - 2).isProperNoun()) {
        j -= 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The actor this stage or the actor stage already calls {@code name}, or null. */
  String byName(String name) {
    for (ActorEntry e : entries.values()) {
      if (e.name.equals(name)) {
        return e.id;
      }
    }
    return null;
  }

  private static boolean isRelativePronoun(Token t) {
    return t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT"));
  }

  private static boolean isDefinite(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("the") || w.equals("this") || w.equals("that") || (t.pos() != null && t.pos().equals("PRP$"));
  }

  private String kindOfNamed(Sentence s, int from, int to) {
    for (int i = from; i <= to; i++) {
      if ("PERSON".equals(s.tokens().get(i).ner())) {
        return "person";
      }
    }
    return null;
  }

  /** The name of the rule that resolved the last speaker, for the quote's trace. */
  String reason() {
    return reason;
  }

  /** {@code id}, noting {@code rule} as what resolved it. */
  String because(String rule, String id) {
    reason = rule;
    return id;
  }

  /** The actor already mentioned at {@code head}, without resolving or adding anything; null when none. */
  String knownSpeaker(Sentence s, int head) {
    return mentionAt(s.index(), head).map(ActorMention::actorId).orElse(null);
  }

  /**
   * The actor stage's reading of the speaker at {@code head}, with the speaker's whole phrase ("officials in the
   * capital") added to its mentions, so the words that name the speaker point at it. Null when there is none.
   */
  String knownSpeaker(Sentence s, int head, int first, int last) {
    String id = knownSpeaker(s, head);
    if (id != null) {
      addIfNew(id, s.span(first, last), s, first, last, MentionKind.DESCRIPTION);
    }
    return id;
  }

  Optional<ActorMention> mentionAt(int sentence, int token) {
    return ActorLayer.mentionAt(mentions, sentence, token);
  }

  /** An actor whose name ends with {@code word}: "Kuleba" names "Dmytro Kuleba", "Post" names "The New York Post". */
  private String bySurname(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String found = null;
    for (ActorEntry e : entries.values()) {
      String[] parts = e.name.toLowerCase(Locale.ROOT).split("\\s+");
      if (parts.length > 0 && parts[parts.length - 1].equals(w)) {
        found = e.id; // the latest such actor wins, as the nearest reading
      }
    }
    return found;
  }

  String create(String name, String sector, String headLemma, String kind) {
    return create(name, null, null, sector, headLemma, kind);
  }

  String create(String name, String code, String country, String sector, String headLemma, String kind) {
    String id = ids.next();
    entries.put(id, new ActorEntry(id, name, code, country, sector, null, null, List.of(), headLemma, kind));
    return id;
  }

  private void addIfNew(String id, Span np, Sentence s, int first, int last, MentionKind kind) {
    ActorEntry e = entries.get(id);
    if (e == null || e.mentions.contains(np)) {
      return;
    }
    add(id, new ActorMention(np, s.index(), first, last, id, kind));
  }

  private void add(String id, ActorMention m) {
    ActorEntry e = entries.get(id);
    if (e == null) {
      return;
    }
    if (!e.mentions.contains(m.span())) {
      e.mentions.add(m.span());
    }
    mentions.add(m);
    own.add(m);
  }

  boolean inQuote(Span span) {
    for (Span q : quoted) {
      if (q.contains(span)) {
        return true;
      }
    }
    return false;
  }
}
