// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase.Entry;
import org.parley.nlp.Dependency;
import org.parley.nlp.EntityMention;

/**
 * Step 2: surnames of people already named or known ("Lavrov"), first words of names that put the family name
 * first, and person and organisation names the named-entity tagger finds that the knowledge base does not hold.
 */
final class SurnamesAndUnknownNames extends SentenceStep {
  private static final Set<String> MONTHS = ResolverWords.get("months");
  private static final Set<String> MONTH_LEADS = ResolverWords.get("month-leads");

  static final String ANOTHER_GIVEN_NAME = "another-given-name";
  static final String NAMED_BODY = "named-body-with-a-state-adjective";

  SurnamesAndUnknownNames(SentenceMentions m) {
    super(m);
  }

  /**
   * Whether the tagger reads the word as part of a place or an organisation: "Dar" in "Dar es Salaam" is no known
   * person's surname (a surname already named in the article still is: the tagger often misreads lone surnames).
   */
  private boolean placeOrBody(int i) {
    String ner = t.get(i).ner();
    return "LOCATION".equals(ner) || "ORGANIZATION".equals(ner);
  }

  void surnamesAndUnknownNames() {
    for (int i = 0; i < n; i++) {
      if (used[i] || !t.get(i).isProperNoun() && !isPerson(i)) {
        continue;
      }
      if (i > 0 && t.get(i - 1).isProperNoun() && !used[i - 1] && !kb.isTitleWord(lower(i - 1))) {
        continue; // the end of another person's name
      }
      if (i + 1 < n && (isPerson(i + 1) || t.get(i + 1).isProperNoun()) && !used[i + 1]) {
        continue; // a first name, or the first word of a longer name ("Khan Younis")
      }
      if (dateWord(i)) {
        continue; // "from 1 May", "on June 4": a date, not a person
      }
      String key = run.articleSurnames.get(ActorKnowledgeBase.key(t.get(i).text()));
      String rule = "surname-named-in-article";
      if (key == null && !placeOrBody(i)) {
        key = knownSurname(t.get(i).text());
        rule = "surname-in-knowledge-base";
      }
      if (key == null) {
        key = run.articleFirstWords.get(ActorKnowledgeBase.key(t.get(i).text()));
        rule = "family-name-first";
      }
      if (key != null) {
        add(i, i, key, MentionKind.NAME, rule, "of " + run.infos.get(key).name());
      }
    }
    for (EntityMention e : EntityMention.of(s)) {
      boolean free = true;
      for (int i = e.firstToken(); i <= e.lastToken(); i++) {
        free &= !used[i];
      }
      if (!free) {
        continue;
      }
      if (e.type().equals("PERSON")) {
        String name = s.span(e.firstToken(), e.lastToken()).of(run.article.text());
        String key = run.articleSurnames.get(ActorKnowledgeBase.key(t.get(e.lastToken()).text()));
        String rule = "surname-named-in-article";
        if (key == null && e.firstToken() == e.lastToken()) {
          key = run.articleFirstWords.get(ActorKnowledgeBase.key(t.get(e.lastToken()).text()));
          rule = "family-name-first";
        }
        String known = key == null ? null : run.infos.get(key).name();
        if (key != null && anotherGivenName(e, known)) {
          add(e.firstToken(), e.lastToken(), run.unknownPerson(name, null, null, null), MentionKind.NAME,
              ANOTHER_GIVEN_NAME, "not " + known);
          continue;
        }
        add(e.firstToken(), e.lastToken(), key != null ? key : run.unknownPerson(name, null, null, null),
            MentionKind.NAME, key != null ? rule : "person-name-not-in-knowledge-base",
            key != null ? "of " + known : "tagged PERSON");
      } else if (e.type().equals("ORGANIZATION") && argument(e.lastToken())) {
        boolean titled = false;
        for (int i = e.firstToken(); i <= e.lastToken(); i++) {
          titled |= kb.isTitleWord(lower(i)) || adjective[i] != null;
        }
        if (!titled) {
          add(e.firstToken(), e.lastToken(), run.unknownOrg(s.span(e.firstToken(), e.lastToken())
              .of(run.article.text())), MentionKind.NAME, "organisation-not-in-knowledge-base", "tagged ORGANIZATION");
        } else {
          namedBodyWithStateAdjective(e);
        }
      }
    }
  }

