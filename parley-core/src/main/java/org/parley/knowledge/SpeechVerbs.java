// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.parley.knowledge.DataFile.Header;

/**
 * Parley's one list of speech verbs, read from {@code speech-verbs.tsv}: the verbs that report what someone said,
 * wrote or learned, how the quotes stage reads each as a cue, and which other rules read it (the news outlets of the
 * actor resolver, where a speaker was for event placing, when a report was made for event dating). The rules keep
 * the verbs they were written with, as roles of one row each, so that a verb is defined in one place.
 */
public final class SpeechVerbs {
  /** How a cue verb relates its subject to the quoted words. */
  public enum Cue { SAY, LABEL, REPORT }

  /** A rule outside the quotes stage that reads the verb; see the file's header for what each means. */
  public enum Role {
    /** An organisation reporting or told something is a news outlet ("officials told the agency"). */
    NEWS("news"),
    /** A "from" phrase on the verb names where the speaker was, not where the event happened. */
    SPEAKER_PLACE("speaker-place"),
    /** The verb's time is when the event was reported, not when it happened. */
    REPORT_TIME("report-time"),
    /** The verb's object is whom the words were said to ("told reporters"), never part of the quotation. */
    ADDRESSEE("addressee"),
    /** The events stage reads the verb as SAY: the events in its complement are its subject's claims. */
    EVENT_SAY("event-say");

    private final String tag;

    Role(String tag) {
      this.tag = tag;
    }

    static Optional<Role> of(String tag) {
      for (Role r : values()) {
        if (r.tag.equals(tag)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One verb.
   *
   * @param cue           how the quotes stage reads it as a cue, or null when it is no cue
   * @param reportsClause a cue verb that reports a clause in news English ("say", "warn", not "continue")
   * @param roles         the other rules that read it
   * @param where         the file and line of its row, for diagnostics
   */
  public record Verb(String lemma, Cue cue, boolean reportsClause, Set<Role> roles, String where) {
    public Verb {
      roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
  }

  /** The name of the file, built in and in a user's knowledge folder. */
  public static final String FILE = "speech-verbs.tsv";

  private final Map<String, Verb> verbs;

  private SpeechVerbs(Map<String, Verb> verbs) {
    this.verbs = Map.copyOf(verbs);
  }

  private static final class Holder {
    static final SpeechVerbs BUILT_IN = of(DataFile.bundled(SpeechVerbs.class, FILE, Header.COLUMN_NAMES));
  }

  /** The bundled list, read once. */
  public static SpeechVerbs builtIn() {
    return Holder.BUILT_IN;
  }

  /** The verbs of rows in the format of {@code speech-verbs.tsv} (its column names already skipped). */
  public static SpeechVerbs of(List<DataFile.Row> rows) {
    Map<String, Verb> verbs = new HashMap<>();
    for (DataFile.Row r : rows) {
      Verb v = verb(r);
      if (verbs.putIfAbsent(v.lemma(), v) != null) {
        throw new ConfigException(r.where() + ": " + v.lemma() + " is listed twice; give it one row");
      }
    }
    return new SpeechVerbs(verbs);
  }

  /**
   * These verbs with {@code rows} (a user's file in the same format) added: a row for a lemma listed here replaces
   * its row whole, so a user who changes one column of a built-in verb repeats the others.
   *
   * @throws ConfigException naming the file and line of a malformed row or of a lemma the rows list twice
   */
  public SpeechVerbs with(List<DataFile.Row> rows) {
    Map<String, Verb> merged = new HashMap<>(verbs);
    merged.putAll(of(rows).verbs);
    return new SpeechVerbs(merged);
  }

  private static Verb verb(DataFile.Row r) {
    String lemma = r.get(0);
    String cue = r.get(1);
    String clause = r.get(2);
    String roles = r.get(3);
    if (r.size() != 4 || lemma == null || cue == null || clause == null || roles == null
        || !cue.matches("say|label|report|-") || !clause.matches("clause|-")) {
      throw new ConfigException(r.where() + ": expected lemma, cue (say, label, report or -), clause (clause or -)"
          + " and roles (comma-separated, or -)");
    }
    Set<Role> read = EnumSet.noneOf(Role.class);
    if (!roles.equals("-")) {
      for (String tag : roles.split(",")) {
        read.add(Role.of(tag.trim()).orElseThrow(() -> new ConfigException(r.where() + ": unknown role " + tag
            + "; roles are news, speaker-place, report-time, addressee and event-say")));
      }
    }
    Cue kind = cue.equals("-") ? null : Cue.valueOf(cue.toUpperCase(Locale.ROOT));
    if (kind == null && clause.equals("clause")) {
      throw new ConfigException(r.where() + ": only a cue verb (say, label or report) can report a clause");
    }
    return new Verb(lemma, kind, clause.equals("clause"), read, r.where());
  }

  /** How the quotes stage reads {@code lemma} (as written, lower case) as a speech cue, if it is one. */
  public Optional<Cue> cue(String lemma) {
    Verb v = verbs.get(lemma);
    return v == null ? Optional.empty() : Optional.ofNullable(v.cue());
  }

  /** A cue verb that reports a clause: read with a clause the parser did not mark as its complement. */
  public boolean reportsClause(String lemma) {
    Verb v = verbs.get(lemma);
    return v != null && v.reportsClause();
  }

  /** Whether the rule of {@code role} reads {@code lemma} (as written, lower case). */
  public boolean is(String lemma, Role role) {
    Verb v = verbs.get(lemma);
    return v != null && v.roles().contains(role);
  }

  /** The verbs the rule of {@code role} reads, by lemma. */
  public SortedSet<Verb> withRole(Role role) {
    SortedSet<Verb> out = new TreeSet<>(Comparator.comparing(Verb::lemma));
    verbs.values().stream().filter(v -> v.roles().contains(role)).forEach(out::add);
    return out;
  }

  /** Every verb listed, for documentation and tests. */
  public Map<String, Verb> verbs() {
    return verbs;
  }
}
