// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    java.util.List<String[]> out = new java.util.ArrayList<>();
    try (InputStream in = QuoteLexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled data file org/parley/quotes/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != columns) {
          throw new IllegalStateException("org/parley/quotes/" + file + " line " + n + ": expected " + columns
              + " tab-separated columns, got " + cols.length);
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
