// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase.Hit;
import org.parley.actors.ActorKnowledgeBase.HitKind;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;

/**
 * Step 1: the names of the knowledge base in the sentence (people, organisations, seats of power, states, capitals,
 * peoples and state adjectives) by case-sensitive token matching. A capital after "north of" is a place, not an
 * actor; a state adjective is kept for the later steps unless it stands for people ("three Sudanese").
 */
final class KnownNames extends SentenceStep {
  private static final Set<String> GEOGRAPHIC = ResolverWords.get("geographic");
  private static final Set<String> NOT_ALONE = ResolverWords.get("not-alone");

  KnownNames(SentenceMentions m) {
    super(m);
  }

  void names() {
    List<String> texts = t.stream().map(Token::text).toList();
    int i = 0;
    while (i < n) {
      Hit h = pick(kb.namesAt(texts, i), i);
      if (h == null) {
        i++;
        continue;
      }
      int last = i + h.tokens() - 1;
      if (h.kind() != HitKind.PERSON && h.kind() != HitKind.ORG && h.kind() != HitKind.PLACE) {
        for (int k = i; k <= last; k++) {
          named[k] = true;
        }
      }
      switch (h.kind()) {
        case PERSON -> add(i, last, run.person(h.id()), MentionKind.NAME, "known-name", "person " + h.id()
            + alias(i, last, h.id()));
        case ORG -> {
          int end = last;
          CueFound f = cueAt(possessive(last + 1) ? last + 2 : last + 1);
          if (f != null && !f.isTitle()) {
            end = f.last();
          }
          add(i, end, run.entry(h.id()), MentionKind.NAME, "known-name", "organisation " + h.id()
              + alias(i, last, h.id()) + (end > last ? ", with its sector noun" : ""));
          last = end;
        }
        case PLACE -> add(i > 0 && lower(i - 1).equals("the") && !used[i - 1] ? i - 1 : i, last, run.entry(h.id()),
            MentionKind.METONYM, "known-name", "seat of power " + h.id());
        case COUNTRY -> last = stateName(h.id(), i, last, MentionKind.NAME);
        case CAPITAL -> {
          if (!locative(i)) {
            last = stateName(h.id(), i, last, MentionKind.METONYM);
          }
        }
        case PEOPLE -> {
          // "the Palestinians rejected" speaks for the state; "Palestinians fled" are its people
          Dependency arc = s.headArc(last);
          boolean speaks = arc != null && arc.relation().equals(NSUBJ);
          if (i > 0 && adjective[i - 1] != null && !used[i - 1]) {
            // "Bosnian Serbs": a people living in another state is coded by that state
            int a = i - 1;
            while (a > 0 && adjective[a - 1] != null && adjective[a - 1].equals(adjective[i - 1])) {
              a--;
            }
            add(a, last, run.state(adjective[i - 1], "CVL"), MentionKind.DESCRIPTION, "people-of-another-state",
                adjective[i - 1] + " civilians");
          } else {
            add(i, last, run.state(h.id(), speaks ? "GOV" : "CVL"), MentionKind.DESCRIPTION, "known-name",
                "people of " + h.id() + (speaks ? ", as subject speaking for its state" : ""));
            peoples.add(here.size() - 1);
          }
        }
        case ADJECTIVE -> {
          if (demonymAsNoun(i, last)) {
            // "expelled three Sudanese and a Libyan": the adjective heads its phrase, so it names people
            for (int k = i; k <= last; k++) {
              named[k] = true;
            }
            add(i, last, run.state(h.id(), "CVL"), MentionKind.DESCRIPTION, "demonym-as-noun", "people of " + h.id());
          } else {
            for (int k = i; k <= last; k++) {
              adjective[k] = h.id();
            }
          }
        }
      }
      i = last + 1;
    }
  }

  /**
   * Whether the state adjective at {@code first..last} stands for its people, as a noun: counted or determined
   * ("three Sudanese", "a Libyan", "two Lebanese") and heading its phrase, not modifying a noun after it ("a
   * Libyan diplomat", "the Sudanese government").
   */
  private boolean demonymAsNoun(int first, int last) {
    if (first == 0 || !(t.get(first - 1).pos().equals("CD") || Set.of("a", "an").contains(lower(first - 1)))) {
      return false;
    }
    if (last + 1 < n && (t.get(last + 1).isNoun() || t.get(last + 1).pos().startsWith("JJ"))) {
      return false;
    }
    Dependency arc = s.headArc(last);
    return arc == null || !Set.of(AMOD, COMPOUND).contains(arc.relation());
  }

  /** The first usable hit: a one-word state name or capital inside a person's name ("Jordan Peterson") is not. */
  private Hit pick(List<Hit> hits, int i) {
    for (Hit h : hits) {
      boolean place = h.kind() != HitKind.PERSON && h.kind() != HitKind.ORG && h.kind() != HitKind.PLACE;
      if (place && h.tokens() == 1 && (isPerson(i - 1) && t.get(i - 1).isProperNoun()
          || isPerson(i + 1) && t.get(i + 1).isProperNoun() && !possessive(i + 1))) {
        continue;
      }
      int after = i + h.tokens();
      if (h.kind() == HitKind.PEOPLE && after < n && t.get(after).isNoun() && !t.get(after).isProperNoun()
          && cueAt(after) != null) {
        continue; // "the Sudanese government": the people's word is the state's adjective here
      }
      return h;
    }
    return null;
  }

  private boolean locative(int i) {
    int k = i - 1;
    if (k >= 0 && lower(k).equals("the")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = lower(k);
    // "in Kyiv" stays a mention (the events stage decides whether a place is a target); "north of Kyiv" does not
    return w.equals("of") && k > 0 && (GEOGRAPHIC.contains(lower(k - 1))
        || lower(k - 1).equals("city"));
  }

  /** A state's name, possibly with 's and a sector noun ("Russia's military"), or a title without a name. */
  private int stateName(String country, int first, int last, MentionKind kind) {
    int j = possessive(last + 1) ? last + 2 : last + 1;
    CueFound f = cueAt(j);
    if (f != null && f.cue() != null && (!NOT_ALONE.contains(f.words()) || f.words().equals("side"))
        && !"-".equals(f.cue().label())) {
      add(first, f.last(), run.state(country, f.cue().sector()), MentionKind.DESCRIPTION, "state-with-sector-noun",
          country + " '" + f.words() + "' " + f.cue().sector());
      return f.last();
    }
    if (f != null && f.isTitle() && possessive(last + 1) && !(f.last() + 1 < n && t.get(f.last() + 1).isProperNoun())) {
      add(first, last, run.state(country, "GOV"), kind, "known-name", stateWord(kind) + country);
      String key = describedPerson(country, f, false);
      add(j, f.last(), key != null ? key : run.state(country, f.title().sector()), MentionKind.DESCRIPTION,
          key != null ? m.described : "office-of-state", "'" + f.words() + "' of " + country);
      return f.last();
    }
    add(first, last, run.state(country, "GOV"), kind, "known-name", stateWord(kind) + country);
    return last;
  }

  private static String stateWord(MentionKind kind) {
    return kind == MentionKind.METONYM ? "capital of " : "state ";
  }

  /** ", by alias 'X'" when the text names the entry {@code id} otherwise than by its canonical name, else "". */
  private String alias(int first, int last, String id) {
    String written = text(first, last);
    return ActorKnowledgeBase.key(written).equals(ActorKnowledgeBase.key(id)) ? "" : ", by alias '" + written + "'";
  }
}
