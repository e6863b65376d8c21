// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.Actor;
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
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "mr.", "mr");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms", "miss");
  /** Verbs whose subject issues a text that may then be quoted as speaking for it. */
  private static final Set<String> ISSUING = Set.of("adopt", "issue", "publish", "release", "approve", "pass",
      "sign", "circulate", "send");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "this", "that", "these", "those");

  private static final class Entry {
    final String id;
    String name;
    final String code;
    final String country;
    final String sector;
    final String organization;
    final String role;
    final List<Span> mentions;
    final String headLemma; // for descriptive actors this stage created
    final String kind; // person | group | organisation | null when unknown

    Entry(Actor a) {
      this(a.id(), a.name(), a.code(), a.country(), a.sector(), a.organization(), a.role(), a.mentions(), null,
          a.role() != null ? "person" : null);
    }

    Entry(String id, String name, String code, String country, String sector, String organization, String role,
          List<Span> mentions, String headLemma, String kind) {
      this.id = id;
      this.name = name;
      this.code = code;
      this.country = country;
      this.sector = sector;
      this.organization = organization;
      this.role = role;
      this.mentions = new ArrayList<>(mentions);
      this.headLemma = headLemma;
      this.kind = kind;
    }

    Actor actor() {
      return new Actor(id, name, code, country, sector, organization, role, mentions.stream().sorted().toList());
    }
  }

  private final AnnotatedArticle article;
  private final QuoteLexicon lexicon;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<ActorMention> mentions;
  private final List<Span> quoted;
  /** Mentions this stage added; where one shares its span with an actor-stage mention, it is the reading used. */
  private final Set<ActorMention> own = new HashSet<>();
  /** The speaker of each quote so far, at the head of the phrase naming it. */
  private final List<ActorMention> spoken = new ArrayList<>();
  private int next;

  ActorBook(AnnotatedArticle article, ActorLayer layer, QuoteLexicon lexicon, List<Span> quoted) {
    this.article = article;
    this.lexicon = lexicon;
    this.quoted = quoted;
    for (Actor a : layer.actors()) {
      entries.put(a.id(), new Entry(a));
      next = Math.max(next, number(a.id()));
    }
    this.mentions = new ArrayList<>(layer.mentions());
  }

  private static int number(String id) {
    int dash = id.lastIndexOf('-');
    try {
      return Integer.parseInt(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  ActorLayer layer() {
    List<ActorMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    return new ActorLayer(entries.values().stream().map(Entry::actor).toList(), sorted);
  }

  /**
   * The actor the noun phrase headed by token {@code head} of {@code s} names, covering tokens
   * {@code first..last}; records the phrase (or pronoun) as a mention of it. Null when no actor can be named
   * ("I", "we", "it" with nothing to refer to).
   */
  String speaker(Sentence s, int head, int first, int last) {
    String id = resolve(s, head, first, last);
    if (id != null) {
      spoken.add(new ActorMention(s.tokens().get(head).span(), s.index(), head, head, id, MentionKind.NAME));
    }
    return id;
  }

  private String resolve(Sentence s, int head, int first, int last) {
    Token h = s.tokens().get(head);
    Span np = s.span(first, last);
    Optional<ActorMention> at = mentionAt(s.index(), head);
    if (h.isPronoun() || isRelativePronoun(h)) {
      return pronounSpeaker(s, head, at);
    }
    if (at.isPresent()) {
      Entry read = entries.get(at.get().actorId());
      if (read != null && read.role == null && !"person".equals(read.kind) && !h.isProperNoun()) {
        String named = apposedName(s, head, first, last);
        if (named != null) {
          return named; // a description the actor stage read as a body, in apposition to a person's name
        }
      }
      String id = asTheTextNamesIt(s, head, first, last, at.get());
      if (id == null) {
        id = at.get().actorId();
        addIfNew(id, np, s, first, last, MentionKind.NAME);
      }
      return id;
    }
    if (h.isProperNoun() || h.hasEntity()) {
      return namedSpeaker(s, head, first, last);
    }
    // "Her counterpart, Ivan Sorokin": a description in apposition to a name is that named actor.
    String named = apposedName(s, head, first, last);
    if (named != null) {
      return named;
    }
    Optional<QuoteLexicon.SpeakerNoun> noun = noun(h);
    if (noun.isPresent() && noun.get().document()) {
      String id = documentIssuer(s, head, first, last);
      if (id != null) {
        addIfNew(id, np, s, first, last, MentionKind.DESCRIPTION);
        return id;
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
      if (other < 0 && up != null && up.head() == head && up.baseRelation().equals("nmod")
          && s.tokens().get(d.dependent()).isProperNoun()) {
        other = d.dependent(); // "the bishop of the diocese, Anselm Roth": the name hung on the title's last noun
      }
      if (other >= first && other <= last && d.baseRelation().equals("appos")) {
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

  private Optional<QuoteLexicon.SpeakerNoun> noun(Token h) {
    return lexicon.speakerNoun(h.text().toLowerCase(Locale.ROOT)).or(() -> lexicon.speakerNoun(h.lemmaLower()));
  }

  /** A common-noun description: an earlier actor so described ("the source" after "a source"), or a new one. */
  private String described(Sentence s, int head, int first, int last, Optional<QuoteLexicon.SpeakerNoun> noun) {
    Token h = s.tokens().get(head);
    Span np = s.span(first, last);
    String lemma = h.lemmaLower();
    boolean definite = first < head && isDefinite(s.tokens().get(first));
    String id = definite ? byDescriptionOrTitle(s, head, lemma, np.start()) : null;
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
  private String namedSpeaker(Sentence s, int head, int first, int last) {
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
    ActorMention found = antecedent(h.text().toLowerCase(Locale.ROOT), s, h.span().start());
    if (at.isPresent() && (found == null || !own.contains(found))) {
      return at.get().actorId();
    }
    if (found == null) {
      return null;
    }
    String id = found.actorId();
    add(id, new ActorMention(h.span(), s.index(), head, head, id, MentionKind.PRONOUN));
    return id;
  }

  /**
   * Rules "seat of power speaks as named" and "unnamed speakers as the text names them": where the actor stage
   * folded the speaker's phrase into a state ("the Kremlin", "a senior Western official", "the official"), the
   * speaker is kept as the text names it, with that state's country and sector. A definite description ("the
   * official") first continues the actor last so described. Null when the actor stage's reading stands.
   */
  private String asTheTextNamesIt(Sentence s, int head, int first, int last, ActorMention at) {
    Entry state = entries.get(at.actorId());
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
        ? byDescriptionOrTitle(s, head, h.lemmaLower(), np.start()) : null;
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

  /**
   * Rule "a document speaks for its issuer": a statement, resolution, editorial or message says what the body that
   * issued it says. The issuer is the name the phrase gives ("Granma's editorial", "a statement of the Western
   * Alliance", "the party daily Al-Minbar's front page"), else the institution that spoke or acted just before
   * ("The council met on Monday. A resolution ... 'expresses its sorrow'"). Null when neither is found.
   */
  private String documentIssuer(Sentence s, int head, int first, int last) {
    int[] owner = ownerName(s, head, first);
    if (owner != null) {
      Optional<ActorMention> m = mentionAt(s.index(), owner[1]);
      if (m.isPresent()) {
        return m.get().actorId();
      }
      String name = s.span(owner[0], owner[1]).of(article.text());
      String id = byName(name);
      return id != null ? id : create(name, null, null, null, null, "organisation");
    }
    return institutionBefore(s, s.tokens().get(first).span().start());
  }

  /**
   * The proper-name run naming a document's owner: after the noun, the last name introduced by "of", "by", a
   * possessive or a speaker noun ("edition of the party daily Al-Minbar"); else a name before the noun inside its
   * phrase ("the Western Alliance statement"). Token range, or null.
   */
  private int[] ownerName(Sentence s, int head, int first) {
    int[] found = null;
    for (int i = head + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.isVerb() && !"VBG".equals(t.pos()) && !"VBN".equals(t.pos()) || ",;:.!?()".contains(t.text())
          || inQuote(t.span())) {
        break; // the next clause: "a message that was read to ..."
      }
      if (!t.isProperNoun() || s.tokens().get(i - 1).isProperNoun() || lexicon.isTimeWord(t)) {
        continue; // "Friday's edition" dates the document, it does not own it
      }
      int j = properRunEnd(s, i);
      int k = i - 1;
      while (k > head && DETERMINERS.contains(s.tokens().get(k).lemmaLower())) {
        k--;
      }
      String before = s.tokens().get(k).lemmaLower();
      if (before.equals("of") || before.equals("by") || lexicon.speakerNoun(before).isPresent()
          || j + 1 < s.tokens().size() && "POS".equals(s.tokens().get(j + 1).pos())) {
        found = new int[] {i, j};
      }
      i = j;
    }
    if (found != null) {
      return found;
    }
    for (int i = head - 1; i >= first; i--) {
      if (s.tokens().get(i).isProperNoun()) {
        return new int[] {properRunStart(s, i, first), i};
      }
    }
    return null;
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

  /**
   * The institution (not a person) that spoke, or was the subject of a clause, most recently before
   * {@code offset}, within a few sentences: the issuer of an unowned document.
   */
  private String institutionBefore(Sentence at, int offset) {
    for (int back = at.index(); back >= 0 && back >= at.index() - 4; back--) {
      final int si = back;
      String best = null;
      int bestAt = -1;
      for (ActorMention m : spoken) {
        Entry e = entries.get(m.actorId());
        if (m.sentence() == si && m.span().start() < offset && m.span().start() > bestAt && institution(e)) {
          best = e.id;
          bestAt = m.span().start();
        }
      }
      if (best != null) {
        return best;
      }
      Sentence s = article.sentences().get(si);
      for (ActorMention m : mentions) {
        Entry e = entries.get(m.actorId());
        if (m.sentence() == si && m.span().end() <= offset && !inQuote(m.span()) && saysOrIssues(s, m)
            && institution(e)) {
          return e.id;
        }
      }
    }
    return null;
  }

  /** The mention is the subject of a verb of saying or of issuing a text ("condemned", "adopted", "published"). */
  private boolean saysOrIssues(Sentence s, ActorMention m) {
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      Dependency d = s.headArc(i);
      if (d != null && d.relation().startsWith("nsubj") && (d.head() < m.firstToken() || d.head() > m.lastToken())) {
        String verb = s.tokens().get(d.head()).lemmaLower();
        return lexicon.cue(verb).isPresent() || ISSUING.contains(verb);
      }
    }
    return false;
  }

  private boolean institution(Entry e) {
    return e != null && !isPerson(e) && !"group".equals(e.kind) && !"CVL".equals(e.sector)
        && !"REF".equals(e.sector) && (e.headLemma == null || noun(e.headLemma).map(n -> !n.document()).orElse(true));
  }

  private Optional<QuoteLexicon.SpeakerNoun> noun(String lemma) {
    return lexicon.speakerNoun(lemma);
  }

  /** The actor this stage or the actor stage already calls {@code name}, or null. */
  private String byName(String name) {
    for (Entry e : entries.values()) {
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

  private Optional<ActorMention> mentionAt(int sentence, int token) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.covers(sentence, token) && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** An actor whose name ends with {@code word}: "Kuleba" names "Dmytro Kuleba", "Post" names "The New York Post". */
  private String bySurname(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String found = null;
    for (Entry e : entries.values()) {
      String[] parts = e.name.toLowerCase(Locale.ROOT).split("\\s+");
      if (parts.length > 0 && parts[parts.length - 1].equals(w)) {
        found = e.id; // the latest such actor wins, as the nearest reading
      }
    }
    return found;
  }

  /**
   * Rule "a title continues the person it titled": a definite description ("the spokeswoman", "the commander",
   * "the president") is the person last given that title beside their name, in apposition ("the spokeswoman for
   * the ministry, Eva Rahn") or before it ("President Amara Diallo"), unless an actor described by the same noun
   * without a name was mentioned since ("a senior officer ... the officer"). Only a person's noun is read so: "the
   * ministry" is no one's title.
   */
  private String byDescriptionOrTitle(Sentence s, int head, String lemma, int before) {
    String described = byDescription(lemma, before);
    int describedAt = described == null ? -1 : lastMentionBefore(entries.get(described), before);
    Optional<QuoteLexicon.SpeakerNoun> noun = noun(s.tokens().get(head));
    if (noun.isEmpty() || !noun.get().person() || s.tokens().get(head).pos() != null
        && s.tokens().get(head).pos().endsWith("S")) {
      return described;
    }
    int titledAt = -1;
    String titled = null;
    for (Sentence x : article.sentences()) {
      if (x.span().start() >= before) {
        break;
      }
      for (Token t : x.tokens()) {
        if (t.span().start() >= before || !t.isNoun() || !t.lemmaLower().equals(lemma) || inQuote(t.span())) {
          continue;
        }
        String named = titledName(x, t.index());
        if (named != null && t.span().start() > titledAt) {
          titledAt = t.span().start();
          titled = named;
        }
      }
    }
    return titled != null && titledAt > describedAt ? titled : described;
  }

  /** The named person that the title noun at {@code i} describes, through apposition or as a title before it. */
  private String titledName(Sentence s, int i) {
    for (Dependency d : s.dependencies()) {
      int other;
      Dependency up = d.head() >= 0 ? s.headArc(d.head()) : null;
      boolean onTitle = d.head() == i || up != null && up.head() == i && up.baseRelation().equals("nmod");
      if (d.baseRelation().equals("appos") && (onTitle || d.dependent() == i)) {
        // "the spokeswoman for the ministry, Eva Rahn": parsers often hang the name on the title's last noun
        other = onTitle ? d.dependent() : d.head();
      } else if ((d.baseRelation().equals("compound") || d.baseRelation().equals("flat")) && d.dependent() == i
          && d.head() > i) {
        other = d.head(); // "President Amara Diallo", "Lt. Col. Piotr Vasko"
      } else {
        continue;
      }
      if (other < 0 || !s.tokens().get(other).isProperNoun()) {
        continue;
      }
      Optional<ActorMention> m = mentionAt(s.index(), other);
      if (m.isPresent()) {
        Entry e = entries.get(m.get().actorId());
        if (e != null && ("person".equals(e.kind) || "PERSON".equals(s.tokens().get(other).ner()))) {
          return e.id;
        }
      } else if ("PERSON".equals(s.tokens().get(other).ner())) {
        // a person the actor stage left aside ("the spokeswoman, Eva Rahn, spoke to reporters"): named here
        int end = properRunEnd(s, other);
        return namedSpeaker(s, end, properRunStart(s, end, 0), end);
      }
    }
    return null;
  }

  private static int lastMentionBefore(Entry e, int before) {
    int at = -1;
    if (e != null) {
      for (Span m : e.mentions) {
        if (m.start() < before && m.start() > at) {
          at = m.start();
        }
      }
    }
    return at;
  }

  /** The most recently mentioned actor with this head noun or office ("the source" after "a source"). */
  private String byDescription(String lemma, int before) {
    String best = null;
    int bestAt = -1;
    for (Entry e : entries.values()) {
      String[] words = e.name.toLowerCase(Locale.ROOT).split("\\s+");
      boolean fits = lemma.equals(e.headLemma) || (e.role != null && e.role.toLowerCase(Locale.ROOT).contains(lemma))
          || e.role == null && words.length > 1 && words[words.length - 1].equals(lemma); // "a senior official"
      if (!fits) {
        continue;
      }
      for (Span m : e.mentions) {
        if (m.start() < before && m.start() > bestAt) {
          bestAt = m.start();
          best = e.id;
        }
      }
    }
    return best;
  }

  private String create(String name, String sector, String headLemma, String kind) {
    return create(name, null, null, sector, headLemma, kind);
  }

  private String create(String name, String code, String country, String sector, String headLemma, String kind) {
    next++;
    String id = "act-" + next;
    entries.put(id, new Entry(id, name, code, country, sector, null, null, List.of(), headLemma, kind));
    return id;
  }

  private void addIfNew(String id, Span np, Sentence s, int first, int last, MentionKind kind) {
    Entry e = entries.get(id);
    if (e == null || e.mentions.contains(np)) {
      return;
    }
    add(id, new ActorMention(np, s.index(), first, last, id, kind));
  }

  private void add(String id, ActorMention m) {
    Entry e = entries.get(id);
    if (e == null) {
      return;
    }
    if (!e.mentions.contains(m.span())) {
      e.mentions.add(m.span());
    }
    mentions.add(m);
    own.add(m);
  }

  // --- pronoun resolution -------------------------------------------------------------------------------

  /**
   * The actor a third-person pronoun refers to: the nearest earlier mention, outside quotations, of a compatible
   * actor, searching sentence by sentence backwards and, within a sentence, subjects first.
   */
  private ActorMention antecedent(String pronoun, Sentence at, int offset) {
    char want;
    boolean person;
    if (MALE.contains(pronoun)) {
      want = 'm';
      person = true;
    } else if (FEMALE.contains(pronoun)) {
      want = 'f';
      person = true;
    } else if (pronoun.equals("they") || pronoun.equals("it") || pronoun.equals("who") || pronoun.equals("which")
        || pronoun.equals("that")) {
      want = '-';
      person = false;
    } else {
      return null; // first and second person speak for themselves or the writer
    }
    for (int back = at.index(); back >= 0 && back >= at.index() - 10; back--) {
      final int si = back;
      Sentence s = article.sentences().get(si);
      List<ActorMention> here = new ArrayList<>();
      for (ActorMention m : mentions) {
        if (m.sentence() == si && m.span().end() <= offset && !inQuote(m.span()) && !overridden(m)) {
          here.add(m);
        }
      }
      here.sort((a, b) -> {
        int sa = isSubject(s, a) ? 0 : 1;
        int sb = isSubject(s, b) ? 0 : 1;
        if (si == at.index()) {
          return sa != sb ? Integer.compare(sa, sb) : Integer.compare(b.span().start(), a.span().start());
        }
        return sa != sb ? Integer.compare(sa, sb) : Integer.compare(a.span().start(), b.span().start());
      });
      for (ActorMention m : here) {
        Entry e = entries.get(m.actorId());
        if (e != null && compatible(e, person, want, pronoun)) {
          return m;
        }
      }
    }
    return null;
  }

  /** An actor-stage mention whose span this stage read as another actor's. */
  private boolean overridden(ActorMention m) {
    if (own.contains(m)) {
      return false;
    }
    for (ActorMention o : own) {
      if (o.span().equals(m.span()) && !o.actorId().equals(m.actorId())) {
        return true;
      }
    }
    return false;
  }

  private boolean inQuote(Span span) {
    for (Span q : quoted) {
      if (q.contains(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubject(Sentence s, ActorMention m) {
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      Dependency d = s.headArc(i);
      if (d != null && d.relation().startsWith("nsubj") && (d.head() < m.firstToken() || d.head() > m.lastToken())) {
        return true;
      }
    }
    return false;
  }

  private boolean compatible(Entry e, boolean person, char want, String pronoun) {
    boolean isPerson = isPerson(e);
    if (person) {
      if (!isPerson) {
        return false;
      }
      char g = gender(e);
      return g == '-' || g == want;
    }
    if (pronoun.equals("they")) {
      return !isPerson || "group".equals(e.kind);
    }
    return !isPerson && !"group".equals(e.kind);
  }

  private boolean isPerson(Entry e) {
    if (e.kind != null) {
      return e.kind.equals("person");
    }
    for (ActorMention m : mentions) {
      if (m.actorId().equals(e.id)) {
        if (m.kind() == MentionKind.PRONOUN) {
          String w = m.span().of(article.text()).toLowerCase(Locale.ROOT);
          if (MALE.contains(w) || FEMALE.contains(w)) {
            return true;
          }
        }
        Sentence s = article.sentences().get(m.sentence());
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
          if ("PERSON".equals(s.tokens().get(i).ner())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** 'm', 'f' or '-' from the pronouns, titles and nouns already tied to the actor. */
  private char gender(Entry e) {
    if (e.headLemma != null) {
      Optional<QuoteLexicon.SpeakerNoun> n = lexicon.speakerNoun(e.headLemma);
      if (n.isPresent() && n.get().gender() != '-') {
        return n.get().gender();
      }
    }
    for (ActorMention m : mentions) {
      if (!m.actorId().equals(e.id)) {
        continue;
      }
      Sentence s = article.sentences().get(m.sentence());
      if (m.firstToken() == m.lastToken() && m.kind() == MentionKind.PRONOUN) {
        String w = s.tokens().get(m.firstToken()).text().toLowerCase(Locale.ROOT);
        if (MALE.contains(w)) {
          return 'm';
        }
        if (FEMALE.contains(w)) {
          return 'f';
        }
        continue;
      }
      // A title just before or at the start of a name: "Mr. Obama", "Ms. Lynch".
      for (int i = Math.max(0, m.firstToken() - 1); i <= m.firstToken(); i++) {
        String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
        if (w.startsWith("mr")) {
          if (w.equals("mr") || w.equals("mr.")) {
            return 'm';
          }
          if (w.equals("mrs") || w.equals("mrs.")) {
            return 'f';
          }
        }
        if (w.equals("ms") || w.equals("ms.") || w.equals("miss")) {
          return 'f';
        }
      }
    }
    return '-';
  }
}
