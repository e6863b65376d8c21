// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actors.Actor;

/**
 * Which side of a negotiation each actor of an article speaks for. A side is a state (keyed by its ISO alpha-3
 * code: the government, the military and every official or envoy of that country are one side) or an
 * organisation (an armed group, a party or an international organisation, keyed by its organisation name).
 * Actors who speak for no side (journalists, civilians, companies) have no key.
 *
 * <p>The key is stable across articles, which is what lets the tracker merge boards whose actor ids differ.
 */
public final class Sides {
  /** Sectors of a state's own institutions: their members act for the state. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  /** Sectors that never act as a side in talks even when the actor has a country. */
  private static final Set<String> NON_SIDE_SECTORS =
      Set.of("MED", "CVL", "BUS", "EDU", "HLH", "REF", "LAB", "ELI", "CRM", "NGO");

  private final Map<String, String> keyById = new LinkedHashMap<>();
  private final Map<String, Actor> representative = new LinkedHashMap<>();
  private final Map<String, Actor> byId = new LinkedHashMap<>();

  private Sides(List<Actor> actors) {
    for (Actor a : actors) {
      byId.put(a.id(), a);
      String key = key(a);
      if (key == null) {
        continue;
      }
      keyById.put(a.id(), key);
      Actor best = representative.get(key);
      if (best == null || rank(a) < rank(best)) {
        representative.put(key, a);
      }
    }
  }

  public static Sides of(List<Actor> actors) {
    return new Sides(actors);
  }

  /**
   * The side {@code actor} speaks for, or null. States: alpha-3 code; organisations (armed groups, IGOs,
   * parties): the organisation's name.
   */
  public static String key(Actor actor) {
    String sector = actor.sector();
    String org = blankToNull(actor.organization());
    boolean igo = "IGO".equals(sector) || (actor.code() != null && actor.code().startsWith("IGO"));
    if (igo) {
      return org != null ? org : actor.name();
    }
    // A state's office holder or institution speaks for it. Rule private-party-is-no-side: an actor with a country
    // but no sector is either a private person with no office ("a detainee's brother") or a named body of its own
    // ("a Kenyan human rights association", a side of its own below): neither's words are its state's.
    boolean privateParty = sector == null && (org != null || actor.role() == null);
    if (actor.country() != null && !privateParty && (sector == null || STATE_SECTORS.contains(sector))) {
      return actor.country();
    }
    if (sector != null && NON_SIDE_SECTORS.contains(sector)) {
      return null;
    }
    if (org != null) {
      return org;
    }
    // A state body whose state the article leaves unsaid ("the delegation", "the presidency") speaks for a side
    // that cannot be named: it is no side of its own.
    if (sector != null && STATE_SECTORS.contains(sector)) {
      return null;
    }
    // A rebel or opposition group known only by name (no organisation code) is still a side.
    if (sector != null && actor.isCollective()) {
      return actor.country() == null ? actor.name() : actor.country() + sector;
    }
    return null;
  }

  /** Whether the side is an international organisation, which mediates or observes but is never a party. */
  public boolean isIntergovernmental(String key) {
    Actor a = representative.get(key);
    return a != null && ("IGO".equals(a.sector()) || (a.code() != null && a.code().startsWith("IGO")));
  }

  /** The side of actor {@code actorId}, or null. */
  public String sideOf(String actorId) {
    return actorId == null ? null : keyById.get(actorId);
  }

  /**
   * The actor id that stands for side {@code key} on a board: the state actor itself (government before
   * military) when the article has one, else the first person who speaks for it.
   */
  public String actorFor(String key) {
    Actor a = representative.get(key);
    return a == null ? null : a.id();
  }

  /** A readable name of side {@code key}: the state or group actor's name, else the key itself. */
  public String nameOf(String key) {
    Actor a = representative.get(key);
    return a != null && a.isCollective() ? a.name() : key;
  }

  public Actor actor(String id) {
    return byId.get(id);
  }

  /** Every side present, in order of first mention. */
  public List<String> keys() {
    return new ArrayList<>(representative.keySet());
  }

  private static int rank(Actor a) {
    if (a.isCollective()) {
      if ("GOV".equals(a.sector()) || "IGO".equals(a.sector())) {
        return 0;
      }
      return "MIL".equals(a.sector()) ? 1 : 2;
    }
    return 3;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
