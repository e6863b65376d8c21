// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import java.nio.file.Path;
import java.util.List;
import org.parley.knowledge.DataFile.Header;

/**
 * A built-in knowledge file a user's knowledge folder may hold (see {@link UserKnowledge}): its name, what it holds
 * (for diagnostics), and the column names the user's file must open with. Each stage that reads the file merges the
 * user's rows into its built-in ones by the key that file's README names.
 */
public enum KnowledgeFile {
  SPEECH_VERBS(SpeechVerbs.FILE, "speech verbs", "lemma", "cue", "clause", "roles"),
  GAZETTEER("gazetteer.tsv", "gazetteer", "name", "ascii", "alternates", "country", "lat", "lon", "population",
      "feature"),
  ISSUES("issues.tsv", "issue cues", "cue", "issue", "types", "of"),
  TALK_WORDS("talk-words.tsv", "talk words", "lemma", "example"),
  SOURCE_NOUNS("source-nouns.tsv", "source nouns", "lemma", "kind"),
  SPEAKER_NOUNS("speaker-nouns.tsv", "speaker nouns", "lemma", "kind", "sector", "gender"),
  TITLES("titles.tsv", "titles", "title", "sector", "role", "note"),
  SECTORS("sectors.tsv", "sectors", "sector", "label", "cues", "note");

  private final String fileName;
  private final String what;
  private final List<String> columns;

  KnowledgeFile(String fileName, String what, String... columns) {
    this.fileName = fileName;
    this.what = what;
    this.columns = List.of(columns);
  }

  /** The file's name, built in and in a user's folder. */
  public String fileName() {
    return fileName;
  }

  /**
   * The data rows of the user's copy of this file at {@code path}, its line of column names checked and skipped.
   *
   * @throws ConfigException naming the file and line when the first line is not the file's column names
   */
  List<DataFile.Row> userRows(Path path) {
    List<DataFile.Row> rows = DataFile.user(path, what, Header.NONE);
    if (rows.isEmpty()) {
      return rows;
    }
    // a file without that line would lose its first row
    DataFile.Row first = rows.get(0);
    if (!first.fields().stream().map(String::trim).toList().equals(columns)) {
      throw new ConfigException(first.where() + ": the first line that is no comment must name the columns, "
          + String.join(" ", columns) + " (tab-separated)");
    }
    return rows.subList(1, rows.size());
  }
}
