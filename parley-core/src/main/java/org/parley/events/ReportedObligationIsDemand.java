// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

/**
 * Rule {@value #NAME}: "the envoy said the militia must leave the port" reports an obligation someone puts on another
 * party: the speaker demands it (CAMEO 10x of what is asked).
 */
final class ReportedObligationIsDemand {
  static final String NAME = "reported-obligation-is-demand";

  private ReportedObligationIsDemand() {}

  /** @param obliged "must", "should" on the act; {@code said} a speech verb above it */
  static boolean apply(Coding c, boolean obliged, boolean said) {
    c.demanded = obliged && !c.negated && said && (c.type != EventType.REQUEST || c.anyAct);
    if (!c.demanded) {
      return false;
    }
    EventType asked = c.anyAct ? null : c.type;
    c.recode(EventType.REQUEST, CameoShifts.demandFor(asked), Stance.DEMAND);
    c.intend = false;
    return true;
  }
}
