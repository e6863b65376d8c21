// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * Parley's one taxonomy of offices, read from {@code offices.tsv}: which roles are the same job under other names
 * (a Secretary of State is a foreign minister), how high an office stands, and at what level two holders' talks
 * are held. The actor resolver and the negotiation board both ask it, so that an office is classed once.
 */
public final class Offices {
  /** What a role is: its job, its rank (0 highest) and the level of talks its holder leads. */
  public record Office(String job, int rank, String level) {}

  private record Row(Set<String> words, String job, int rank, String level) {}

  private static final String FILE = ActorKnowledgeBase.RESOURCES + "offices.tsv";
  private static final Set<String> LEVELS =
      Set.of("leaders", "foreign ministers", "defence ministers", "ministers", "delegations");
  private static final List<Row> ROWS = load();

  private Offices() {}

  private static List<Row> load() {
    List<Row> rows = new ArrayList<>();
    for (DataFile.Row r : DataFile.bundled(Offices.class, FILE, Header.COLUMN_NAMES)) {
      String words = r.get(0);
      String job = r.get(1);
      String rank = r.get(2);
      String level = r.get(3);
      if (words == null || job == null || rank == null || !rank.matches("[0-2]") || !LEVELS.contains(level)) {
        throw new ConfigException(r.where() + ": expected words, office (or -), rank 0-2 and a level of " + LEVELS);
      }
      rows.add(new Row(Set.of(words.split(" ")), job, Integer.parseInt(rank), level));
    }
    return List.copyOf(rows);
  }

  /** The office {@code role} is; null for a null role (no office). */
  public static Office of(String role) {
    if (role == null) {
      return null;
    }
    String lower = role.toLowerCase(Locale.ROOT);
    Set<String> words = Set.of(lower.split(" +"));
    for (Row r : ROWS) {
      if (words.containsAll(r.words())) {
        return new Office(r.job().equals("-") ? lower : r.job(), r.rank(), r.level());
      }
    }
    return new Office(lower, 2, "delegations");
  }

  /** The job of {@code role}: the same for offices that are one job under different names; null for no role. */
  public static String job(String role) {
    Office o = of(role);
    return o == null ? null : o.job();
  }

  /** The rank of {@code role}: 0 heads of state and international bodies, 1 heads of government, 2 others, 3 none. */
  public static int rank(String role) {
    Office o = of(role);
    return o == null ? 3 : o.rank();
  }

  /** The level of talks {@code role}'s holder leads, or null for no role. */
  public static String level(String role) {
    Office o = of(role);
    return o == null ? null : o.level();
  }
}
