// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;

/**
 * A state adjective with the noun it modifies: "Russian forces", "the Ukrainian side", "Hungarian and Romanian
 * officials" (one actor per state), "his Russian counterpart" (a person), and "the Israeli proposal" as the object
 * of an act (the state itself).
 */
final class StateAdjectivePhrases extends SentenceStep {
  StateAdjectivePhrases(SentenceMentions m) {
    super(m);
  }

  /**
   * Rule "a heritage compound is one people": in "Cuban-Americans" or "Somali-Canadians" (tokenised "Cuban - Americans")
   * the first name says where the people's families came from and the people are the second name's, so the first is
   * no actor of its own. A hyphen written tight between the adjective at {@code a} and a plural proper noun.
   */
  private boolean heritageCompound(int a) {
    if (a + 2 >= n || !lower(a + 1).equals("-")) {
      return false;
    }
    Token hyphen = t.get(a + 1);
    Token people = t.get(a + 2);
    return t.get(a).span().end() == hyphen.span().start() && hyphen.span().end() == people.span().start()
        && "NNPS".equals(people.pos());
  }

  /** "Russian forces", "the Ukrainian side", "Hungarian and Romanian officials", "his Russian counterpart". */
  int adjectivePhrase(int i) {
    List<int[]> adjectives = new ArrayList<>(); // {first, last}
    int k = i;
    while (k < n && adjective[k] != null && !used[k]) {
      int a = k;
      while (k + 1 < n && adjective[k + 1] != null && adjective[k + 1].equals(adjective[a])) {
        k++;
      }
      adjectives.add(new int[] {a, k});
      k++;
      if (k + 1 < n && (lower(k).equals("and") || lower(k).equals(",") || lower(k).equals("or"))
          && adjective[k + 1] != null && !used[k + 1]) {
        k++;
      } else {
        break;
      }
    }
    int afterAdj = adjectives.get(adjectives.size() - 1)[1] + 1;
    if (adjectives.size() == 1 && heritageCompound(afterAdj - 1)) {
      return afterAdj - 1;
    }
    CueFound f = null;
    for (int j = afterAdj; j < n && j <= afterAdj + 2 && !used[j]; j++) {
      f = cueAt(j);
      if (f != null) {
        break;
      }
      Token tj = t.get(j);
      // "Ethiopian-led forces" comes tokenised as "Ethiopian - led forces": the forces of the state leading them
      boolean led = j == afterAdj && lower(j).equals("-") && j + 1 < n && lower(j + 1).equals("led")
          || j == afterAdj + 1 && lower(j).equals("led") && lower(j - 1).equals("-");
      boolean modifier = led || tj.pos() != null && (tj.pos().startsWith("JJ") || tj.pos().startsWith("NN"));
      if (!modifier || adjective[j] != null) {
        break;
      }
    }
    int last = adjectives.get(adjectives.size() - 1)[1];
    if (f == null) {
      for (int[] r : adjectives) {
        if (modifiesArgument(r[1])) {
          // "rejected the Israeli proposal", "curbs on German goods": the state whose thing an act is aimed at
          add(r[0], r[1], run.state(adjective[r[0]], "GOV"), MentionKind.METONYM, "adjective-of-acted-on-thing",
              "state " + adjective[r[0]]);
        }
      }
      return last;
    }
    int first = i > 0 && lower(i - 1).equals("the") && !used[i - 1] ? i - 1 : i;
    String country = adjective[adjectives.get(0)[0]];
    boolean counterpart = f.words().equals("counterpart");
    if (f.isTitle() || counterpart) {
      boolean possessor = i > 0 && Set.of("his", "her", "their", "its").contains(lower(i - 1));
      boolean definite = first < i || possessor;
      if (adjectives.size() == 1 && singular(f.last()) && definite) {
        String key = describedPerson(country, f, true);
        add(i, f.last(), key != null ? key : run.state(country, counterpart ? "GOV" : f.title().sector()),
            MentionKind.DESCRIPTION, key != null ? m.described : "office-of-state",
            "'" + f.words() + "' of " + country);
        return f.last();
      }
    }
    return stateSector(first, adjectives, f, counterpart);
  }

  /**
   * "Russian forces", "Hungarian and Romanian officials": each state's actor of the noun's sector. Rule
   * {@value Descriptions#WHOSE_ACT} when the noun names an act or a thing ("the Israeli occupation"): the adjective
   * alone is the state's mention, for the phrase is no actor ({@value ActsAndThings#NAME}).
   */
  private int stateSector(int first, List<int[]> adjectives, CueFound f, boolean counterpart) {
    String sector = counterpart ? "GOV" : f.isTitle() ? f.title().sector() : f.cue().sector();
    if ("IGO".equals(sector)) {
      sector = "GOV";
    }
    boolean act = ActsAndThings.actOrThing(f, t.get(f.last()).lemmaLower());
    String rule = act ? Descriptions.WHOSE_ACT : "state-adjective-with-noun";
    int[] own = adjectives.get(0);
    if (act) {
      run.traceUnresolved(s.index(), f.last(), ActsAndThings.NAME,
          "'" + text(own[0], f.last()) + "' names an act or a thing, not a party");
    }
    String country = adjective[own[0]];
    add(act ? own[0] : first, act ? own[1] : f.last(), run.state(country, sector), MentionKind.DESCRIPTION, rule,
        country + " '" + f.words() + "' " + sector);
    for (int a = 1; a < adjectives.size(); a++) {
      int[] r = adjectives.get(a);
      DraftMention d = new DraftMention(s.index(), r[0], r[1], run.state(adjective[r[0]], sector),
          MentionKind.DESCRIPTION);
      here.add(d);
      run.traceMention(d, null, rule, adjective[r[0]] + " '" + f.words() + "' " + sector + ", coordinated");
    }
    return f.last();
  }

  /**
   * Whether the adjective at {@code a} modifies a noun that an act is done to or with (an object or a
   * prepositional phrase), not a subject: "the Israeli proposal" in "rejected the Israeli proposal".
   */
  private boolean modifiesArgument(int a) {
    Dependency arc = s.headArc(a);
    boolean modifier = arc != null && (arc.relation().startsWith(AMOD) || arc.relation().equals(COMPOUND));
    if (!modifier || arc.head() < 0 || !t.get(arc.head()).isNoun()) {
      return false;
    }
    Dependency up = s.headArc(arc.head());
    String rel = up == null ? "" : up.baseRelation();
    return rel.equals(OBJ) || rel.equals(IOBJ) || rel.equals(OBL) || rel.equals(NMOD);
  }
}
