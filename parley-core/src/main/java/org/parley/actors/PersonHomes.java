// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependency;

/**
 * A person the knowledge base does not know takes the state or organisation the sentence gives them: an apposition
 * or "of" phrase that names one ("K. O., the United Nations relief coordinator"), or, for an office holder, the
 * one state the sentence places things in.
 */
final class PersonHomes extends SentenceStep {
  /** Verbs of going back: "returning to X" names the person's home state, not a party acted on. */
  private static final Set<String> RETURNS = Set.of("return", "go", "come", "fly", "head", "travel");

  PersonHomes(SentenceMentions m) {
    super(m);
  }

  /**
   * An unknown person described by an apposition or an "of" phrase naming a state or organisation ("K. O., the
   * United Nations relief coordinator", "King H. of Morocco") belongs to it.
   */
  void personHomes() {
    if (s.dependencies().isEmpty()) {
      return;
    }
    for (DraftMention p : List.copyOf(here)) {
      ActorInfo info = run.infos.get(p.key());
      if (info == null || !info.person() || info.country() != null || info.organization() != null
          || !kb.entries(info.name()).isEmpty()) {
        continue;
      }
      for (Dependency d : s.children(p.last())) {
        boolean of = d.is(NMOD) && s.children(d.dependent()).stream()
            .anyMatch(c -> c.relation().equals(CASE) && Set.of("of", "from").contains(lower(c.dependent())));
        if (!d.relation().equals(APPOS) && !of) {
          continue;
        }
        List<Integer> sub = s.subtree(d.dependent());
        ActorInfo home = null;
        for (DraftMention o : here) {
          ActorInfo oi = run.infos.get(o.key());
          if (oi != null && !oi.person() && sub.contains(o.first())
              && (oi.country() != null || oi.organization() != null)) {
            home = oi;
            break;
          }
        }
        if (home != null) {
          // a titled person serves the state; an untitled one ("its leading rights campaigner") is only from it
          String sector = home.organization() != null ? home.sector()
              : info.sector() != null ? info.sector() : info.role() != null ? "GOV" : null;
          String code = home.organization() != null ? home.code() : code(home.country(), sector);
          run.infos.put(p.key(), new ActorInfo(info.name(), code, home.country(), sector, home.organization(),
              info.role(), true, info.gender()));
          run.traceActor(p.key(), "person-of-apposition-or-of-phrase", home.name() + (code == null ? "" : " " + code));
          break;
        }
      }
    }
  }

  /**
   * After the sector nouns are read ("the Zambian people", "Chilean officials"): an office holder of no known state
   * holds office in the one state the sentence places things in (not one it names as a party acted on).
   */
  void officeHomes() {
    for (DraftMention p : here) {
      if (!p.key().startsWith("p:")) {
        continue;
      }
      ActorInfo now = run.infos.get(p.key());
      if (now != null && now.country() == null && now.organization() == null && now.role() != null) {
        String home = onlySettingState();
        if (home != null) {
          run.infos.put(p.key(), new ActorInfo(now.name(), code(home, "GOV"), home, "GOV", null, now.role(), true,
              now.gender()));
          run.traceActor(p.key(), "office-in-the-setting-state", code(home, "GOV"));
        }
      }
    }
  }

  /**
   * The one state whose government the sentence names other than as an object or a party an act is aimed at
   * ("curfew in Sudan", "the Zambian people"), or null when there are none or several.
   */
  private String onlySettingState() {
    Set<String> all = new java.util.HashSet<>();
    Set<String> setting = new java.util.HashSet<>();
    for (DraftMention d : here) {
      if (!d.key().startsWith("s:")) {
        continue;
      }
      String country = d.key().substring(2, d.key().indexOf('|'));
      all.add(country);
      Dependency arc = s.headArc(d.last());
      String rel = arc == null ? "" : arc.baseRelation();
      String cs = caseWord(d.last());
      boolean aimedAt = rel.equals(OBJ) || rel.equals(IOBJ) || rel.equals(NSUBJ)
          || (rel.equals(OBL) || rel.equals(NMOD))
          && Set.of("against", "with", "to", "toward", "towards", "on", "at", "by", "for").contains(cs);
      // a people described by its state's adjective ("the Zambian people", "Chilean officials") is the scene of
      // domestic news wherever it stands in the clause; going back "to X" goes home
      boolean described = d.kind() == MentionKind.DESCRIPTION && hasAdjective(d);
      boolean homeward = cs.equals("to") && arc != null && arc.head() >= 0
          && RETURNS.contains(t.get(arc.head()).lemmaLower());
      if (!aimedAt || described || homeward) {
        setting.add(country);
      }
    }
    return setting.size() == 1 ? setting.iterator().next() : null;
  }
}
