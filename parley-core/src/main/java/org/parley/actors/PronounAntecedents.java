// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.HashSet;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;

/**
 * Step 5: pronouns ("he", "its", "they") take the actor of their antecedent, found by a salience-ordered search of
 * the sentence and the three before it; gender keeps "she" from a man.
 */
final class PronounAntecedents extends SentenceStep {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> IT = Set.of("it", "its", "itself");
  private static final Set<String> THEY = Set.of("they", "them", "their", "theirs", "themselves");

  /** How the last antecedent was found, for the trace. */
  private String how = "";

  PronounAntecedents(SentenceMentions m) {
    super(m);
  }

  void pronouns() {
    for (int i = 0; i < n; i++) {
      if (used[i] || !t.get(i).isPronoun()) {
        continue;
      }
      String w = lower(i);
      String key = null;
      if (MALE.contains(w) || FEMALE.contains(w)) {
        key = antecedent(i, true, MALE.contains(w) ? "f" : "m");
      } else if (IT.contains(w) || THEY.contains(w)) {
        int owner = OwnerIsTheConjunctBefore.conjunct(s, i);
        if (owner >= 0) {
          DraftMention at = draftAt(owner);
          key = at == null ? null : at.key();
          how = OwnerIsTheConjunctBefore.NAME + " '" + text(owner, owner) + "'";
          if (key == null) {
            run.traceUnresolved(s.index(), i, OwnerIsTheConjunctBefore.NAME, "'" + text(owner, owner) + "', no actor");
            continue;
          }
        } else {
          key = antecedent(i, false, null);
        }
      }
      if (key != null) {
        add(i, i, key, MentionKind.PRONOUN, "pronoun-antecedent", how);
      } else if ("governing-subject-unresolved".equals(how)) {
        run.traceUnresolved(s.index(), i, how, "the subject of a governing clause names no actor");
      }
    }
  }

  /**
   * The antecedent of a pronoun at {@code i}: earlier in the sentence, a subject before any other mention, then
   * the nearest; failing that, the subject of the closest earlier sentence (up to three back) that has one of
   * the right kind, then its last mention of that kind.
   */
  private String antecedent(int i, boolean person, String wrongGender) {
    DraftMention best = null;
    Set<Integer> ownClauses = clausesOfObject(i);
    for (DraftMention d : here) {
      if (d.last() >= i || d.kind() == MentionKind.PRONOUN && !person || !fits(d, person, wrongGender)
          || subjectOfAny(d, ownClauses)) {
        continue;
      }
      if (best == null || subject(s, d) && !subject(s, best) || subject(s, d) == subject(s, best)
          && d.first() > best.first()) {
        best = d;
      }
    }
    if (best != null) {
      how = (subject(s, best) ? "subject" : "nearest mention") + " '" + text(best.first(), best.last())
          + "' in this sentence";
      return best.key();
    }
    how = "";
    if (new GoverningSubjectUnresolved(m).appliesTo(i)) {
      how = "governing-subject-unresolved";
      return null;
    }
    for (int back = 1; back <= 3 && s.index() - back >= 0; back++) {
      int si = s.index() - back;
      Sentence prev = run.article.sentences().get(si);
      DraftMention subj = null;
      boolean ownerOfSubject = false;
      DraftMention lastOne = null;
      for (DraftMention d : run.drafts) {
        if (d.sentence() != si || !fits(d, person, wrongGender)) {
          continue;
        }
        lastOne = d;
        if (subject(prev, d) && (subj == null || rootSubject(prev, d))) {
          subj = d;
          ownerOfSubject = false;
        } else if (person && (subj == null || !rootSubject(prev, subj)) && !ownerOfSubject
            && PossessorOfMainSubject.applies(prev, d.first(), d.last())) {
          subj = d;
          ownerOfSubject = true;
        }
      }
      if (subj != null) {
        how = (ownerOfSubject ? PossessorOfMainSubject.NAME + ": '" : "subject '")
            + prev.span(subj.first(), subj.last()).of(run.article.text()) + "' " + back + " sentence(s) back";
        return subj.key();
      }
      if (lastOne != null) {
        how = "last person '" + prev.span(lastOne.first(), lastOne.last()).of(run.article.text()) + "' " + back
            + " sentence(s) back";
        return person ? lastOne.key() : null;
      }
    }
    return null;
  }

  /**
   * Rule "object-pronoun-is-not-its-clause's-subject": the object of a verb ("officers fired tear gas to disperse
   * them") is never the subject of its own clause, nor of the clause that controls an infinitive without a subject
   * of its own; that would be "themselves". These are the clauses whose subject the object pronoun at {@code pronoun}
   * cannot be, read once per pronoun.
   */
  private Set<Integer> clausesOfObject(int pronoun) {
    Dependency a = s.headArc(pronoun);
    String w = lower(pronoun);
    if (a == null || !(a.is(OBJ) || a.is(IOBJ)) || w.endsWith("self") || w.endsWith("selves")) {
      return Set.of(); // a reflexive ("attacked themselves") is its clause's subject
    }
    Set<Integer> clauses = new HashSet<>();
    int verb = a.head();
    for (int guard = 0; guard < 4 && verb >= 0; guard++) {
      clauses.add(verb);
      // subject control only: "had to use gas to clear them", not "scared the leaders into supporting him" or
      // "urged the leaders to support him", where the party the verb above acts on does the act
      Dependency up = s.headArc(verb);
      boolean controlled = up != null && s.child(verb, NSUBJ) == null && !objectIsAParty(up.head())
          && (up.is(XCOMP) || up.is(ADVCL) && ParseReadings.toInfinitive(s, verb));
      if (!controlled) {
        break;
      }
      verb = up.head();
    }
    return clauses;
  }

  /** Whether mention {@code d} is the subject of one of {@code clauses}. */
  private boolean subjectOfAny(DraftMention d, Set<Integer> clauses) {
    for (int k = d.first(); k <= d.last() && !clauses.isEmpty(); k++) {
      Dependency da = s.headArc(k);
      if (da != null && da.relation().startsWith(NSUBJ) && clauses.contains(da.head())) {
        return true;
      }
    }
    return false;
  }

  private boolean objectIsAParty(int verb) {
    int o = ParseReadings.child(s, verb, OBJ);
    return o >= 0 && (t.get(o).isPronoun() || draftAt(o) != null);
  }

  private boolean fits(DraftMention d, boolean person, String wrongGender) {
    ActorInfo info = run.infos.get(d.key());
    if (info == null || info.person() != person) {
      return false;
    }
    return wrongGender == null || !wrongGender.equalsIgnoreCase(info.gender());
  }

  private boolean subject(Sentence in, DraftMention d) {
    for (int k = d.first(); k <= d.last(); k++) {
      Dependency arc = in.headArc(k);
      if (arc != null && arc.relation().startsWith(NSUBJ)) {
        return true;
      }
    }
    return false;
  }

  private boolean rootSubject(Sentence in, DraftMention d) {
    int root = in.root();
    for (int k = d.first(); k <= d.last(); k++) {
      Dependency arc = in.headArc(k);
      if (arc != null && arc.relation().startsWith(NSUBJ) && arc.head() == root) {
        return true;
      }
    }
    return false;
  }
}
