// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;

/**
 * What Parley knows about actors: states, organisations, seats of power, people with dated roles, sector cue
 * words and titles. Built from the bundled data files under {@code org/parley/actors/}, then the user's files,
 * whose entries replace built-in entries of the same name.
 *
 * <p>Names are matched case-sensitively on the article's tokens: a name's key is its text without white space,
 * so "New Zealand" matches the tokens "New", "Zealand" and "Kyiv" matches "Kyiv" in "Kyiv's". Immutable and safe
 * for concurrent use once loaded.
 */
public final class ActorKnowledgeBase {
  static final String RESOURCES = "/org/parley/actors/";
  static final List<String> ENTRY_HEADER = List.of(
      "kind", "name", "aliases", "code", "country", "sector", "organization", "role", "start", "end", "gender", "source");
  private static final int MAX_NAME_TOKENS = 10;

  /** A state or territory from {@code countries.tsv}. */
  public record Country(String alpha3, String alpha2, String name, String official, List<String> aliases,
                        List<String> adjectives, List<String> capitals, boolean state, List<String> people) {}

  /** The kinds of entry the knowledge files hold. */
  public enum Kind {
    PERSON, ORG, PLACE;

    static Kind parse(String s, String where) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "person" -> PERSON;
        case "org", "organization", "organisation" -> ORG;
        case "place" -> PLACE;
        default -> throw new ConfigException(where + ": unknown kind '" + s + "'; valid: person, org, place");
      };
    }
  }

  /**
   * One row of an actor file: a person's tenure in one role, an organisation, or a seat of power, valid from
   * {@code start} to {@code end} (either may be null for open).
   */
  public record Entry(Kind kind, String name, List<String> aliases, String code, String country, String sector,
                      String organization, String role, LocalDate start, LocalDate end, String gender, String source) {
    public Entry {
      aliases = List.copyOf(aliases);
    }

    public boolean activeOn(LocalDate d) {
      return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
    }

    /** The code as written, or country + sector when the file leaves it empty. */
    public String effectiveCode() {
      if (code != null) {
        return code;
      }
      if (country != null) {
        return sector == null ? country : country + sector;
      }
      return null;
    }
  }

  /** What a sector cue noun says: the sector and the label of a state's actor of that sector. */
  public record SectorCue(String sector, String label) {}

  /** An office title: the sector of its holder and the canonical role. */
  public record Title(String sector, String role) {}

  /** What a run of tokens names. */
  public enum HitKind { PERSON, ORG, PLACE, COUNTRY, CAPITAL, PEOPLE, ADJECTIVE }

  /**
   * A name found at a token: {@code id} is the entry's canonical name (persons, organisations, places) or the
   * alpha-3 code (countries, capitals, adjectives); {@code tokens} how many tokens it spans.
   */
  public record Hit(HitKind kind, String id, int tokens) {}

  private final Map<String, Country> countries;
  private final Map<String, List<Entry>> entries; // canonical name -> rows (tenures), sorted by start
  private final Map<String, List<HitTarget>> names; // whitespace-free key -> targets, by priority
  private final Map<String, List<String>> surnames; // surname -> canonical person names
  private final Map<String, SectorCue> cues;
  private final Map<String, Title> titles;
  private final Map<String, String> sectorLabels; // sector -> label of its first row in sectors.tsv, or null
  private final Set<String> titleWords;
  private final int maxKeyLength;

  private record HitTarget(HitKind kind, String id) {}

  private ActorKnowledgeBase(Map<String, Country> countries, Map<String, List<Entry>> entries,
                             Map<String, SectorCue> cues, Map<String, Title> titles,
                             Map<String, String> sectorLabels) {
    this.countries = countries;
    this.sectorLabels = sectorLabels;
    this.entries = entries;
    this.cues = cues;
    this.titles = titles;
    Map<String, List<HitTarget>> n = new HashMap<>();
    Map<String, List<String>> sn = new HashMap<>();
    // Priority: people, organisations and seats of power before state names, capitals and adjectives, so that a
    // listed organisation "Islamic State" wins over a word it contains.
    for (List<Entry> rows : entries.values()) {
      Entry e = rows.get(0);
      HitKind k = switch (e.kind()) {
        case PERSON -> HitKind.PERSON;
        case ORG -> HitKind.ORG;
        case PLACE -> HitKind.PLACE;
      };
      Set<String> all = new HashSet<>();
      for (Entry r : rows) {
        all.add(r.name());
        all.addAll(r.aliases());
      }
      for (String name : all) {
        index(n, name, new HitTarget(k, e.name()));
        if (k == HitKind.PERSON) {
          String[] parts = name.trim().split("\\s+");
          if (parts.length > 1) {
            List<String> l = sn.computeIfAbsent(parts[parts.length - 1], x -> new ArrayList<>());
            if (!l.contains(e.name())) {
              l.add(e.name());
            }
          }
        }
      }
    }
    for (Country c : countries.values()) {
      index(n, c.name(), new HitTarget(HitKind.COUNTRY, c.alpha3()));
      c.aliases().forEach(a -> index(n, a, new HitTarget(HitKind.COUNTRY, c.alpha3())));
      c.capitals().forEach(a -> index(n, a, new HitTarget(HitKind.CAPITAL, c.alpha3())));
      c.adjectives().forEach(a -> index(n, a, new HitTarget(HitKind.ADJECTIVE, c.alpha3())));
      c.people().forEach(a -> index(n, a, new HitTarget(HitKind.PEOPLE, c.alpha3())));
    }
    n.values().forEach(l -> l.sort(Comparator.comparingInt(t -> t.kind().ordinal())));
    this.names = n;
    this.surnames = sn;
    Set<String> tw = new HashSet<>();
    titles.keySet().forEach(t -> tw.addAll(Arrays.asList(t.split(" "))));
    this.titleWords = Set.copyOf(tw);
    this.maxKeyLength = n.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  private static void index(Map<String, List<HitTarget>> n, String name, HitTarget t) {
    if (name == null || name.isBlank()) {
      return;
    }
    List<HitTarget> l = n.computeIfAbsent(key(name), x -> new ArrayList<>());
    if (!l.contains(t)) {
      l.add(t);
    }
  }

  /** The lookup key of a name or token run: its text without white space, with typographic apostrophes plain. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c == '\u2019' ? '\'' : c);
      }
    }
    return b.toString();
  }

  /** Loads the built-in files and then {@code userFiles}. */
  public static ActorKnowledgeBase load(List<Path> userFiles) {
    return load(userFiles, List.of(), List.of());
  }

  /**
   * Loads the built-in files, then {@code userFiles}, with the rows of a user's {@code sectors.tsv} and
   * {@code titles.tsv} (their formats, column names skipped) added as {@link SectorsAndTitles} says.
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  public static ActorKnowledgeBase load(List<Path> userFiles, List<DataFile.Row> userSectors,
                                        List<DataFile.Row> userTitles) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (List<String> r : readResource("countries.tsv")) {
      countries.put(r.get(0), new Country(r.get(0), r.get(1), r.get(3), r.get(4), list(r.get(5)), list(r.get(6)),
          list(r.get(7)), r.get(8).equals("state"), r.size() > 10 ? list(r.get(10)) : List.of()));
    }
    List<Entry> rows = new ArrayList<>();
    for (String f : List.of("organizations.tsv", "places.tsv", "people.tsv")) {
      rows.addAll(entries(DataFile.bundled(ActorKnowledgeBase.class, RESOURCES + f, Header.COLUMN_NAMES)));
    }
    for (Path p : userFiles) {
      List<Entry> user = entries(DataFile.user(p, "actor", Header.COLUMN_NAMES));
      Set<String> replaced = new HashSet<>();
      user.forEach(e -> replaced.add(e.name()));
      rows.removeIf(e -> replaced.contains(e.name()));
      rows.addAll(user);
    }
    Map<String, List<Entry>> byName = new LinkedHashMap<>();
    for (Entry e : rows) {
      byName.computeIfAbsent(e.name(), x -> new ArrayList<>()).add(e);
    }
    byName.values().forEach(l -> l.sort(Comparator.comparing(e -> e.start() == null ? LocalDate.MIN : e.start())));
    SectorsAndTitles words = SectorsAndTitles.read(userSectors, userTitles);
    return new ActorKnowledgeBase(countries, byName, words.cues(), words.titles(), words.labels());
  }

  static List<String> list(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::trim)
        .filter(x -> !x.isEmpty()).toList();
  }

  private static List<Entry> entries(List<DataFile.Row> rows) {
    List<Entry> out = new ArrayList<>();
    for (DataFile.Row r : rows) {
      String at = r.where();
      if (r.size() < 3) {
        throw new ConfigException(at + ": expected the columns " + ENTRY_HEADER + ", got " + r.size() + " columns");
      }
      Kind kind = Kind.parse(r.text(0), at);
      String name = r.get(1);
      if (name == null) {
        throw new ConfigException(at + ": the name column is empty");
      }
      out.add(new Entry(kind, name, list(r.get(2)), r.get(3), upper(r.get(4)), upper(r.get(5)), r.get(6),
          r.get(7), date(r.get(8), false, at), date(r.get(9), true, at), r.get(10), r.get(11)));
    }
    return out;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD; an end date that names only a year or month means its last day. */
  static LocalDate date(String s, boolean end, String where) {
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      throw new ConfigException(where + ": bad date '" + s + "'; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  /** The fields of every row of a bundled file (column names skipped). */
  private static List<List<String>> readResource(String name) {
    return DataFile.bundled(ActorKnowledgeBase.class, RESOURCES + name, Header.COLUMN_NAMES).stream()
        .map(DataFile.Row::fields).toList();
  }

  // ---- lookups ----

  /**
   * Every name starting at token {@code from} of {@code tokens}, longest first, and for one length in priority
   * order (people, organisations, places, state names, capitals, adjectives).
   */
  public List<Hit> namesAt(List<String> tokens, int from) {
    List<Hit> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int j = from; j < tokens.size() && j < from + MAX_NAME_TOKENS; j++) {
      b.append(key(tokens.get(j)));
      if (b.length() > maxKeyLength) {
        break;
      }
      List<HitTarget> t = names.get(b.toString());
      if (t != null) {
        int n = j - from + 1;
        for (int k = t.size() - 1; k >= 0; k--) {
          out.add(0, new Hit(t.get(k).kind(), t.get(k).id(), n));
        }
      }
    }
    return out;
  }

  public Optional<Country> country(String alpha3) {
    return Optional.ofNullable(alpha3 == null ? null : countries.get(alpha3));
  }

  /** Every row of the entry named {@code name} (a person's tenures), oldest first; empty when unknown. */
  public List<Entry> entries(String name) {
    return entries.getOrDefault(name, List.of());
  }

  /** The canonical names of the people whose name or alias ends in {@code surname}. */
  public List<String> peopleWithSurname(String surname) {
    return surnames.getOrDefault(key(surname), List.of());
  }

  /**
   * The row of {@code name} that applies on {@code date}: the one active then; for a person out of office, a row
   * derived from the latest earlier tenure with role "former ..." and sector ELI; for a person before any
   * tenure, the first tenure's country without sector or role. A null date means the latest row.
   */
  public Optional<Entry> on(String name, LocalDate date) {
    List<Entry> rows = entries(name);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (date == null) {
      return Optional.of(rows.get(rows.size() - 1));
    }
    Entry last = null;
    Entry active = null;
    for (Entry e : rows) {
      if (e.activeOn(date) && (active == null || Offices.rank(e.role()) <= Offices.rank(active.role()))) {
        active = e; // of two offices held at once, the higher; of equal ones, the later
      }
      if (e.start() == null || !e.start().isAfter(date)) {
        last = e;
      }
    }
    if (active != null) {
      return Optional.of(active);
    }
    Entry first = rows.get(0);
    if (first.kind() != Kind.PERSON) {
      return Optional.of(last != null ? last : first);
    }
    if (last != null) {
      return Optional.of(new Entry(Kind.PERSON, last.name(), last.aliases(), null, last.country(),
          last.country() != null ? "ELI" : last.sector(), last.organization(), "former " + last.role(),
          null, null, last.gender(), last.source()));
    }
    return Optional.of(new Entry(Kind.PERSON, first.name(), first.aliases(), first.country(), first.country(), null,
        null, null, null, null, first.gender(), first.source()));
  }

  /**
   * The person who holds {@code role} (or an equivalent office, e.g. Secretary of State for foreign minister)
   * for {@code country} on {@code date}, if exactly one does.
   */
  public Optional<String> holder(String country, String role, LocalDate date) {
    if (country == null || role == null || date == null) {
      return Optional.empty();
    }
    String want = Offices.job(role);
    String found = null;
    for (List<Entry> rows : entries.values()) {
      for (Entry e : rows) {
        if (e.kind() == Kind.PERSON && country.equals(e.country()) && e.role() != null
            && Offices.job(e.role()).equals(want) && e.activeOn(date)) {
          if (found != null && !found.equals(e.name())) {
            return Optional.empty();
          }
          found = e.name();
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The sector cue named by lower-case lemmas {@code phrase} ("force", "security force"), if any. */
  public Optional<SectorCue> cue(String phrase) {
    return Optional.ofNullable(cues.get(phrase));
  }

  /**
   * The label of a state's actor of {@code sector} ("military" for MIL): the label of the sector's first row in
   * {@code sectors.tsv}; null when it is empty (the state itself is named) or the sector has no row.
   */
  public String sectorLabel(String sector) {
    return sectorLabels.get(sector);
  }

  /** The title written {@code phrase} (lower case, e.g. "foreign minister"), if any. */
  public Optional<Title> title(String phrase) {
    return Optional.ofNullable(titles.get(phrase));
  }

  /** Whether {@code word} (lower case) is part of some title. */
  public boolean isTitleWord(String word) {
    return titleWords.contains(word);
  }

  /** How many people, organisations and places the knowledge base holds (distinct names). */
  public int size() {
    return entries.size();
  }
}
