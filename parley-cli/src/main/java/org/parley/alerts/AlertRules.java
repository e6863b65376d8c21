// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;

/**
 * A rules file: where alerts go and what raises them. One statement a line, {@code #} starts a comment:
 * <pre>
 * webhook https://hooks.example.org/parley   # where alerts are POSTed (exactly one)
 * stance-change *                            # any stance change on any negotiation
 * stance-change ETHGOV ETHREB                # on a track whose parties include all of these
 * round *                                    # a new round, or one whose status or outcome changed
 * assault ETHMIL Wagner                      # an ASSAULT with any of these as source or target
 * contradiction *                            # a new denial of a reported event (optionally: of these actors)
 * </pre>
 * Actors are codes or parts of names, any case. A bad line fails at start-up naming {@code file:line} and what is
 * valid: a rule silently ignored is an alert never sent.
 *
 * @param webhook where alerts are POSTed, or null when they are only shown (the dashboard's "What changed")
 * @param rules   the rules, in file order
 */
public record AlertRules(URI webhook, List<Rule> rules) {
  public AlertRules {
    rules = List.copyOf(rules);
  }

  /** Every kind of change about anyone, sent nowhere: what the dashboard's "What changed" shows by default. */
  public static AlertRules everything() {
    return new AlertRules(null, java.util.Arrays.stream(Rule.Kind.values())
        .map(k -> new Rule(k, List.of(), k.word() + " *")).toList());
  }

  private static final String VALID = "valid: webhook URL, " + Arrays.stream(Rule.Kind.values()).map(Rule.Kind::word)
      .collect(Collectors.joining(", ")) + " followed by * or actors";

  public static AlertRules read(Path file) {
    List<String> lines = DataFile.userLines(file, "alert rules");
    URI webhook = null;
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      line = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] words = line.split("\\s+");
      if (words[0].equals("webhook")) {
        if (words.length != 2) {
          throw new ConfigException(where + ": webhook takes one address, e.g. webhook https://hooks.example.org/parley");
        }
        if (webhook != null) {
          throw new ConfigException(where + ": a second webhook; one rules file sends to one webhook");
        }
        webhook = webhook(words[1], where);
        continue;
      }
      Rule.Kind kind = Rule.Kind.of(words[0]);
      if (kind == null) {
        throw new ConfigException(where + ": unknown statement '" + words[0] + "'; " + VALID);
      }
      if (words.length < 2) {
        throw new ConfigException(where + ": " + words[0] + " needs * (any) or the actors it is about");
      }
      List<String> actors = words.length == 2 && words[1].equals("*") ? List.of()
          : List.of(Arrays.copyOfRange(words, 1, words.length));
      if (actors.contains("*")) {
        throw new ConfigException(where + ": * stands alone (any actor), not among actors");
      }
      rules.add(new Rule(kind, actors, line));
    }
    if (webhook == null) {
      throw new ConfigException(file + ": no webhook line; add one, e.g. webhook https://hooks.example.org/parley");
    }
    if (rules.isEmpty()) {
      throw new ConfigException(file + ": no rules; " + VALID);
    }
    return new AlertRules(webhook, rules);
  }

  private static URI webhook(String s, String where) {
    try {
      URI u = new URI(s);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // named below
    }
    throw new ConfigException(where + ": '" + s + "' is not an http or https address");
  }
}
