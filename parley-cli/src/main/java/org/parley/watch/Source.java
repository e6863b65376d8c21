// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;

/**
 * One feed or page to watch.
 *
 * @param uri  its http(s) address
 * @param name the outlet's name given in the sources file, or null (then the address's host names it)
 */
public record Source(URI uri, String name) {
  public Source {
    Objects.requireNonNull(uri, "uri");
    if (name != null && name.isBlank()) {
      name = null;
    }
  }

  /** The name for log lines and the outlet of its articles: the given name, else the host. */
  public String label() {
    return name != null ? name : uri.getHost();
  }

  public String host() {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a sources file: one source a line, as {@code URL}, {@code URL<TAB>NAME} or {@code NAME = URL}; blank
   * lines and lines starting with {@code #} are skipped. A bad line fails the whole file at start-up, naming
   * {@code file:line} and the forms accepted, because a watcher silently missing a source is worse than one
   * that does not start.
   */
  public static List<Source> read(Path file) {
    List<String> lines = DataFile.userLines(file, "sources");
    List<Source> out = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Source s = parseLine(line, file + ":" + (i + 1));
      if (!seen.add(s.uri())) {
        throw new ConfigException(file + ":" + (i + 1) + ": " + s.uri() + " is listed twice");
      }
      out.add(s);
    }
    if (out.isEmpty()) {
      throw new ConfigException("sources file " + file + " lists no sources (one a line: URL, URL<TAB>NAME or NAME = URL)");
    }
    return List.copyOf(out);
  }

  static Source parseLine(String line, String where) {
    String url;
    String name = null;
    int tab = line.indexOf('\t');
    int eq = line.indexOf(" = ");
    if (tab >= 0) {
      url = line.substring(0, tab).strip();
      name = line.substring(tab + 1).strip();
    } else if (eq >= 0) {
      name = line.substring(0, eq).strip();
      url = line.substring(eq + 3).strip();
    } else {
      url = line;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigException(where + ": '" + url + "' is not a web address (lines are URL, URL<TAB>NAME or NAME = URL)");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new ConfigException(where + ": '" + url + "' is not an http or https address (lines are URL, "
          + "URL<TAB>NAME or NAME = URL)");
    }
    return new Source(uri, name);
  }
}
