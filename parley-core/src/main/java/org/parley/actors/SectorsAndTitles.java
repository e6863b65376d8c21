// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.actors.ActorKnowledgeBase.Title;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.KnowledgeFile;

/**
 * The sector cue nouns of {@code sectors.tsv} and the office titles of {@code titles.tsv}, built in with the rows of
 * a user's copies added. A user's cue is read before the built-in ones, so a cue listed in both takes the user's
 * sector and label, while a sector keeps the label of its first built-in row (a new sector takes its first user
 * row's); a user's title replaces the built-in row of that title.
 *
 * @param cues   sector and label of each cue noun
 * @param labels label of each sector, or null when the state itself is named
 * @param titles sector and role of each title
 */
record SectorsAndTitles(Map<String, SectorCue> cues, Map<String, String> labels, Map<String, Title> titles) {
  /** @throws ConfigException naming the file and line of a malformed user row */
  static SectorsAndTitles read(List<DataFile.Row> userSectors, List<DataFile.Row> userTitles) {
    List<DataFile.Row> sectors = bundled(KnowledgeFile.SECTORS);
    Map<String, SectorCue> cues = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (DataFile.Row r : sectors) {
      if (!labels.containsKey(r.text(0))) {
        labels.put(r.text(0), label(r));
      }
    }
    for (DataFile.Row r : userSectors) {
      if (r.size() < 3 || r.size() > 4 || !r.text(0).matches("[A-Z]{3}") || r.get(2) == null) {
        throw new ConfigException(r.where() + ": expected sector (a CAMEO code such as COP), label (may be empty),"
            + " cues (lower-case nouns, |-separated) and optionally a note");
      }
      if (!labels.containsKey(r.text(0))) {
        labels.put(r.text(0), label(r));
      }
      cueWords(r).forEach(cue -> cues.put(cue, new SectorCue(r.text(0), label(r))));
    }
    for (DataFile.Row r : sectors) {
      cueWords(r).forEach(cue -> cues.putIfAbsent(cue, new SectorCue(r.text(0), label(r))));
    }
    Map<String, Title> titles = new HashMap<>();
    for (DataFile.Row r : bundled(KnowledgeFile.TITLES)) {
      titles.put(r.text(0), new Title(r.text(1), r.text(2)));
    }
    for (DataFile.Row r : userTitles) {
      if (r.size() < 3 || r.size() > 4 || r.get(0) == null || !r.text(1).matches("[A-Z]{3}") || r.get(2) == null) {
        throw new ConfigException(r.where() + ": expected title (lower-case words), sector (a CAMEO code such as GOV),"
            + " role (as Parley reports it) and optionally a note");
      }
      titles.put(r.text(0).toLowerCase(Locale.ROOT), new Title(r.text(1), r.text(2)));
    }
    return new SectorsAndTitles(cues, labels, titles);
  }

  private static List<DataFile.Row> bundled(KnowledgeFile file) {
    return DataFile.bundled(ActorKnowledgeBase.class, ActorKnowledgeBase.RESOURCES + file.fileName(),
        Header.COLUMN_NAMES);
  }

  private static String label(DataFile.Row r) {
    return r.text(1).isEmpty() ? null : r.text(1);
  }

  /** The cue nouns of a row of {@code sectors.tsv}, lower case. */
  static List<String> cueWords(DataFile.Row r) {
    return ActorKnowledgeBase.list(r.get(2)).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
  }
}
