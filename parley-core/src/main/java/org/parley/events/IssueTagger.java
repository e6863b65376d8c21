// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Tags the negotiation issues an event concerns from the words of its arguments, with the cue list
 * {@code issues.tsv} ("truce" → ceasefire, "corridor" → humanitarian_corridor); a place named as what a
 * negotiation is about ("compromise on the two provinces") is a territory issue.
 */
public final class IssueTagger {
  private static final Set<EventType> NEGOTIATING = EnumSet.of(EventType.AGREE, EventType.CONCEDE, EventType.REQUEST,
      EventType.REJECT, EventType.CONSULT, EventType.SUPPORT);

  /** One cue: a run of lemmas, the issue it names, and the event types it applies to (empty for all). */
  record Cue(List<String> lemmas, String issue, Set<EventType> types) {}

  private final List<Cue> cues;

  IssueTagger(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The built-in cue list. */
  public static IssueTagger builtIn() {
    List<Cue> cues = new ArrayList<>();
    for (DataFile.Row row : DataFile.bundled(IssueTagger.class, "issues.tsv", Header.NONE)) {
      Set<EventType> types = EnumSet.noneOf(EventType.class);
      String typeField = row.get(2);
      if (typeField != null && !typeField.equals("-")) {
        for (String t : typeField.split("\\|")) {
          try {
            types.add(EventType.valueOf(t));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown event type '" + t + "'");
          }
        }
      }
      cues.add(new Cue(List.of(row.text(0).toLowerCase(Locale.ROOT).split(" ")), row.text(1), types));
    }
    return new IssueTagger(cues);
  }


  /**
   * The issues named by tokens {@code tokens} (sorted indices) of {@code s}, for an event of {@code type}, in order
   * of first cue.
   */
  public List<String> tag(Sentence s, List<Integer> tokens, EventType type) {
    Set<String> out = new LinkedHashSet<>();
    List<Token> t = s.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      for (Cue c : cues) {
        if (!c.types().isEmpty() && !c.types().contains(type)) {
          continue;
        }
        if (matchesAt(t, tokens, k, c.lemmas())) {
          out.add(c.issue());
        }
      }
      int i = tokens.get(k);
      if (NEGOTIATING.contains(type) && isPlace(t.get(i))) {
        String prep = Syntax.caseOf(s, i);
        if (prep.equals("on") || prep.equals("over") || prep.equals("about") || prep.equals("of")) {
          out.add("territory");
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean matchesAt(List<Token> t, List<Integer> tokens, int k, List<String> lemmas) {
    if (k + lemmas.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < lemmas.size(); j++) {
      int i = tokens.get(k + j);
      if (j > 0 && i != tokens.get(k + j - 1) + 1) {
        return false;
      }
      Token tok = t.get(i);
      String want = lemmas.get(j);
      if (!tok.lemmaLower().equals(want) && !tok.text().toLowerCase(Locale.ROOT).equals(want)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlace(Token t) {
    return t.ner() != null && (t.ner().equals("LOCATION") || t.ner().equals("CITY") || t.ner().equals("COUNTRY")
        || t.ner().equals("STATE_OR_PROVINCE"));
  }
}
