// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.nlp.Token;

/**
 * The person a title without a name refers to ("the president", "his Russian counterpart"), under rule
 * {@code titled-in-the-text-first}: a person the text itself gave that title before one whose office only the
 * knowledge base knows, then any person of that office met so far, then the office's holder on the article's date.
 */
final class DescribedPerson extends SentenceStep {
  DescribedPerson(SentenceMentions m) {
    super(m);
  }

  /**
   * The person a title without a name refers to: the most recent person of the article with that office (and
   * country, when given), else the holder of that office on the article's date. "counterpart" takes the most
   * recent person of {@code country}.
   */
  String find(String country, CueFound f, boolean articleFirst) {
    boolean counterpart = f.words().equals("counterpart");
    String roleClass = f.title() != null ? Offices.job(f.title().role()) : null;
    if (articleFirst || country != null) {
      List<DraftMention> before = new ArrayList<>(run.drafts);
      before.addAll(here);
      if (!counterpart && roleClass != null) {
        // rule titled-in-the-text-first: "the president", after "President Clinton" and a mention of Saddam
        // Hussein, is the man the text itself called president, not one whose office only the registry knows
        for (int d = before.size() - 1; d >= 0; d--) {
          ActorInfo info = run.infos.get(before.get(d).key());
          if (info != null && info.person() && (country == null || country.equals(info.country()))
              && info.role() != null && roleMatches(info.role(), roleClass) && titledInText(before.get(d), f)) {
            m.described = "titled-in-the-text-first";
            return before.get(d).key();
          }
        }
      }
      for (int d = before.size() - 1; d >= 0; d--) {
        ActorInfo info = run.infos.get(before.get(d).key());
        if (info == null || !info.person()) {
          continue;
        }
        if (country != null && !country.equals(info.country())) {
          continue;
        }
        if (counterpart || info.role() != null && roleMatches(info.role(), roleClass)) {
          m.described = counterpart ? "counterpart-named-last" : "office-holder-named-last";
          return before.get(d).key();
        }
      }
    }
    if (country != null && f.title() != null) {
      Optional<String> holder = kb.holder(country, f.title().role(), run.date);
      if (holder.isPresent()) {
        m.described = "office-holder-on-the-date";
        return run.person(holder.get());
      }
    }
    return null;
  }

  /** Whether the mention {@code d} carries the title {@code f} names in its own words ("President Clinton"). */
  private boolean titledInText(DraftMention d, CueFound f) {
    List<Token> words = run.article.sentences().get(d.sentence()).tokens();
    String[] title = f.words().split(" ");
    String head = title[title.length - 1];
    for (int k = Math.max(0, d.first() - 3); k <= d.last() && k < words.size(); k++) {
      if (words.get(k).lemmaLower().equals(head) || words.get(k).text().equalsIgnoreCase(head)) {
        return true;
      }
    }
    return false;
  }

  private boolean roleMatches(String role, String roleClass) {
    String rc = Offices.job(role.replaceFirst("^former ", ""));
    return rc.equals(roleClass) || roleClass.equals("minister") && rc.contains("minister")
        || rc.endsWith(" " + roleClass);
  }
}
