// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direction of the data flow, enforced: a package of the core may use only the packages of lower layers
 * (and its own sub-packages), so no stage reaches up into the engine or into a later stage, and there are no
 * cycles. The layers follow {@code Source -> RawDocument -> Article -> AnnotatedArticle -> actors -> quotes ->
 * events -> board}; the engine composes them and the contract writes what the engine returns.
 */
class ArchitectureTest {
  /** Layer of each package of parley-core, lowest first; a package may depend on lower layers only. */
  private static final Map<String, Integer> LAYERS = Map.ofEntries(
      Map.entry("article", 0),
      Map.entry("knowledge", 1),
      Map.entry("nlp", 1),
      Map.entry("time", 2),
      Map.entry("ingest.dedup", 2),
      Map.entry("ingest", 3),
      Map.entry("actors", 3),
      Map.entry("places", 4),
      Map.entry("quotes", 4),
      Map.entry("events", 5),
      Map.entry("discourse", 6),
      Map.entry("negotiation", 6),
      Map.entry("engine", 7),
      Map.entry("contract", 8));

  /** Known violations still to remove (none left; add one here only with the issue that removes it). */
  private static final Set<String> KNOWN = Set.of();

  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.parley\\.([a-z][a-z.]*?)\\.[A-Z]");

  @Test
  void everyPackageOfTheCoreHasALayer() throws IOException {
    assertThat(LAYERS.keySet()).containsAll(dependencies().keySet());
  }

  @Test
  void noPackageDependsOnAHigherOrEqualLayer() throws IOException {
    List<String> upward = new ArrayList<>();
    dependencies().forEach((from, targets) -> targets.forEach(to -> {
      if (!to.startsWith(from + ".") && LAYERS.getOrDefault(to, 99) >= LAYERS.getOrDefault(from, -1)) {
        if (!KNOWN.contains(from + " -> " + to)) {
          upward.add(from + " -> " + to);
        }
      }
    }));
    assertThat(upward).as("imports against the data flow").isEmpty();
  }

  /** Package -> the other core packages its main sources name (imports and qualified names alike). */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Path root = Path.of("src/main/java/org/parley");
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
        if (pkg.isEmpty()) {
          continue;
        }
        Set<String> targets = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            targets.add(m.group(1));
          }
        }
      }
    }
    return deps;
  }
}
