// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.events.Stance;

/**
 * One negotiation followed across articles: the same set of parties, its mediators, its rounds in time order,
 * and every reported stance of every party and mediator on every issue, from which the stance timeline, its
 * changes and the reports that contradict each other are derived.
 *
 * @param parties   side keys of the parties, in order of first report
 * @param names     readable name of each side key (parties and mediators)
 * @param mediators the mediators, in order of first report
 * @param rounds    rounds in time order (undated last)
 * @param stances   every stance report, in time order then publication order
 * @param articles  ids of the articles that contributed, in publication order
 */
public record NegotiationTrack(List<String> parties, Map<String, String> names, List<MediatorRecord> mediators,
                               List<TrackRound> rounds, List<StanceReport> stances, List<String> articles) {
  public NegotiationTrack {
    parties = List.copyOf(parties);
    names = Map.copyOf(names);
    mediators = List.copyOf(mediators);
    rounds = List.copyOf(rounds);
    stances = List.copyOf(stances);
    articles = List.copyOf(articles);
  }

  /**
   * A stable identifier: the party keys, lower-cased, sorted and joined by '+' ({@code "eth+ethreb"}). It
   * depends on nothing but the parties, so links to a board keep working as articles are added.
   */
  public String id() {
    return idOf(parties);
  }

  /** The {@link #id()} of a track between the parties with these side keys. */
  public static String idOf(java.util.Collection<String> partyKeys) {
    return partyKeys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"))
        .distinct().sorted().collect(java.util.stream.Collectors.joining("+"));
  }

  /** The readable name of a side key. */
  public String name(String side) {
    return names.getOrDefault(side, side);
  }

  /** Parties, then mediators: the columns of the board. */
  public List<String> sides() {
    Set<String> out = new LinkedHashSet<>(parties);
    mediators.forEach(m -> out.add(m.side()));
    return new ArrayList<>(out);
  }

  /** Issues in order of first report. */
  public List<String> issues() {
    Set<String> out = new LinkedHashSet<>();
    stances.forEach(s -> out.add(s.issue()));
    return new ArrayList<>(out);
  }

  /** Every report of {@code side} on {@code issue}, in time order. */
  public List<StanceReport> timeline(String side, String issue) {
    return stances.stream().filter(s -> s.side().equals(side) && s.issue().equals(issue)).toList();
  }

  /**
   * Where {@code side} stands on {@code issue}: the reports of the latest day anything is reported. Several
   * reports mean several compatible stances, or, when {@link #conflicts()} lists that day, outlets that
   * disagree. Empty when nothing is known.
   */
  public List<StanceReport> latest(String side, String issue) {
    List<StanceReport> line = timeline(side, issue);
    if (line.isEmpty()) {
      return List.of();
    }
    String last = line.get(line.size() - 1).date();
    return line.stream().filter(s -> s.date().equals(last)).toList();
  }

  /** Each move of a side's stance on an issue, in time order; the first known stance counts as a change from nothing. */
  public List<StanceChange> changes() {
    List<StanceChange> out = new ArrayList<>();
    for (String issue : issues()) {
      for (String side : sides()) {
        List<Stance> held = List.of();
        for (List<StanceReport> day : byDay(timeline(side, issue))) {
          if (conflicting(day)) {
            continue; // outlets disagree: keep what was known until a clear report
          }
          List<Stance> now = day.stream().map(StanceReport::stance).distinct().toList();
          if (!Set.copyOf(now).equals(Set.copyOf(held))) {
            List<Stance> before = held;
            StanceReport first = day.stream().filter(r -> !before.contains(r.stance())).findFirst().orElse(day.get(0));
            out.add(new StanceChange(side, issue, held, now, first.date(), first.from()));
            held = now;
          }
        }
      }
    }
    out.sort(Comparator.comparing((StanceChange c) -> DateKeys.sortKey(c.date())));
    return out;
  }

  /** Days on which different outlets report incompatible stances of the same side on the same issue. */
  public List<StanceConflict> conflicts() {
    List<StanceConflict> out = new ArrayList<>();
    for (String issue : issues()) {
      for (String side : sides()) {
        for (List<StanceReport> day : byDay(timeline(side, issue))) {
          if (conflicting(day)) {
            out.add(new StanceConflict(side, issue, day.get(0).date(), day));
          }
        }
      }
    }
    out.sort(Comparator.comparing((StanceConflict c) -> DateKeys.sortKey(c.date())));
    return out;
  }

  /** Whether the side's latest reports on the issue come from outlets that disagree. */
  public boolean contested(String side, String issue) {
    return conflicting(latest(side, issue));
  }

  static boolean conflicting(List<StanceReport> day) {
    Map<Boolean, Set<String>> outletsBySide = new LinkedHashMap<>();
    for (StanceReport r : day) {
      outletsBySide.computeIfAbsent(r.favourable(), k -> new LinkedHashSet<>()).add(r.from().outlet());
    }
    if (outletsBySide.size() < 2) {
      return false;
    }
    Set<String> pro = outletsBySide.get(true);
    Set<String> con = outletsBySide.get(false);
    // One outlet reporting a side both rejecting and offering on one day is a nuanced stance, not a conflict.
    return !(pro.equals(con) && pro.size() == 1);
  }

  private static List<List<StanceReport>> byDay(List<StanceReport> line) {
    Map<String, List<StanceReport>> days = new LinkedHashMap<>();
    for (StanceReport r : line) {
      days.computeIfAbsent(r.date(), k -> new ArrayList<>()).add(r);
    }
    return new ArrayList<>(days.values());
  }

  @Override
  public String toString() {
    return "NegotiationTrack" + parties + " (" + articles.size() + " articles)";
  }

  /** Whether the track is between exactly {@code wanted} parties (side keys or names, any case). */
  public boolean between(Set<String> wanted) {
    Set<String> mine = new LinkedHashSet<>();
    for (String p : parties) {
      mine.add(p.toUpperCase(java.util.Locale.ROOT));
    }
    Set<String> names = new LinkedHashSet<>();
    for (String p : parties) {
      names.add(name(p).toUpperCase(java.util.Locale.ROOT));
    }
    return wanted.stream().map(w -> w.toUpperCase(java.util.Locale.ROOT))
        .allMatch(w -> mine.contains(w) || names.contains(w))
        && Objects.equals(wanted.size(), parties.size());
  }
}
