// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * What the quotes stage knows about English reporting: the cue verbs that introduce speech
 * ({@code speech-cues.tsv}) and the common nouns that can name a speaker ({@code speaker-nouns.tsv}).
 */
final class QuoteLexicon {
  /** How a cue verb relates its subject to the quoted words. */
  enum CueKind { SAY, LABEL, REPORT }

  /** What a speaker noun denotes. */
  record SpeakerNoun(String lemma, String kind, String sector, char gender) {
    boolean person() {
      return kind.equals("person");
    }

    /** A text that speaks for whoever issued it: a statement, resolution, editorial. */
    boolean document() {
      return kind.equals("document");
    }
  }

  private final Map<String, CueKind> cues;
  private final Map<String, SpeakerNoun> nouns;

  QuoteLexicon(Map<String, CueKind> cues, Map<String, SpeakerNoun> nouns) {
    this.cues = Map.copyOf(cues);
    this.nouns = Map.copyOf(nouns);
  }

  private static final class Holder {
    static final QuoteLexicon BUILT_IN = load();
  }

  /** The bundled lexicon, read once. */
  static QuoteLexicon builtIn() {
    return Holder.BUILT_IN;
  }

  private static QuoteLexicon load() {
    Map<String, CueKind> cues = new HashMap<>();
    for (String[] row : rows("speech-cues.tsv", 2)) {
      cues.put(row[0], CueKind.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    Map<String, SpeakerNoun> nouns = new HashMap<>();
    for (String[] row : rows("speaker-nouns.tsv", 4)) {
      nouns.put(row[0], new SpeakerNoun(row[0], row[1], row[2].equals("-") ? null : row[2], row[3].charAt(0)));
    }
    return new QuoteLexicon(cues, nouns);
  }

  private static Iterable<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.bundled(QuoteLexicon.class, file, Header.NONE)) {
      if (row.size() != columns) {
        throw new IllegalStateException(row.where() + ": expected " + columns + " tab-separated columns, got "
            + row.size());
      }
      out.add(row.fields().stream().map(String::trim).toArray(String[]::new));
    }
    return out;
  }

  Optional<CueKind> cue(String lemma) {
    return Optional.ofNullable(cues.get(lemma.toLowerCase(Locale.ROOT)));
  }

  Optional<SpeakerNoun> speakerNoun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }
}
