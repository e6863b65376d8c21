// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
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
    Token h = s.tokens().get(head);
    Span np = s.span(first, last);
    Optional<ActorMention> at = mentionAt(s.index(), head);
    if (h.isPronoun() || isRelativePronoun(h)) {
      if (at.isPresent()) {
        return at.get().actorId();
      }
      String id = antecedent(h.text().toLowerCase(Locale.ROOT), s, h.span().start());
      if (id != null) {
        add(id, new ActorMention(h.span(), s.index(), head, head, id, MentionKind.PRONOUN));
      }
      return id;
    }
    if (at.isPresent()) {
      String id = at.get().actorId();
      addIfNew(id, np, s, first, last, MentionKind.NAME);
      return id;
    }
    if (h.isProperNoun() || h.hasEntity()) {
      for (ActorMention m : mentions) {
        if (m.sentence() == s.index() && m.firstToken() >= first && m.lastToken() <= last) {
          addIfNew(m.actorId(), np, s, first, last, MentionKind.NAME);
          return m.actorId();
        }
      }
      String id = bySurname(h.text());
      if (id == null) {
        int from = head;
        while (from > first && (s.tokens().get(from - 1).isProperNoun())) {
          from--;
        }
        String name = s.span(from, head).of(article.text());
        id = create(name, null, null, "person".equals(kindOfNamed(s, from, head)) ? "person" : null);
      }
      addIfNew(id, np, s, first, last, MentionKind.NAME);
      return id;
    }
    // "Her counterpart, Ivan Sorokin": a description in apposition to a name is that named actor.
    for (Dependency d : s.dependencies()) {
      int other = d.head() == head ? d.dependent() : d.dependent() == head ? d.head() : -1;
      if (other >= first && other <= last && d.baseRelation().equals("appos")) {
        Optional<ActorMention> named = mentionAt(s.index(), other);
        if (named.isPresent()) {
          addIfNew(named.get().actorId(), np, s, first, last, MentionKind.DESCRIPTION);
          return named.get().actorId();
        }
      }
    }
    String lemma = h.lemmaLower();
    Optional<QuoteLexicon.SpeakerNoun> noun = lexicon.speakerNoun(h.text().toLowerCase(Locale.ROOT))
        .or(() -> lexicon.speakerNoun(lemma));
    boolean definite = first < head && isDefinite(s.tokens().get(first));
    String id = definite ? byDescription(lemma, np.start()) : null;
    if (id == null) {
      String name = s.span(DETERMINERS.contains(s.tokens().get(first).text().toLowerCase(Locale.ROOT))
          && first < last ? first + 1 : first, last).of(article.text());
      id = create(name, noun.map(QuoteLexicon.SpeakerNoun::sector).orElse(null), lemma,
          noun.map(QuoteLexicon.SpeakerNoun::kind).orElse(h.pos() != null && h.pos().endsWith("S") ? "group" : null));
    }
    addIfNew(id, np, s, first, last, MentionKind.DESCRIPTION);
    return id;
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

  /** The most recently mentioned actor with this head noun or office ("the source" after "a source"). */
  private String byDescription(String lemma, int before) {
    String best = null;
    int bestAt = -1;
    for (Entry e : entries.values()) {
      boolean fits = lemma.equals(e.headLemma)
          || (e.role != null && e.role.toLowerCase(Locale.ROOT).contains(lemma));
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
    next++;
    String id = "act-" + next;
    entries.put(id, new Entry(id, name, null, null, sector, null, null, List.of(), headLemma, kind));
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
  }

  // --- pronoun resolution -------------------------------------------------------------------------------

  /**
   * The actor a third-person pronoun refers to: the nearest earlier mention, outside quotations, of a compatible
   * actor, searching sentence by sentence backwards and, within a sentence, subjects first.
   */
  private String antecedent(String pronoun, Sentence at, int offset) {
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
        if (m.sentence() == si && m.span().end() <= offset && !inQuote(m.span())) {
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
          return e.id;
        }
      }
    }
    return null;
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
