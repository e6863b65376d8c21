// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * The bundled offline gazetteer ({@code gazetteer.tsv}, derived from GeoNames by
 * {@code scripts/build-gazetteer.py}): countries, conflict regions and towns of 15,000 people or more.
 * Loaded once per process; lookups are hash probes. Thread-safe (immutable after loading).
 */
public final class Gazetteer {
  private static final String RESOURCE = "gazetteer.tsv";

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
      return of(DataFile.bundled(Gazetteer.class, RESOURCE, Header.COLUMN_NAMES));
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
      List<String> f = row.fields();
      if (f.size() < 8) {
        throw new IllegalStateException(row.where() + ": a gazetteer row needs 8 columns, got " + f.size());
      }
      Entry e = new Entry(f.get(0), f.get(3).isEmpty() ? null : f.get(3), number(f.get(4)), number(f.get(5)),
          f.get(6).isEmpty() ? 0 : Long.parseLong(f.get(6)), f.get(7));
      add(names, f.get(0), e);
      if (!f.get(1).isEmpty()) {
        add(names, f.get(1), e);
      }
      if (!f.get(2).isEmpty()) {
        for (String alt : f.get(2).split(",")) {
          add(alternates, alt, e);
        }
      }
    }
    return new Gazetteer(names, alternates);
  }

  private static Double number(String s) {
    return s.isEmpty() ? null : Double.valueOf(s);
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
