// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.Set;

/**
 * Step 3: a title before a person's name ("Finnish Minister of Foreign Affairs Elina Valtonen", "UN mediator X")
 * joins the name's mention, and codes a person the knowledge base does not know by the title's state or
 * organisation.
 */
final class TitlesBeforeNames extends SentenceStep {
  private static final Set<String> TITLE_MODIFIERS = ResolverWords.get("title-modifiers");

  TitlesBeforeNames(SentenceMentions m) {
    super(m);
  }

  void titlesBeforeNames() {
    for (int d = 0; d < here.size(); d++) {
      DraftMention p = here.get(d);
      if (!p.key().startsWith("p:")) {
        continue;
      }
      int k = p.first() - 1;
      String country = null;
      int start = p.first();
      while (k >= 0 && !used[k]) {
        String w = lower(k);
        if (adjective[k] != null) {
          country = adjective[k];
        } else if (!(kb.isTitleWord(w) || TITLE_MODIFIERS.contains(w)) || w.equals("the")) {
          break;
        }
        k--;
      }
      ActorInfo org = null;
      if (country == null && k >= 0 && k < p.first() - 1) {
        // "Arab League Secretary General X", "UN mediator X": the office is the organisation's
        org = used[k] ? orgAt(k) : k >= 1 && possessive(k) ? orgAt(k - 1) : null;
      }
      if (country == null && org == null && k >= 0 && k < p.first() - 1) {
        // "Pakistan President X", "Lebanon's new President X": a state's name, or its possessive, before the title
        String before = used[k] ? stateAt(k) : k >= 1 && possessive(k) ? stateAt(k - 1) : null;
        if (before != null) {
          country = before;
        }
      }
      // the chain is k+1 .. first-1; keep it only if it holds a title
      int from = k + 1;
      while (from < p.first() && (lower(from).equals("of") || lower(from).equals("-"))) {
        from++;
      }
      CueFound title = null;
      m.nameAfterTitle = p.first();
      for (int i = from; i < p.first() && title == null; i++) {
        CueFound f = cueAt(i);
        if (f != null && f.isTitle() && f.last() < p.first()) {
          title = f;
        }
      }
      m.nameAfterTitle = -1;
      boolean counterpart = false;
      for (int i = from; i < p.first(); i++) {
        counterpart |= lower(i).equals("counterpart");
      }
      if (title == null && !counterpart) {
        continue;
      }
      start = from;
      for (int i = start; i < p.first(); i++) {
        used[i] = true;
      }
      ActorInfo info = run.infos.get(p.key());
      if (org != null && info != null && info.person() && info.code() == null && kb.entries(info.name()).isEmpty()) {
        run.infos.put(p.key(), new ActorInfo(info.name(), org.code(), org.country(), org.sector(), org.organization(),
            title != null ? title.title().role() : null, true, null));
        run.traceActor(p.key(), "title-codes-unknown-person", "office of " + org.name() + " " + org.code());
      } else if (info != null && info.person() && info.code() == null && kb.entries(info.name()).isEmpty()) {
        String sector = title != null ? title.title().sector() : "GOV";
        String role = title != null ? title.title().role() : null;
        run.infos.put(p.key(), new ActorInfo(info.name(), country == null ? null : code(country, sector), country,
            country == null && "IGO".equals(sector) ? "IGO" : country == null ? null : sector, null, role, true, null));
        run.traceActor(p.key(), "title-codes-unknown-person", (role == null ? "counterpart" : role)
            + (country == null ? "" : " of " + country));
      }
      replace(d, new DraftMention(p.sentence(), start, p.last(), p.key(), p.kind()), "title-before-name",
          title != null ? "'" + title.words() + "'" : "counterpart");
    }
  }

  /** The organisation (of known code) whose mention ends at token {@code k}, or null. */
  private ActorInfo orgAt(int k) {
    for (DraftMention dr : here) {
      if (dr.last() == k && dr.key().startsWith("o:")) {
        ActorInfo oi = run.infos.get(dr.key());
        return oi != null && oi.code() != null && oi.organization() != null ? oi : null;
      }
    }
    return null;
  }

  /** The country whose government a mention ending at token {@code k} names, or null. */
  private String stateAt(int k) {
    for (DraftMention dr : here) {
      if (dr.last() == k && dr.key().startsWith("s:") && dr.key().endsWith("|GOV")) {
        return dr.key().substring(2, dr.key().indexOf('|'));
      }
    }
    return null;
  }
}
