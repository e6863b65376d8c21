// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.NSUBJ;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.nlp.Dependency;

/**
 * Step 4: sector nouns and descriptions that name an actor without a name: "the army" (the state's army named
 * last), "the president of Armenia", "security forces in Guinea", "the Umma party", "the Western media", and,
 * through {@link StateAdjectivePhrases}, a state adjective with its noun ("Russian forces").
 */
final class Descriptions extends SentenceStep {
  private static final Set<String> NOT_ALONE = ResolverWords.get("not-alone");
  private static final Set<String> GROUP_ADJECTIVES = ResolverWords.get("group-adjectives");
  private final StateAdjectivePhrases statePhrases;

  static final String WHOSE_ACT = "adjective-names-whose-act";
  static final String SUBJECT_FIRST = "state-of-sector-named-as-subject";
  /** Whether {@link #lastStateOfSector} found the sentence's subject. */
  private boolean bySubject;

  Descriptions(SentenceMentions m) {
    super(m);
    this.statePhrases = new StateAdjectivePhrases(m);
  }

  void descriptions() {
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      if (adjective[i] != null) {
        i = statePhrases.adjectivePhrase(i);
        continue;
      }
      CueFound f = cueAt(i);
      if (f == null || !t.get(i).isNoun() || !Character.isLowerCase(t.get(i).text().charAt(0)) && i > 0) {
        continue;
      }
      boolean definite = i > 0 && (lower(i - 1).equals("the"));
      if (f.cue() == null && !f.isTitle()) {
        i = f.last(); // "his counterpart" without a state: which one is not knowable from the phrase
        continue;
      }
      if (f.isTitle()) {
        titleWithoutName(i, f, definite);
        i = f.last();
        continue;
      }
      if (f.words().equals("party") && namedBefore(i) >= 0) {
        // "the Umma party", "the Baath (Renaissance) party": a party named by its own name
        int from = namedBefore(i);
        String name = s.span(from, f.last()).of(run.article.text());
        add(from, f.last(), run.group(f.cue().sector(), null, name), MentionKind.NAME, "party-by-its-name",
            f.cue().sector());
        i = f.last();
        continue;
      }
      if (NOT_ALONE.contains(f.words()) || "-".equals(f.cue().label())) {
        // a vague noun names an actor only with a group adjective ("the Western media")
        if (i == 0 || !GROUP_ADJECTIVES.contains(lower(i - 1))) {
          i = f.last();
          continue;
        }
      }
      int first = i;
      String adj = null;
      if (i > 0 && !used[i - 1] && GROUP_ADJECTIVES.contains(lower(i - 1))) {
        first = i - 1;
        adj = t.get(i - 1).text();
      }
      if (ActsAndThings.actOrThing(f, t.get(f.last()).lemmaLower())) {
        actOrThing(first, f, adj);
        i = f.last();
        continue;
      }
      if (adj == null && definite && (singular(f.last()) || !f.cue().sector().equals("GOV"))) {
        // "the army" after "Sudan's army": the state actor of that sector named last
        String earlier = lastStateOfSector(f.cue().sector());
        if (earlier != null) {
          add(i - 1, f.last(), earlier, MentionKind.DESCRIPTION,
              bySubject ? SUBJECT_FIRST : "state-of-sector-named-last", "'" + f.words() + "' " + f.cue().sector());
          i = f.last();
          continue;
        }
      }
      String home = adj == null ? countryOfPhrase(f.last()) : null;
      if (home != null) {
        // "the army of Kenya", "security forces in Guinea", "protesters in Nairobi": that state's sector
        add(first, f.last(), run.state(home, f.cue().sector()), MentionKind.DESCRIPTION, "sector-of-state-in-phrase",
            "'" + f.words() + "' " + f.cue().sector() + " of " + home);
        i = f.last();
        continue;
      }
      String name = s.span(first, f.last()).of(run.article.text());
      add(first, f.last(), run.group(f.cue().sector(), adj, name), MentionKind.DESCRIPTION, "group-of-no-state",
          "'" + f.words() + "' " + f.cue().sector() + (adj == null ? "" : ", '" + adj + "'"));
      i = f.last();
    }
  }

  /**
   * Rule {@value ActsAndThings#NAME} on "the government offer", "armed invasions": the phrase is no actor. Rule
   * {@value #WHOSE_ACT}: a group adjective that is a party's own cue ("government", "rebel", "opposition") still
   * says whose act it is, as a state adjective does ("the Israeli proposal"): that party, named by the adjective.
   */
  private void actOrThing(int first, CueFound f, String adj) {
    run.traceUnresolved(s.index(), f.last(), ActsAndThings.NAME,
        "'" + text(first, f.last()) + "' names an act or a thing, not a party");
    SectorCue owner = adj == null ? null : kb.cue(adj.toLowerCase(Locale.ROOT)).orElse(null);
    if (owner != null && !"-".equals(owner.label())) {
      // named as the sector's own group ("rebels"), so that it is the actor a bare "the rebels" names
      String name = owner.label() != null ? owner.label() : adj.toLowerCase(Locale.ROOT);
      add(first, first, run.group(owner.sector(), null, name), MentionKind.DESCRIPTION, WHOSE_ACT,
          "'" + adj + "' " + owner.sector() + " of '" + f.words() + "'");
    }
  }

  /** A title without a name at token {@code i}: a singular one names a person, or the office of a state. */
  private void titleWithoutName(int i, CueFound f, boolean definite) {
    String of = countryOfPhrase(f.last());
    if (of != null && singular(f.last())) {
      // "the president of Armenia": that state's office holder, not the last president named
      String key = describedPerson(of, f, true);
      add(definite ? i - 1 : i, f.last(), key != null ? key : run.state(of, f.title().sector()),
          MentionKind.DESCRIPTION, key != null ? m.described : "office-of-state", "'" + f.words() + "' of " + of);
    } else if (definite && singular(f.last())) {
      String key = describedPerson(null, f, true);
      if (key != null) {
        add(i - 1, f.last(), key, MentionKind.DESCRIPTION, m.described, "'" + f.words() + "'");
      }
    }
  }

  /**
   * The first token of a name of unknown proper nouns just before {@code i}, skipping a parenthesised gloss ("Umma
   * (Nation)"), or -1.
   */
  private int namedBefore(int i) {
    int k = i - 1;
    if (k >= 0 && lower(k).matches("\\)|-rrb-")) {
      while (k >= 0 && !lower(k).matches("\\(|-lrb-")) {
        k--;
      }
      k--;
    }
    int first = -1;
    while (k >= 0 && t.get(k).isProperNoun() && !used[k] && adjective[k] == null) {
      first = k;
      k--;
    }
    return first;
  }

  /** Whether mention {@code d} is the subject of a word outside it. */
  private boolean subjectMention(DraftMention d) {
    for (int k = d.first(); k <= d.last(); k++) {
      Dependency arc = s.headArc(k);
      if (arc != null && arc.relation().startsWith(NSUBJ) && (arc.head() < d.first() || arc.head() > d.last())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of the state actor of {@code sector} named as a subject in this sentence (rule {@value #SUBJECT_FIRST}),
   * else the one mentioned last before this point, or null.
   */
  private String lastStateOfSector(String sector) {
    String key = "|" + sector;
    bySubject = true;
    for (DraftMention d : here) {
      // "Kenyan forces shot down Somali drones, the army said": the subject's side before a nearer object's
      if (isState(d, key) && subjectMention(d)) {
        return d.key();
      }
    }
    bySubject = false;
    for (List<DraftMention> drafts : List.of(here, run.drafts)) {
      for (int d = drafts.size() - 1; d >= 0; d--) {
        if (isState(drafts.get(d), key)) {
          return drafts.get(d).key();
        }
      }
    }
    return null;
  }

  /** Whether {@code d} names a state's actor of the sector whose key ends in {@code sectorKey} ("|MIL"). */
  private static boolean isState(DraftMention d, String sectorKey) {
    return d.key().startsWith("s:") && d.key().endsWith(sectorKey);
  }

}
