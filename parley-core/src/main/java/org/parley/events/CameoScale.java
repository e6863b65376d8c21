// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * What a CAMEO code says on the scales analysts sort events by: its quad class (verbal or material,
 * cooperation or conflict, from the root) and its Goldstein weight ({@code goldstein.tsv}, the published
 * CAMEO scale). Read by the exports and the dashboard; the analysis itself never uses it.
 */
public final class CameoScale {
  private static final Map<String, Double> GOLDSTEIN = load();

  private CameoScale() {}

  private static Map<String, Double> load() {
    Map<String, Double> m = new HashMap<>();
    for (DataFile.Row r : DataFile.bundled(CameoScale.class, "goldstein.tsv", Header.COLUMN_NAMES)) {
      try {
        m.put(r.text(0), Double.parseDouble(r.text(1)));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(r.where() + ": goldstein must be a number, got '" + r.text(1) + "'");
      }
    }
    return Map.copyOf(m);
  }

  /** The Goldstein weight of a code, from its own row or else its longest listed prefix (down to the root). */
  public static Optional<Double> goldstein(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = cameo.length(); n >= 2; n--) {
      Double v = GOLDSTEIN.get(cameo.substring(0, n));
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * GDELT's quad class from the CAMEO root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
   * 3 verbal conflict (09-13), 4 material conflict (14-20); empty without a numeric root.
   */
  public static Optional<Integer> quadClass(String cameo) {
    if (cameo == null || cameo.length() < 2 || !cameo.substring(0, 2).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root < 1 || root > 20) {
      return Optional.empty();
    }
    return Optional.of(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
  }

  /** The quad class in words, as the dashboard's legend and the CSV export write it. */
  public static String quadName(int quad) {
    return switch (quad) {
      case 1 -> "verbal cooperation";
      case 2 -> "material cooperation";
      case 3 -> "verbal conflict";
      case 4 -> "material conflict";
      default -> throw new IllegalArgumentException("quad class is 1 to 4, got " + quad);
    };
  }
}
