// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.KnowledgeFile;

/**
 * The bundled offline gazetteer ({@code gazetteer.tsv}, derived from GeoNames by
 * {@code scripts/build-gazetteer.py}): countries, conflict regions and towns of 15,000 people or more.
 * Loaded once per process; a user's own places ({@link #with}) make a gazetteer of their own. Lookups are hash
 * probes. Thread-safe (immutable after loading).
 */
public final class Gazetteer {

  /** One gazetteer row. {@code feature} is the GeoNames class and code, e.g. {@code P.PPLC}, {@code A.PCLI}. */
  public record Entry(String name, String country, Double lat, Double lon, long population, String feature) {
    public boolean isCountry() {
      return feature.equals("A.PCLI");
    }

    public Place place() {
      return new Place(name, country, lat, lon);
    }
  }

  private final Map<String, List<Entry>> names;
  private final Map<String, List<Entry>> alternates;
  private final Map<String, Entry> countries = new HashMap<>();

  private Gazetteer(Map<String, List<Entry>> names, Map<String, List<Entry>> alternates) {
    this.names = names;
    this.alternates = alternates;
    for (List<Entry> l : names.values()) {
      for (Entry e : l) {
        if (e.isCountry() && e.country() != null) {
          countries.putIfAbsent(e.country(), e);
        }
      }
    }
  }

  /** The bundled gazetteer, loaded on first use. */
  public static Gazetteer bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      return of(DataFile.bundled(Gazetteer.class, KnowledgeFile.GAZETTEER.fileName(), Header.COLUMN_NAMES));
    }
  }

  /** Reads a gazetteer in the bundled TSV format (header comments start with {@code #}). */
  static Gazetteer read(BufferedReader in) throws IOException {
    return of(DataFile.parse(in, "gazetteer", Header.COLUMN_NAMES));
  }

  private static Gazetteer of(List<DataFile.Row> rows) {
    Map<String, List<Entry>> names = new HashMap<>();
    Map<String, List<Entry>> alternates = new HashMap<>();
    for (DataFile.Row row : rows) {
      index(names, alternates, row);
    }
    return new Gazetteer(names, alternates);
  }

  /**
   * This gazetteer with the rows of a user's {@code gazetteer.tsv} (its format, column names skipped) added: a row of
   * the name and country of a listed place replaces that place, every spelling of it, so a user can move a place or
   * give it other spellings as well as add one.
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  public Gazetteer with(List<DataFile.Row> rows) {
    if (rows.isEmpty()) {
      return this;
    }
    Set<String> replaced = new HashSet<>();
    rows.forEach(r -> replaced.add(placeKey(entry(r))));
    Map<String, List<Entry>> keptNames = without(names, replaced);
    Map<String, List<Entry>> keptAlternates = without(alternates, replaced);
    for (DataFile.Row row : rows) {
      index(keptNames, keptAlternates, row);
    }
    return new Gazetteer(keptNames, keptAlternates);
  }

  private static String placeKey(Entry e) {
    return key(e.name()) + "\t" + e.country();
  }

  private static Map<String, List<Entry>> without(Map<String, List<Entry>> map, Set<String> places) {
    Map<String, List<Entry>> out = new HashMap<>();
    map.forEach((k, l) -> {
      List<Entry> kept = new ArrayList<>(l);
      kept.removeIf(e -> places.contains(placeKey(e)));
      if (!kept.isEmpty()) {
        out.put(k, kept);
      }
    });
    return out;
  }

  /** Indexes the place of {@code row} under its name, its ASCII spelling and its alternate names. */
  private static void index(Map<String, List<Entry>> names, Map<String, List<Entry>> alternates, DataFile.Row row) {
    Entry e = entry(row);
    add(names, e.name(), e);
    if (row.get(1) != null) {
      add(names, row.get(1), e);
    }
    if (row.get(2) != null) {
      for (String alt : row.text(2).split(",")) {
        add(alternates, alt, e);
      }
    }
  }

  private static Entry entry(DataFile.Row row) {
    String country = row.get(3);
    String feature = row.get(7);
    if (row.size() != 8 || row.get(0) == null || feature == null || !feature.matches("[A-Z]\\.[A-Z0-9]+")
        || (country != null && !country.matches("[A-Z]{3}"))) {
      throw new ConfigException(row.where() + ": a gazetteer row needs 8 tab-separated columns: name, ascii,"
          + " alternates (comma-separated), country (ISO alpha-3 or empty), lat, lon, population, feature (such as"
          + " P.PPL for a town, A.ADM1 for a region)");
    }
    try {
      return new Entry(row.get(0), country, number(row.get(4)), number(row.get(5)),
          row.get(6) == null ? 0 : Long.parseLong(row.get(6)), feature);
    } catch (NumberFormatException e) {
      throw new ConfigException(row.where() + ": lat and lon must be decimal numbers and population a whole number,"
          + " or empty");
    }
  }

  private static Double number(String s) {
    return s == null ? null : Double.valueOf(s);
  }

  private static void add(Map<String, List<Entry>> map, String name, Entry e) {
    List<Entry> l = map.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    if (!l.contains(e)) {
      l.add(e);
    }
  }

  /** Lookup key: case, accents, curly apostrophes and a leading "the" do not matter. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /**
   * The place a name most likely means: a country before a town of the same name, then the most populous
   * (an exonym counts like the name itself: "Geneva" is Genève before Geneva, Illinois), preferring places in
   * {@code country} (alpha-3) when given.
   */
  public Optional<Entry> lookup(String name, String country) {
    String k = key(name);
    List<Entry> primary = names.getOrDefault(k, List.of());
    List<Entry> other = alternates.getOrDefault(k, List.of());
    Entry best = null;
    for (List<Entry> l : List.of(primary, other)) {
      for (Entry e : l) {
        if (best == null || better(e, best, country)) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Entry a, Entry b, String country) {
    if (country != null) {
      boolean ia = country.equals(a.country()) && !a.isCountry();
      boolean ib = country.equals(b.country()) && !b.isCountry();
      if (ia != ib) {
        return ia;
      }
    }
    if (a.isCountry() != b.isCountry()) {
      return a.isCountry();
    }
    return a.population() > b.population();
  }

  /** The country a name means, when it names one. */
  public Optional<Entry> country(String name) {
    return lookup(name, null).filter(Entry::isCountry);
  }

  /** The country whose ISO 3166-1 alpha-3 code is {@code code}, for an event known only to that level. */
  public Optional<Entry> countryByCode(String code) {
    return Optional.ofNullable(code == null ? null : countries.get(code));
  }

  /** Number of distinct names and spellings known, for diagnostics. */
  public int size() {
    return names.size() + alternates.size();
  }
}
