// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.KnowledgeFile;
import org.parley.nlp.ParseReadings;
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

  /** People a cue marked {@code person} may be said of besides named persons and "his", "her", "their". */
  private static final Set<String> PERSON_NOUNS =
      Set.of("child", "boy", "girl", "son", "daughter", "family", "citizen", "national", "civilian");

  /**
   * One cue: a run of lemmas, the issue it names, the event types it applies to (empty for all), and whether it
   * names the issue only when said of people ("the boy's return", "the return of the families", not "a return to
   * the talks").
   */
  record Cue(List<String> lemmas, String issue, Set<EventType> types, boolean ofPerson) {
    Cue(List<String> lemmas, String issue, Set<EventType> types) {
      this(lemmas, issue, types, false);
    }
  }

  private final List<Cue> cues;

  IssueTagger(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The built-in cue list. */
  public static IssueTagger builtIn() {
    return new IssueTagger(cues(DataFile.bundled(IssueTagger.class, KnowledgeFile.ISSUES.fileName(), Header.NONE)));
  }

  /**
   * This tagger with the cues of a user's {@code issues.tsv} (its format, column names skipped) added: a user's row
   * replaces every listed row of the same cue words, so a user can move a cue to another issue or other event types.
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  public IssueTagger with(List<DataFile.Row> rows) {
    if (rows.isEmpty()) {
      return this;
    }
    List<Cue> user = cues(rows);
    Set<List<String>> replaced = new HashSet<>();
    user.forEach(c -> replaced.add(c.lemmas()));
    List<Cue> merged = new ArrayList<>(cues);
    merged.removeIf(c -> replaced.contains(c.lemmas()));
    merged.addAll(user);
    return new IssueTagger(merged);
  }

  private static List<Cue> cues(List<DataFile.Row> rows) {
    List<Cue> cues = new ArrayList<>();
    for (DataFile.Row row : rows) {
      if (row.size() < 3 || row.size() > 4 || row.get(0) == null || row.get(1) == null
          || !row.text(1).matches("[a-z][a-z_]*")) {
        throw new ConfigException(row.where() + ": expected cue (lower-case words), issue (a word such as ceasefire"
            + " or humanitarian_corridor), types (event types, |-separated, or -) and optionally of (person or -)");
      }
      Set<EventType> types = EnumSet.noneOf(EventType.class);
      String typeField = row.get(2);
      if (typeField != null && !typeField.equals("-")) {
        for (String t : typeField.split("\\|")) {
          try {
            types.add(EventType.valueOf(t));
          } catch (IllegalArgumentException e) {
            throw new ConfigException(row.where() + ": unknown event type '" + t + "'");
          }
        }
      }
      String of = row.get(3);
      if (of != null && !of.equals("-") && !of.equals("person")) {
        throw new ConfigException(row.where() + ": unknown argument condition '" + of + "'; use person or -");
      }
      cues.add(new Cue(List.of(row.text(0).toLowerCase(Locale.ROOT).split(" ")), row.text(1), types,
          "person".equals(of)));
    }
    return cues;
  }

  /**
   * The issues an event of {@code type} at verb or noun {@code anchor} (its event word at {@code trigger}) concerns:
   * those its arguments name, with what a "to" clause on it asks for ("called on Israel to keep taking risks for
   * peace") and, for a light verb, its noun's arguments.
   */
  public List<String> tagEvent(Sentence s, int anchor, int trigger, EventType type) {
    List<Integer> args = new ArrayList<>(ParseReadings.arguments(s, anchor));
    for (int c : ParseReadings.children(s, anchor, ADVCL)) {
      if (ParseReadings.toInfinitive(s, c)) {
        args.addAll(ParseReadings.arguments(s, c));
      }
    }
    if (anchor != trigger) {
      args.addAll(ParseReadings.arguments(s, trigger));
    }
    return tag(s, args.stream().distinct().sorted().toList(), type);
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
        if (matchesAt(t, tokens, k, c.lemmas()) && (!c.ofPerson() || saidOfPerson(s, tokens.get(k)))) {
          out.add(c.issue());
        }
      }
      int i = tokens.get(k);
      if (NEGOTIATING.contains(type) && isPlace(t.get(i))) {
        String prep = ParseReadings.caseOf(s, i);
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

  /** Whether noun {@code i} has a person as possessor or "of" argument: "the boy's return", "their return". */
  private static boolean saidOfPerson(Sentence s, int i) {
    for (var d : s.children(i)) {
      String rel = d.relation();
      Token c = s.tokens().get(d.dependent());
      boolean owner = rel.equals(NMOD_POSS) || (rel.startsWith(NMOD) && ParseReadings.caseOf(s, d.dependent()).equals("of"));
      if (owner && ("PERSON".equals(c.ner()) || PERSON_NOUNS.contains(c.lemmaLower())
          || Set.of("his", "her", "their").contains(c.text().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(Token t) {
    return t.ner() != null && (t.ner().equals("LOCATION") || t.ner().equals("CITY") || t.ner().equals("COUNTRY")
        || t.ner().equals("STATE_OR_PROVINCE"));
  }
}
