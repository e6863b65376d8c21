// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Where negotiations stand. Per article, {@link org.parley.negotiation.EventBoardBuilder} derives boards from the
 * coded events (parties as sides, mediators, rounds with outcomes, each side's stance per issue). Across
 * articles, {@link org.parley.negotiation.NegotiationTracker} merges the boards of the same parties into
 * {@link org.parley.negotiation.NegotiationTrack}s: rounds in time order, stance timelines with their changes,
 * and contradictory reports kept side by side; {@link org.parley.negotiation.BoardRenderer} shows them.
 * Sides are matched across articles by {@link org.parley.negotiation.Sides#key}, never by actor id.
 */
package org.parley.negotiation;