  /**
   * Rule {@value #ANOTHER_GIVEN_NAME}: "Joseph Otieno" after "Mary Otieno", "Samir Haddad" after "Karim Haddad": a
   * full name whose given name is none of the known person's names is a relative or namesake, another
   * person. An initial ("J. Otieno") agrees with a given name of that letter.
   */
  private boolean anotherGivenName(EntityMention e, String known) {
    if (e.firstToken() == e.lastToken()) {
      return false;
    }
    String given = t.get(e.firstToken()).text();
    if (given.endsWith(".") && given.length() > 2 || kb.isTitleWord(lower(e.firstToken()))) {
      return false; // "Dr.", "Mr.", "President": no given name to compare
    }
    List<String> names = new ArrayList<>(List.of(known.split("\\s+")));
    kb.entries(known).forEach(entry -> entry.aliases().forEach(a -> names.addAll(List.of(a.split("\\s+")))));
    names.removeIf(String::isEmpty);
    if (given.length() == 2 && given.endsWith(".")) {
      return names.stream().noneMatch(w -> w.charAt(0) == given.charAt(0));
    }
    return names.stream().noneMatch(w -> w.equalsIgnoreCase(given));
  }

  /**
   * Rule {@value #NAMED_BODY}: "the Nigerian Council for Civil Liberties", "the Kenyan Human Rights Association", "the
   * Guild of African Jurists": a name tagged as an organisation that holds a state's adjective or a title word,
   * but whose head is no title and no noun of a state's organ ("the Russian Foreign Ministry", "the Iraqi army", which
   * the description step reads as that state's) is a body of its own: of the state its one adjective names, of none
   * with two states' adjectives ("the Greek Cypriot Friendship League") or none. Without the rule such a body named no
   * actor, or its adjectives named the states.
   */
  private void namedBodyWithStateAdjective(EntityMention e) {
    String home = null;
    int states = 0;
    int first = e.firstToken();
    while (first > 0 && adjective[first - 1] != null && !used[first - 1]) {
      first--; // "the Greek Cypriot Friendship League": the tagger left the first adjective out of the name
    }
    for (int i = first; i <= e.lastToken(); i++) {
      Dependency up = s.headArc(i);
      boolean head = up == null || up.head() < first || up.head() > e.lastToken();
      if (head && (kb.isTitleWord(lower(i)) || cueAt(i) != null)) {
        return; // a title, or a state's organ named by its head noun
      }
      if (adjective[i] != null && !adjective[i].equals(home)) {
        home = adjective[i];
        states++;
      }
    }
    String name = s.span(first, e.lastToken()).of(run.article.text());
    add(first, e.lastToken(), run.unknownOrg(name, states == 1 ? home : null), MentionKind.NAME, NAMED_BODY,
        states == 1 ? "of " + home : "of no one state");
  }

  private boolean dateWord(int i) {
    // "in May", "since March", "last April": a month after a word that introduces a time, not a surname
    return MONTHS.contains(lower(i)) && (i > 0 && "CD".equals(t.get(i - 1).pos())
        || i + 1 < n && "CD".equals(t.get(i + 1).pos())
        || i > 0 && MONTH_LEADS.contains(lower(i - 1)));
  }

  private String knownSurname(String text) {
    List<String> people = kb.peopleWithSurname(text);
    if (people.isEmpty()) {
      return null;
    }
    String only = null;
    Set<String> countries = new java.util.HashSet<>();
    Set<String> sectors = new java.util.HashSet<>();
    boolean several = false;
    for (String p : people) {
      boolean active = run.date == null || kb.entries(p).stream().anyMatch(e -> e.activeOn(run.date));
      if (active) {
        for (Entry e : kb.entries(p)) {
          countries.add(String.valueOf(e.country()));
          sectors.add(String.valueOf(e.sector()));
        }
        several |= only != null;
        only = p;
      }
    }
    if (several) {
      // "Bush" with no date: which one is unknown, but when all candidates served one state, that state is known
      if (countries.size() == 1 && sectors.size() == 1 && !countries.contains("null")) {
        return run.unknownPerson(text, countries.iterator().next(),
            sectors.contains("null") ? null : sectors.iterator().next(), null);
      }
      return null;
    }
    return only == null ? null : run.person(only);
  }

  /** Whether token {@code i} is a subject, object or oblique argument (or conjoined with one). */
  private boolean argument(int i) {
    Dependency d = s.headArc(i);
    if (d == null) {
      return false;
    }
    String r = d.baseRelation();
    if (r.equals(CONJ) || r.equals(APPOS)) {
      return argument(d.head());
    }
    return r.equals(NSUBJ) || r.equals(OBJ) || r.equals(IOBJ) || r.equals(OBL) || r.equals(NMOD)
        || r.equals(CSUBJ);
  }
}
