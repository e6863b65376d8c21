// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * The 16 PLOVER event types, each with the CAMEO root used when no finer code is known and its place in the
 * cooperation/conflict scale.
 */
public enum EventType {
  AGREE("03"),
  CONSULT("04"),
  SUPPORT("05"),
  CONCEDE("08"),
  COOPERATE("06"),
  AID("07"),
  RETREAT("08"),
  REQUEST("02"),
  ACCUSE("11"),
  REJECT("12"),
  THREATEN("13"),
  PROTEST("14"),
  SANCTION("16"),
  MOBILIZE("15"),
  COERCE("17"),
  ASSAULT("18");

  private final String cameoRoot;

  EventType(String cameoRoot) {
    this.cameoRoot = cameoRoot;
  }

  /**
   * Whether the type is an act of words in PLOVER's quad categories (verbal cooperation: agree, consult, support,
   * concede; verbal conflict: request, accuse, reject, threaten) rather than a material deed. The PLOVER manual
   * puts CONCEDE with the verbal acts (a concession promised is words until it is carried out, which is RETREAT),
   * unlike CAMEO's root 08.
   */
  public boolean isVerbal() {
    return switch (this) {
      case AGREE, CONSULT, SUPPORT, CONCEDE, REQUEST, ACCUSE, REJECT, THREATEN -> true;
      default -> false;
    };
  }

  /** The CAMEO root code closest to this type. */
  public String cameoRoot() {
    return cameoRoot;
  }
}
