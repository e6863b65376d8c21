// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user's knowledge folder ({@code parley analyze --knowledge DIR}): files named like Parley's built-in knowledge
 * files, in their format, whose rows are added to the built-in ones and replace a built-in row of the same key.
 * Only the files {@link #FILES} lists can be given this way; any other file in the folder is a configuration error,
 * so that a misspelt name never passes unread. Read once, when Parley is built, and handed to the stages that read
 * each file (no global state: two Parleys of one process can read different folders).
 */
public final class UserKnowledge {
  /** The built-in knowledge files a user's folder may hold, by file name. */
  public static final List<String> FILES = Arrays.stream(KnowledgeFile.values()).map(KnowledgeFile::fileName).toList();

  private static final UserKnowledge NONE = new UserKnowledge(null);

  private final Path dir;

  private UserKnowledge(Path dir) {
    this.dir = dir;
  }

  /** No user knowledge: the built-in files alone. */
  public static UserKnowledge none() {
    return NONE;
  }

  /**
   * The folder {@code dir}, or {@link #none()} when it is null, its file names checked.
   *
   * @throws ConfigException when {@code dir} is no readable folder or holds a file of a name not in {@link #FILES}
   */
  public static UserKnowledge of(Path dir) {
    if (dir == null) {
      return NONE;
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("knowledge folder " + dir + " does not exist or is not a folder");
    }
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !FILES.contains(n)).sorted()
          .forEach(unknown::add);
    } catch (IOException e) {
      throw new ConfigException("cannot read knowledge folder " + dir + ": " + e.getMessage());
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException("knowledge folder " + dir + " holds " + String.join(", ", unknown)
          + ", which Parley does not read; valid names: " + String.join(", ", FILES));
    }
    return new UserKnowledge(dir);
  }

  /**
   * The built-in speech verbs, with the rows of the user's {@code speech-verbs.tsv} added.
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  public SpeechVerbs speechVerbs() {
    List<DataFile.Row> rows = rows(KnowledgeFile.SPEECH_VERBS);
    return rows.isEmpty() ? SpeechVerbs.builtIn() : SpeechVerbs.builtIn().with(rows);
  }

  /**
   * The data rows of the user's copy of {@code file}, its line of column names checked and skipped; none when the
   * folder does not hold it. The stage that reads the file merges them into its built-in rows.
   *
   * @throws ConfigException naming the file and line when the first line is not the file's column names
   */
  public List<DataFile.Row> rows(KnowledgeFile file) {
    Path path = dir == null ? null : dir.resolve(file.fileName());
    if (path == null || !Files.exists(path)) {
      return List.of();
    }
    return file.userRows(path);
  }
}
