// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "the rebels are no longer seeking a separate state" gives up an aim: a concession (CAMEO 080),
 * positive and done, whatever the aim was.
 */
final class AimGivenUpIsConcession {
  static final String NAME = "aim-given-up-is-concession";

  private AimGivenUpIsConcession() {}

  static boolean apply(Coding c) {
    if (!c.givenUp) {
      return false;
    }
    c.recode(EventType.CONCEDE, "080", Stance.ACCEPT);
    c.negated = false;
    c.intend = false;
    return true;
  }
}
