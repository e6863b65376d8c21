// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Parley's knowledge files (actor dictionaries, lexicons, issue words, the gazetteer): UTF-8, one
 * tab-separated row per line, {@code #} comment lines and blank lines ignored, optionally a first line of
 * column names. Every row keeps its file and line so that a bad entry is reported where a person can fix it.
 * A bundled file that is missing is a packaging bug and throws; a user's file that is missing or unreadable
 * is a configuration error naming the file.
 */
public final class DataFile {
  /** Whether the first non-comment line holds column names rather than data. */
  public enum Header { COLUMN_NAMES, NONE }

  /** One data line: its fields (split on tabs, kept as written) and where it stands. */
  public record Row(String file, int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** {@code file:line}, the position a diagnostic names. */
    public String where() {
      return file + ":" + line;
    }

    public int size() {
      return fields.size();
    }

    /** Field {@code i} trimmed, or null when it is absent or blank. */
    public String get(int i) {
      return i < fields.size() && !fields.get(i).isBlank() ? fields.get(i).trim() : null;
    }

    /** Field {@code i} trimmed, or {@code ""} when absent. */
    public String text(int i) {
      return i < fields.size() ? fields.get(i).trim() : "";
    }
  }

  private DataFile() {}

  /** The rows of a file bundled next to {@code owner} ({@code resource} is relative to its package or absolute). */
  public static List<Row> bundled(Class<?> owner, String resource, Header header) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled data file " + resource + " is missing from the class path");
    }
    String name = "built-in " + resource.substring(resource.lastIndexOf('/') + 1);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, name, header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + resource, e);
    }
  }

  /** The rows of a user's file; {@code what} says what it is for ("actor", "lexicon") in the error. */
  public static List<Row> user(Path file, String what, Header header) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(what + " file " + file + " does not exist or is not a file");
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString(), header);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + what + " file " + file + ": " + e.getMessage());
    }
  }

  /**
   * The lines of a user's file in a format of its own (watch sources, alert rules), as written; {@code what} names
   * the file in the error ("sources", "alert rules").
   */
  public static List<String> userLines(Path file, String what) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(what + " file " + file + " does not exist");
    } catch (IOException e) {
      throw new ConfigException("cannot read " + what + " file " + file + ": " + e.getMessage());
    }
  }

  /** The rows of already opened text; {@code file} names it in positions. */
  public static List<Row> parse(BufferedReader in, String file, Header header) throws IOException {
    List<Row> out = new ArrayList<>();
    boolean expectHeader = header == Header.COLUMN_NAMES;
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (expectHeader) {
        expectHeader = false;
        continue;
      }
      out.add(new Row(file, n, Arrays.asList(line.split("\t", -1))));
    }
    return out;
  }
}
