// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;

/**
 * A people living in another state is coded by that state ("Albanians in southern Serbia", "ethnic Albanians"), and
 * groups, unknown people and unknown organisations of no known state belong to the state their own phrase names or,
 * in domestic news, to the one state the sentence names.
 */
final class DomesticHomes extends SentenceStep {
  private final SpeechVerbs speech;

  DomesticHomes(SentenceMentions m, SpeechVerbs speech) {
    super(m);
    this.speech = speech;
  }

  /** "Albanians in southern Serbia", like "Bosnian Serbs": a people living in another state is coded by that state. */
  void peopleAbroad() {
    for (int d : peoples) {
      DraftMention p = here.get(d);
      String home = countryOfPhrase(p.last());
      if (home != null && !p.key().startsWith("s:" + home + "|")) {
        replace(d, new DraftMention(p.sentence(), p.first(), p.last(), run.state(home, "CVL"), p.kind()),
            "people-abroad", "civilians of " + home);
      }
    }
  }

  /**
   * Groups, unknown people and unknown organisations of no known state ("police", "the administration", "rebels",
   * "the Islamic Front"): one whose own phrase names a state ("the Kenyan-backed administration", "Nairobi's
   * district police") belongs to it; otherwise, when the sentence names exactly one state and not only as a
   * party an act is aimed at ("police arrested protesters in Lusaka", "the Zambian government accused rebels"),
   * the news is domestic and they are that state's.
   */
  void domesticHomes() {
    ethnicMinorities();
    String only = onlyNamedState();
    for (int d = 0; d < here.size(); d++) {
      DraftMention p = here.get(d);
      ActorInfo info = run.infos.get(p.key());
      if (info == null || info.country() != null || p.kind() == MentionKind.PRONOUN) {
        continue;
      }
      boolean group = p.key().startsWith("g:");
      boolean unknown = (p.key().startsWith("p:") || p.key().startsWith("o:")) && info.code() == null
          && kb.entries(info.name()).isEmpty() && (info.organization() == null || p.key().startsWith("o:"));
      if (!group && !unknown) {
        continue;
      }
      if (p.key().startsWith("o:") && reporting(p)) {
        continue; // "officials told AFP", "Reuters reported": the news agency is no party to the story's state
      }
      String home = ownPhraseState(p);
      String rule = home != null ? "state-in-own-phrase" : "domestic-news-state";
      if (home == null) {
        home = only;
      }
      if (home == null && group && statesOf(here).isEmpty()) {
        home = stateOfTheSentenceBefore();
        rule = "domestic-news-state-of-the-sentence-before";
      }
      if (home == null || kb.country(home).isEmpty()) {
        continue;
      }
      if (group) {
        replace(d, new DraftMention(p.sentence(), p.first(), p.last(), run.state(home, info.sector()), p.kind()),
            rule, home + " " + info.sector());
      } else {
        String sector = info.sector() != null ? info.sector() : info.role() != null ? "GOV" : null;
        run.infos.put(p.key(), new ActorInfo(info.name(), code(home, sector), home, sector, info.organization(),
            info.role(), info.person(), info.gender()));
        run.traceActor(p.key(), rule, code(home, sector));
      }
    }
  }

  /**
   * "Ethnic Albanians", "ethnic Serb fighters": an ethnic group is coded by the state it lives in, when the sentence
   * names exactly one other state.
   */
  private void ethnicMinorities() {
    for (int d = 0; d < here.size(); d++) {
      DraftMention p = here.get(d);
      boolean ethnic = p.first() > 0 && lower(p.first() - 1).equals("ethnic") || lower(p.first()).equals("ethnic");
      if (!ethnic || !p.key().startsWith("s:") || countryOfPhrase(p.last()) != null) {
        continue; // "ethnic Albanians in southern Serbia" are placed by their own phrase
      }
      String own = p.key().substring(2, p.key().indexOf('|'));
      String sector = p.key().substring(p.key().indexOf('|') + 1);
      Set<String> others = new java.util.HashSet<>();
      for (DraftMention o : here) {
        ActorInfo oi = run.infos.get(o.key());
        if (oi != null && oi.country() != null && !oi.country().equals(own) && o.kind() != MentionKind.PRONOUN
            && (!o.key().startsWith("s:") || namesState(o)) && !elsewhere(o)) {
          others.add(oi.country());
        }
      }
      if (others.size() == 1) {
        replace(d, new DraftMention(p.sentence(), p.first(), p.last(),
            run.state(others.iterator().next(), sector.equals("GOV") ? "CVL" : sector), p.kind()),
            "ethnic-minority", "of " + others.iterator().next());
      }
    }
  }

  private boolean reporting(DraftMention p) {
    Dependency arc = s.headArc(p.last());
    // verbs of reporting news (role "news" of speech-verbs.tsv): an organisation that reports or is told is an outlet
    return arc != null && arc.head() >= 0
        && speech.is(t.get(arc.head()).lemmaLower(), SpeechVerbs.Role.NEWS);
  }

  /** Whether mention {@code o} names a state only as somewhere else: "sent back to X", "a border with X". */
  private boolean elsewhere(DraftMention o) {
    Dependency arc = s.headArc(o.last());
    String rel = arc == null ? "" : arc.baseRelation();
    if (!rel.equals(OBL) && !rel.equals(NMOD)) {
      return false;
    }
    for (Dependency c : s.children(o.last())) {
      if (c.relation().equals(CASE)
          && Set.of("to", "with", "into", "toward", "towards").contains(lower(c.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** The country of a state, or a person or organisation of known state, modifying mention {@code p}'s head. */
  private String ownPhraseState(DraftMention p) {
    for (Dependency c : s.children(p.last())) {
      String rel = c.relation();
      if (!rel.equals(COMPOUND) && !rel.equals(NMOD_POSS)) {
        continue;
      }
      String country = countryAt(c.dependent());
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /** The country of the mention covering token {@code k}, if it has one. */
  private String countryAt(int k) {
    for (DraftMention o : here) {
      if (o.first() <= k && k <= o.last()) {
        ActorInfo oi = run.infos.get(o.key());
        return oi == null ? null : oi.country();
      }
    }
    return null;
  }

  /** The states the mentions belong to ("Kenyan police", "Nairobi"), pronouns left out. */
  private Set<String> statesOf(List<DraftMention> mentions) {
    Set<String> states = new java.util.HashSet<>();
    for (DraftMention d : mentions) {
      ActorInfo info = run.infos.get(d.key());
      if (info != null && info.country() != null && d.kind() != MentionKind.PRONOUN) {
        states.add(info.country());
      }
    }
    return states;
  }

  /**
   * Rule "domestic news goes on in the next sentence": a group in a sentence that names no state ("Later, police fired
   * tear gas to disperse them") belongs to the one state the sentence before it, in the same paragraph, names
   * ("Thousands of Venezuelans blocked roads in Caracas."); null when that sentence names none or several.
   */
  private String stateOfTheSentenceBefore() {
    int before = s.index() - 1;
    if (before < 0) {
      return null;
    }
    org.parley.nlp.Sentence prev = run.article.sentences().get(before);
    String text = run.article.text();
    if (text.substring(prev.span().end(), s.span().start()).indexOf('\n') >= 0) {
      return null;
    }
    Set<String> states = statesOf(run.drafts.stream().filter(d -> d.sentence() == before).toList());
    return states.size() == 1 ? states.iterator().next() : null;
  }

  /**
   * The one state the sentence names (by its name, capital, adjective, or a person or organisation of it), when
   * it names no other and names it at least once other than as the object or target of an act; else null.
   */
  private String onlyNamedState() {
    Set<String> all = new java.util.HashSet<>();
    boolean setting = false;
    for (DraftMention d : here) {
      ActorInfo info = run.infos.get(d.key());
      if (info == null || info.country() == null || d.kind() == MentionKind.PRONOUN
          || d.key().startsWith("s:") && !namesState(d)) {
        continue; // "the army" read as the army of a state named before names no state here
      }
      all.add(info.country());
      Dependency arc = s.headArc(d.last());
      String rel = arc == null ? "" : arc.baseRelation();
      String cs = caseWord(d.last());
      boolean aimedAt = rel.equals(OBJ) || rel.equals(IOBJ)
          || (rel.equals(OBL) || rel.equals(NMOD))
          && Set.of("against", "to", "toward", "towards", "on", "at", "into").contains(cs);
      setting |= !aimedAt || d.kind() == MentionKind.DESCRIPTION && hasAdjective(d);
    }
    return all.size() == 1 && setting ? all.iterator().next() : null;
  }
}
